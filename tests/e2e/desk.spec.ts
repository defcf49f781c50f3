import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { contrastOf, lowContrastControls } from './contrast';
import { authFile } from './support';

// The communications desk in a real browser: the workflow buttons can be seen (their
// painted contrast, not only their role), the desk keeps an article in progress in sight,
// the staff article list finds it, the new-article page takes the article's title after
// its first save, and a decision that fails keeps the reviewer's comment. Then every staff
// page is checked for low-contrast controls and photographed at 1366 and 390 px, in
// English and Chinese.

const SHOTS = 'test-results/screens';

async function staffPage(browser: Browser, role: 'editor' | 'admin', locale: 'en' | 'zh' = 'en', width = 1366): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role), viewport: { width, height: 900 } });
  await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: BASE_URL }]);
  return context.newPage();
}

/** A new draft, saved through the editor; its id. */
async function saveDraft(page: Page, title: string) {
  await page.goto('/staff/articles/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New article');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByLabel('Summary').fill('Opening hours of the new canteen.');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('The canteen opens on Monday.');
  await page.getByLabel('Category').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByTestId('form-message')).toHaveText('Saved as version 1.');
  return Number(/(\d+)$/.exec(page.url())![1]);
}

test('after the first save the workflow buttons can be seen, and the desk and the list keep the article in sight', async ({ browser }) => {
  test.setTimeout(240_000);
  const editor = await staffPage(browser, 'editor');
  const title = `Canteen reopens ${Date.now()}`;
  const id = await saveDraft(editor, title);

  // The page is the article's now: its title, and the links to its history and preview.
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(editor).toHaveTitle(new RegExp(`^${title}`));
  await expect(editor.getByRole('navigation', { name: 'Article pages' }).getByRole('link', { name: 'History' })).toHaveAttribute(
    'href',
    `/staff/articles/${id}/history`,
  );

  // One version so far: the history has nothing to compare, and says so.
  await editor.getByRole('navigation', { name: 'Article pages' }).getByRole('link', { name: 'History' }).click();
  await expect(editor.getByTestId('only-version')).toBeVisible();
  await expect(editor.getByTestId('diff')).toHaveCount(0);
  await editor.getByRole('navigation', { name: 'Article pages' }).getByRole('link', { name: 'Edit' }).click();

  // The workflow box: its buttons are painted readable, not white on white.
  const panel = editor.getByTestId('workflow-panel');
  const submit = panel.getByRole('button', { name: 'Submit for review' });
  await expect(submit).toBeVisible();
  expect(await contrastOf(submit)).toBeGreaterThanOrEqual(4.5);
  expect(await lowContrastControls(editor, panel)).toEqual([]);
  await submit.click();
  await expect(editor.getByTestId('article-status')).toContainText('In review');

  // Submitted, it stays on the editor's desk, counted.
  await editor.goto('/staff');
  const inReview = editor.getByTestId('staff-inReview');
  await expect(inReview.getByRole('link', { name: title })).toBeVisible();
  expect(Number(await inReview.getByTestId('count').innerText().then((t) => t.replace(/\D/g, '')))).toBeGreaterThanOrEqual(1);
  await expect(editor.getByTestId('staff-published').getByTestId('see-all')).toHaveAttribute('href', /\/staff\/articles\?state=published/);

  // The list finds it by state and title, and pages through the rest.
  await editor.getByTestId('all-articles').click();
  await editor.getByLabel('Title contains').fill(title);
  await editor.getByLabel('State').selectOption('in_review');
  await editor.getByRole('button', { name: 'Apply' }).click();
  await expect(editor).toHaveURL(/state=in_review/);
  await expect(editor.getByTestId('article-row')).toHaveCount(1);
  await expect(editor.getByTestId('article-row').getByRole('link', { name: title })).toHaveAttribute('href', `/staff/articles/${id}`);
  await expect(editor.getByTestId('article-state')).toHaveText('In review');
  await editor.goto('/staff/articles?state=published&sort=published');
  await expect(editor.getByTestId('article-row')).toHaveCount(25);
  await editor.getByRole('link', { name: /Next/ }).click();
  await expect(editor).toHaveURL(/page=2/);
  await expect(editor.getByTestId('article-row').first()).toBeVisible();
  await editor.context().close();

  // The reviewer's approval fails on the way: the page stays, and so does the comment.
  const admin = await staffPage(browser, 'admin');
  await admin.goto(`/staff/articles/${id}/review`);
  await expect(admin.getByTestId('diff')).toHaveCount(0);
  const comment = 'Please add the opening hours on Saturdays.';
  await admin.getByLabel('Comment').fill(comment);
  await admin.route(`**/staff/articles/${id}/review`, (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
  await admin.getByRole('button', { name: 'Request changes' }).click();
  await expect(admin.getByTestId('review-message')).toContainText('could not be reached');
  await expect(admin.getByLabel('Comment')).toHaveValue(comment);
  await admin.unroute(`**/staff/articles/${id}/review`);
  await admin.getByRole('button', { name: 'Request changes' }).click();
  await expect(admin).toHaveURL(/\/staff$/);
  await admin.context().close();
});

const PAGES = [
  { name: 'desk', path: '/staff' },
  { name: 'articles', path: '/staff/articles' },
  { name: 'articles-filtered', path: '/staff/articles?state=published&language=zh' },
  { name: 'new-article', path: '/staff/articles/new' },
  { name: 'settings', path: '/settings' },
];

test('every staff page has readable controls, in both languages and both widths', async ({ browser }) => {
  test.setTimeout(900_000);
  mkdirSync(SHOTS, { recursive: true });
  // One article to open: the newest in review (the seed has some).
  const probe = await staffPage(browser, 'admin');
  await probe.goto('/staff/articles?state=in_review');
  const href = await probe.getByTestId('article-row').first().getByRole('link').getAttribute('href');
  const id = Number(/(\d+)/.exec(href!)![1]);
  await probe.context().close();
  const pages = [
    ...PAGES,
    { name: 'edit', path: `/staff/articles/${id}` },
    { name: 'review', path: `/staff/articles/${id}/review` },
    { name: 'history', path: `/staff/articles/${id}/history` },
  ];
  for (const locale of ['en', 'zh'] as const) {
    for (const width of [1366, 390]) {
      const page = await staffPage(browser, 'admin', locale, width);
      for (const { name, path } of pages) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-CN' : 'en');
        expect(await lowContrastControls(page, page.locator('main')), `${path} (${locale})`).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/desk-${name}-${locale}-${width}.png`, fullPage: true });
      }
      await page.context().close();
    }
  }
});
