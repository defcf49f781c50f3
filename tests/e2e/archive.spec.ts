import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { docxOf, zipOf } from '../support/archive-files';
import { BASE_URL } from '../../playwright.config';
import { authFile } from './support';

// Bringing old reports in: an editor pastes the seed report and gets every speech, the summary,
// its original date and view count, and is told about a paragraph it could not read; an admin
// previews and imports a ZIP archive as published articles that keep their dates and views.
// Screenshots of both pages, at 1366 and 390 px, in English and Chinese.

const corpus = (name: string) => readFileSync(path.resolve('tests/fixtures/meetings/corpus', name), 'utf8');
const seed = readFileSync(path.resolve('tests/fixtures/meetings/corpus/en-haisum-2023-mid-year.txt'), 'utf8');

async function shoot(page: Page, name: string) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function inChinese(page: Page) {
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: BASE_URL }]);
}

async function paste(page: Page, text: string) {
  const box = page.getByTestId('import-box');
  if (!(await box.evaluate((el) => (el as HTMLDetailsElement).open))) await box.locator('summary').click();
  await page.getByLabel('Plain text of the report').fill(text);
  await page.getByRole('button', { name: 'Import into this draft' }).click();
}

test.describe('an editor', () => {
  test.use({ storageState: authFile('editor') });

  test('imports the seed report whole: four speeches, the summary, its date and view count', async ({ page }) => {
    await page.goto('/staff/articles/new');
    await paste(page, seed);
    await expect(page.getByTestId('form-message')).toContainText('Imported: 4 speeches with 12 key tasks, the presider, the date.');
    await expect(page.getByTestId('unparsed-notice')).toHaveCount(0);
    await expect(page.locator('textarea[name="summary"]')).toHaveValue(/^On July 17, China Haisum held its 2023 mid-year work conference in Shanghai\./);
    await expect(page.getByLabel('Originally published on')).toHaveValue('2023-07-17');
    await expect(page.getByLabel('Views before import')).toHaveValue('50');
    const speakers = page.getByTestId('speech-row').getByLabel('Speaker');
    await expect(speakers).toHaveCount(4);
    await expect(speakers.nth(2)).toHaveValue('Chen Zhiming');
    await expect(speakers.nth(3)).toHaveValue('Lin Wei');

    // Generating the body keeps the narrative paragraphs the data does not cover.
    const body = page.getByRole('textbox', { name: 'Body' });
    await page.getByRole('button', { name: 'Generate the body' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace the body?' });
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Replace the body' }).click();
    await expect(body).toContainText('each company manager has two basic tasks');
    await expect(body).toContainText('Heads of the 11 operating units also reported on their work');

    await page.getByLabel('Category').selectOption({ label: 'Meetings' });
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page).toHaveURL(/\/staff\/articles\/\d+$/);
    await page.reload();
    await expect(page.getByLabel('Originally published on')).toHaveValue('2023-07-17');
    await expect(page.getByLabel('Views before import')).toHaveValue('50');
  });

  test('is told which paragraph names a speaker but was not read as a speech', async ({ page }) => {
    await page.goto('/staff/articles/new');
    await paste(page, corpus('zh-tiantai-safety-2025.txt'));
    const notice = page.getByTestId('unparsed-notice');
    await expect(notice).toContainText('One paragraph names a speaker but was not read as a speech');
    await expect(notice).toContainText('Paragraph 5');
    await expect(notice).toContainText('祁振东');
    await expect(page.getByTestId('form-message')).toContainText('Check the marked paragraphs');
    await shoot(page, 'import-unparsed-en');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);

    // Changing a key task and generating again shows what would go, before anything is replaced.
    page.once('dialog', (d) => void d.accept());
    await paste(page, readFileSync(path.resolve('tests/fixtures/meetings/report-en.txt'), 'utf8'));
    await page.getByRole('textbox', { name: 'Key task 2 of speech 1', exact: true }).fill('To cut freight and storage costs');
    await page.getByRole('button', { name: 'Generate the body' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace the body?' });
    await expect(dialog.getByTestId('removed-passages')).toHaveText('II. To cut freight costs through combined shipments;');
    await shoot(page, 'generate-dialog-en');
    await dialog.getByRole('button', { name: 'Keep the current body' }).click();
  });

  test('sees the import notice in Chinese', async ({ page }) => {
    await inChinese(page);
    await page.goto('/staff/articles/new');
    const box = page.getByTestId('import-box');
    if (!(await box.evaluate((el) => (el as HTMLDetailsElement).open))) await box.locator('summary').click();
    await box.getByRole('textbox').fill(corpus('zh-tiantai-safety-2025.txt'));
    await box.getByRole('button').click();
    await expect(page.getByTestId('unparsed-notice')).toContainText('第5段');
    await expect(page.getByLabel('原始发布日期')).toHaveValue('2025-02-18');
    await shoot(page, 'import-unparsed-zh');
  });
});

test.describe('an admin', () => {
  test.use({ storageState: authFile('admin') });

  test('previews a ZIP archive, imports it as published, and a second run imports nothing twice', async ({ page }) => {
    const zip = await zipOf({
      'archive/2023/haisum-copy.txt': seed.replace('China Haisum held the 2023 mid-year work meeting', 'China Haisum held the 2023 mid-year work meeting (archive)'),
      'archive/2024/riverside.docx': await docxOf(corpus('en-riverside-q1-2025.txt')),
      'archive/notes.pdf': '%PDF',
    });
    await page.goto('/staff');
    await page.getByRole('link', { name: 'Import the archive' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import the archive');
    await page.getByTestId('archive-files').setInputFiles({ name: 'reports.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await expect(page.getByTestId('archive-chosen')).toContainText('One file chosen: reports.zip');
    await page.getByRole('radio', { name: /^Published articles/ }).check();

    await page.getByRole('button', { name: 'Preview (dry run)' }).click();
    const summary = page.getByTestId('archive-summary');
    await expect(summary).toHaveText('2 files would be imported as published articles; 0 already imported, 1 skipped. Nothing was written.');
    const entries = page.getByTestId('archive-entry');
    await expect(entries).toHaveCount(3);
    await expect(entries.filter({ hasText: 'haisum-copy.txt' })).toContainText('Meeting report, 4 speeches · dated 2023-07-17 · 50 views');
    await expect(entries.filter({ hasText: 'notes.pdf' })).toContainText('Not a .txt, .html or .docx file.');
    await shoot(page, 'archive-preview-en');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(summary).toHaveText('2 files were imported as published articles; 0 already imported, 1 skipped, 0 failed.');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(summary).toHaveText('No file was imported as published articles; 2 already imported, 1 skipped, 0 failed.');

    // Readers find the report under its original date, with its views.
    await entries.filter({ hasText: 'haisum-copy.txt' }).getByRole('link').click();
    await expect(page).toHaveURL(/\/staff\/articles\/\d+$/);
    const id = /\/staff\/articles\/(\d+)$/.exec(page.url())![1];
    await page.goto(`/news/${id}`);
    await expect(page.getByText('July 17, 2023').first()).toBeVisible();
    await expect(page.getByTestId('fact-box').getByTestId('fact-speech')).toHaveCount(4);

    await inChinese(page);
    await page.goto('/staff/admin/archive');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('导入归档');
    await page.getByTestId('archive-files').setInputFiles({ name: 'reports.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await page.getByRole('button', { name: '预览（试运行）' }).click();
    await expect(page.getByTestId('archive-summary')).toContainText('2个已导入过');
    await shoot(page, 'archive-preview-zh');
  });
});
