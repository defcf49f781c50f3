import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ArticlePage } from '../pages/article-page';
import { articlesWhere, authFile } from './support';

// Meeting reports in a real browser: an editor pastes published reports in English and in
// Chinese, corrects a key task, reorders with the keyboard, generates the body and saves;
// a reader sees the fact box and walks to the next meeting of the series.

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures/meetings', name), 'utf8');

const editor = (page: Page) => ({
  title: page.getByRole('textbox', { name: 'Title', exact: true }),
  body: page.getByRole('textbox', { name: 'Body' }),
  importText: page.getByLabel('Plain text of the report'),
  importButton: page.getByRole('button', { name: 'Import into this draft' }),
  message: page.getByTestId('form-message'),
  save: page.getByRole('button', { name: 'Save draft' }),
  generate: page.getByRole('button', { name: 'Generate the body' }),
  task: (n: number, speech: number) => page.getByRole('textbox', { name: `Key task ${n} of speech ${speech}`, exact: true }),
});

async function importReport(page: Page, text: string) {
  const form = editor(page);
  const box = page.getByTestId('import-box');
  if (!(await box.evaluate((el) => (el as HTMLDetailsElement).open))) await box.locator('summary').click();
  await form.importText.fill(text);
  await form.importButton.click();
}

test.describe('an editor', () => {
  test.use({ storageState: authFile('editor') });

  test('pastes an English report, corrects a key task, reorders with the keyboard, generates the body and saves', async ({ page }) => {
    const form = editor(page);
    await page.goto('/staff/articles/new');
    await importReport(page, fixture('report-en.txt'));
    await expect(form.message).toContainText('Imported: 2 speeches with 7 key tasks, the presider, the date.');
    await expect(form.title).toHaveValue('Northbridge Holdings held the 2024 quarterly operation analysis meeting');
    await expect(page.getByLabel('Source (free text)')).toHaveValue('Finance Department');
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    const meeting = page.getByTestId('meeting-fields');
    await expect(meeting.getByLabel('Presided over by')).toHaveValue('Ma Xiaodong');
    await expect(meeting.getByLabel('Date of the meeting')).toHaveValue('2024-10-15');
    await expect(meeting.getByLabel('Kind of meeting')).toHaveValue('quarterly_analysis');
    await expect(page.getByTestId('speech-row')).toHaveCount(2);
    await expect(form.body).toContainText('Liu Qingyang, Chief Financial Officer, delivered a report');
    await page.getByLabel('Category').selectOption({ label: 'Meetings' });

    // Correct a key task.
    await form.task(2, 1).fill('To cut freight and storage costs');

    // Reorder with the keyboard: the focus stays on the moved row's button.
    await page.getByRole('button', { name: 'Move key task 3 of speech 1 up' }).focus();
    await page.keyboard.press('Enter');
    await expect(form.task(2, 1)).toHaveValue('To review every capital project that has not yet started');
    await expect(form.task(3, 1)).toHaveValue('To cut freight and storage costs');
    await expect(page.getByRole('button', { name: 'Move key task 2 of speech 1 up' })).toBeFocused();
    await expect(page.getByTestId('meeting-live')).toHaveText('Key task moved to position 2.');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Move key task 2 of speech 1 down' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(form.task(2, 1)).toHaveValue('To cut freight and storage costs');
    await expect(page.getByRole('button', { name: 'Move key task 3 of speech 1 down' })).toBeFocused();
    // Speeches move the same way.
    await page.getByRole('button', { name: 'Move speech 2 up' }).press('Enter');
    await expect(page.getByRole('button', { name: 'Move speech 1 up' })).toBeFocused();
    await expect(page.getByTestId('speech-row').first().getByLabel('Speaker')).toHaveValue('Ma Xiaodong');
    await page.getByRole('button', { name: 'Move speech 1 down' }).press('Enter');
    await expect(page.getByTestId('speech-row').first().getByLabel('Speaker')).toHaveValue('Liu Qingyang');

    // An empty speech is left out on save, with a notice.
    await page.getByRole('button', { name: 'Add a speech' }).click();
    await expect(page.getByTestId('speech-row')).toHaveCount(3);

    // Generate the body: it keeps every paragraph the data does not cover, and shows what it
    // would remove before replacing anything.
    const narrative = 'asked every company to send its weekly cash report';
    await expect(form.body).toContainText(narrative);
    await form.generate.click();
    const replace = page.getByRole('dialog', { name: 'Replace the body?' });
    await expect(replace).toBeVisible();
    await expect(replace.getByTestId('removed-passages')).toContainText('To cut freight');
    await replace.getByRole('button', { name: 'Keep the current body' }).click();
    await expect(replace).toHaveCount(0);
    await expect(form.body).not.toContainText('To cut freight and storage costs;');
    await form.generate.click();
    await replace.getByRole('button', { name: 'Replace the body' }).click();
    await expect(form.body).toContainText('II. To cut freight and storage costs;');
    await expect(form.body).toContainText(narrative);
    await expect(form.message).toContainText('The body was written from the meeting data');
    // Generating again after a change asks again, naming the key task it rewrites.
    await form.task(4, 1).fill('To close the books within four working days of each month end');
    await form.generate.click();
    await expect(replace.getByTestId('removed-passages')).toBeVisible();
    await replace.getByRole('button', { name: 'Replace the body' }).click();
    await expect(form.body).toContainText('IV. To close the books within four working days of each month end');

    await form.save.click();
    await expect(form.message).toContainText(/Saved as version \d+\. One empty speech was left out\./);
    await expect(page.getByTestId('speech-row')).toHaveCount(2);
    await expect(page).toHaveURL(/\/staff\/articles\/\d+$/);

    // Everything is there after a reload.
    await page.reload();
    await expect(form.task(2, 1)).toHaveValue('To cut freight and storage costs');
    await expect(form.body).toContainText('II. To cut freight and storage costs;');
    await expect(page.getByTestId('meeting-fields').getByLabel('Presided over by')).toHaveValue('Ma Xiaodong');

    // A meeting dated in the future gets a warning.
    await page.getByTestId('meeting-fields').getByLabel('Date of the meeting').fill('2099-05-01');
    await expect(page.getByTestId('meeting-date-warning')).toContainText('This date is in the future');
  });

  test('pastes a Chinese report after text that is not a report, generates the body and saves', async ({ page }) => {
    const form = editor(page);
    await page.goto('/staff/articles/new');
    await importReport(page, fixture('not-a-report.txt'));
    await expect(form.message).toContainText('This text does not look like a meeting report: everything was put in the body');
    await expect(form.body).toContainText('Please tell the canteen team about any allergies before Friday.');
    await expect(page.getByTestId('meeting-fields')).toHaveCount(0);

    page.once('dialog', (dialog) => void dialog.accept());
    await importReport(page, fixture('report-zh.txt'));
    await expect(form.title).toHaveValue('北桥控股召开2024年年度工作会议');
    await expect(page.getByRole('radio', { name: 'Chinese' })).toBeChecked();
    const meeting = page.getByTestId('meeting-fields');
    await expect(meeting.getByLabel('Presided over by')).toHaveValue('马晓东');
    await expect(meeting.getByLabel('Position of the presider')).toHaveValue('集团副总裁');
    await expect(form.task(5, 1)).toHaveValue('抓好安全生产和环境保护');
    await page.getByLabel('Category').selectOption({ label: 'Meetings' });
    await form.task(1, 2).fill('坚持创新驱动，持续加大研发投入');

    // Only a key task is rewritten in place and nothing is removed: the body is updated at once.
    await form.generate.click();
    await expect(form.body).toContainText('一、做强涂料和胶粘剂主业；');
    await expect(form.body).toContainText('一、坚持创新驱动，持续加大研发投入；');
    await expect(form.body).toContainText('会议由集团副总裁马晓东主持');
    await form.save.click();
    await expect(form.message).toContainText(/Saved as version \d+\./);
    await page.reload();
    await expect(form.task(1, 2)).toHaveValue('坚持创新驱动，持续加大研发投入');
  });
});

test.describe('a reader', () => {
  test.use({ storageState: authFile('reader') });

  test('sees the fact box of a meeting report, prints it cleanly and follows the series to the next meeting', async ({ page }) => {
    const [first] = await articlesWhere(`r.title = '蓝石集团召开2024年年中工作会议'`);
    const [next] = await articlesWhere(`r.title = 'Lanstone Group holds its 2025 mid-year work meeting'`);
    const article = new ArticlePage(page);
    await page.goto(`/news/${first.id}`);
    await article.expectLoaded();
    const facts = page.getByTestId('fact-box');
    await expect(facts.getByRole('heading', { name: 'The meeting' })).toBeVisible();
    await expect(facts.getByTestId('fact-date')).toHaveText('July 19, 2024');
    await expect(facts.getByTestId('fact-location')).toHaveText('浙江嘉兴 蓝石包装材料公司培训中心');
    await expect(facts.getByTestId('fact-presider')).toHaveText('沈逸文, 集团总裁');
    await expect(facts.getByTestId('fact-attendees')).toContainText('集团领导班子成员');
    await expect(facts).toContainText('Mid-year work meeting');
    await expect(facts.getByTestId('fact-speech')).toHaveCount(2);
    await expect(facts.getByRole('list', { name: 'Key tasks' }).first().getByRole('listitem').first()).toHaveText('一、巩固包装和化工主业的市场份额');

    // The printed page keeps the report and its fact box, without navigation.
    await page.emulateMedia({ media: 'print' });
    await expect(facts).toBeVisible();
    await expect(page.getByTestId('series-nav')).toBeHidden();
    await expect(article.related).toBeHidden();
    await expect(page.locator('header').first()).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    const series = page.getByTestId('series-nav');
    await expect(series.getByRole('heading')).toHaveText('More from the series Group Mid-Year Work Meeting');
    await expect(page.getByTestId('series-previous')).toContainText('None');
    await series.getByTestId('series-next').getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/news/${next.id}(-|$)`));
    await expect(article.heading).toHaveText(next.title);
    await expect(page.getByTestId('series-previous').getByRole('link')).toHaveText(first.title);
    await expect(page.getByTestId('fact-box').getByTestId('fact-presider')).toHaveText('Shen Yiwen, President of Lanstone Group');
  });
});

test.describe('an admin', () => {
  test.use({ storageState: authFile('admin') });

  test('adds a kind of meeting in both languages, renames it, and editors can choose it', async ({ page }) => {
    const suffix = Date.now().toString(36);
    await page.goto('/staff');
    await page.getByRole('link', { name: 'Meeting kinds and series' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meeting kinds and series');
    const add = page.getByTestId('add-kind');
    await add.getByLabel('Code').fill('Not a code!');
    await add.getByLabel('Name in English').fill(`Staff congress ${suffix}`);
    await add.getByLabel('Name in Chinese').fill(`职工代表大会 ${suffix}`);
    await add.getByRole('button', { name: 'Add a kind' }).click();
    await expect(add.getByText('A code has 2 to 40 lowercase letters')).toBeVisible();
    // What was typed stays in the form.
    await expect(add.getByLabel('Name in English')).toHaveValue(`Staff congress ${suffix}`);
    await add.getByLabel('Code').fill('');
    await add.getByRole('button', { name: 'Add a kind' }).click();
    await expect(add.getByText(`The kind “Staff congress ${suffix}” was added.`)).toBeVisible();
    const code = `staff_congress_${suffix}`;
    const rename = page.getByRole('form', { name: `Rename kind ${code}` });
    await rename.getByLabel('Name in English').fill(`Workers' congress ${suffix}`);
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect(rename.getByText('Saved.')).toBeVisible();

    await page.goto('/staff/articles/new');
    await page.getByLabel('This article is a meeting report').check();
    const kind = page.getByTestId('meeting-fields').getByLabel('Kind of meeting');
    await kind.selectOption({ label: `Workers' congress ${suffix}` });
    await expect(kind).toHaveValue(code);
  });
});

test.describe('a reader on the admin page', () => {
  test.use({ storageState: authFile('reader') });

  test('is refused', async ({ page }) => {
    await page.goto('/staff/admin/meetings');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
    await expect(page.getByTestId('add-kind')).toHaveCount(0);
  });
});
