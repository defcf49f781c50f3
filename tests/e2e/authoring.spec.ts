import { createClient } from '@libsql/client';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sanitizeBody } from '../../lib/sanitize';
import { XSS_CORPUS } from '../fixtures/xss-corpus';
import { makeImage, makePdf } from '../support/upload-fixtures';
import { E2E_DB } from '../../playwright.config';
import { articlesWhere, authFile } from './support';

// Staff authoring in a real browser: the rich-text editor, uploads, saving, history with
// a diff, restoring, previews, two people editing one draft, and the XSS corpus rendered.

const editorForm = (page: Page) => ({
  title: page.getByRole('textbox', { name: 'Title', exact: true }),
  summary: page.getByLabel('Summary'),
  body: page.getByRole('textbox', { name: 'Body' }),
  save: page.getByRole('button', { name: 'Save draft' }),
  message: page.getByTestId('form-message'),
  status: page.getByTestId('save-status'),
});

test.describe('an editor', () => {
  test.use({ storageState: authFile('editor') });

  test('writes an article with a heading, a list, a link, an image and a PDF, then saves, compares, restores and previews it', async ({
    page,
  }) => {
    const form = editorForm(page);
    const title = `Plant visit report ${Date.now()}`;
    await page.goto('/staff/articles/new');
    await form.title.fill(title);
    await form.summary.fill('What we saw at the packaging plant.');

    // The body, with the keyboard: a heading, a paragraph with a link, a bulleted list.
    await form.body.click();
    await page.keyboard.press('Control+Alt+2');
    await page.keyboard.type('Key figures');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Output rose again. Read ');
    await page.keyboard.press('Control+k');
    const linkDialog = page.getByRole('dialog', { name: 'Add a link' });
    await linkDialog.getByLabel('Address').fill('javascript:alert(1)');
    await linkDialog.getByRole('button', { name: 'Apply' }).click();
    await expect(linkDialog.getByText('This address is not allowed', { exact: false })).toBeVisible();
    await linkDialog.getByLabel('Address').fill('https://example.com/annual-report');
    await linkDialog.getByLabel('Text to show').fill('the annual report');
    await linkDialog.getByRole('button', { name: 'Apply' }).click();
    await expect(linkDialog).toBeHidden();
    await form.body.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('Two new lines');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Fewer stoppages');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    // An image, uploaded through the toolbar, with its description.
    const imageChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Insert image' }).click();
    await (await imageChooser).setFiles({ name: 'line.png', mimeType: 'image/png', buffer: await makeImage('png', 800, 400) });
    const altDialog = page.getByRole('dialog', { name: 'Describe the image' });
    await altDialog.getByLabel('Description (alt text)').fill('The new packaging line');
    await altDialog.getByRole('button', { name: 'Insert' }).click();
    await expect(form.body.locator('img[alt="The new packaging line"]')).toBeVisible();

    // A PDF attachment, and the category.
    const pdfChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Add files' }).click();
    await (await pdfChooser).setFiles({ name: 'visit-notes.pdf', mimeType: 'application/pdf', buffer: makePdf() });
    await expect(page.getByText('visit-notes.pdf uploaded.')).toBeAttached();
    await page.getByLabel('Category').selectOption({ label: 'Operations' });
    await page.getByLabel('Tags').fill('plant visit, packaging');

    await form.save.click();
    await expect(form.message).toHaveText('Saved as version 1.');
    await expect(page).toHaveURL(/\/staff\/articles\/\d+$/);
    const id = Number(/(\d+)$/.exec(page.url())![1]);

    // A second save with a changed title.
    await form.title.fill(`${title} (revised)`);
    await form.save.click();
    await expect(form.message).toHaveText('Saved as version 2.');

    // History: two revisions and a word diff of the title.
    await page.getByRole('link', { name: 'History' }).first().click();
    await expect(page.getByTestId('revision-row')).toHaveCount(2);
    const titleDiff = page.getByTestId('diff-title');
    await expect(titleDiff.locator('ins')).toContainText('(revised)');

    // Restore the first version as a new working draft.
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/articles/${id}\\?restored=1&as=3$`));
    await expect(page.getByTestId('restored-notice')).toHaveText('Version 1 was restored as the new working draft, version 3.');
    await expect(form.title).toHaveValue(title);

    // Preview: the article as readers will see it, marked as a preview.
    await page.getByRole('link', { name: 'Preview' }).first().click();
    await expect(page.getByTestId('preview-banner')).toBeVisible();
    const article = page.locator('article');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(article.getByRole('heading', { level: 2, name: 'Key figures' })).toBeVisible();
    await expect(article.getByRole('listitem').filter({ hasText: 'Fewer stoppages' })).toBeVisible();
    const link = article.getByRole('link', { name: 'the annual report' });
    await expect(link).toHaveAttribute('href', 'https://example.com/annual-report');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const image = article.locator('img[alt="The new packaging line"]');
    await expect(image).toHaveAttribute('src', /^\/files\/[A-Za-z0-9_-]+\?w=\d+$/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const pdf = page.getByTestId('attachments').getByRole('link', { name: 'visit-notes.pdf' });
    const response = await page.request.get((await pdf.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    const meta = await page.locator('meta[name="robots"]').getAttribute('content');
    expect(meta).toContain('noindex');

    // Nobody without the right sees the draft or its files.
    const anonymous = await page.context().browser()!.newContext({ storageState: { cookies: [], origins: [] } });
    expect((await anonymous.request.get(`/staff/articles/${id}/preview`, { maxRedirects: 0 })).status()).toBe(307);
    expect((await anonymous.request.get((await pdf.getAttribute('href'))!)).status()).toBe(404);
    await anonymous.close();
  });

  test('autosaves after a pause in typing', async ({ page }) => {
    const form = editorForm(page);
    await page.goto('/staff/articles/new');
    await form.title.fill(`Autosaved note ${Date.now()}`);
    await page.getByLabel('Category').selectOption({ index: 1 });
    await form.body.click();
    await page.keyboard.type('Typed and left alone.');
    await expect(form.status).toContainText('Saved by you', { timeout: 15_000 });
    await expect(page).toHaveURL(/\/staff\/articles\/\d+$/);
  });
});

test('two people editing one draft never overwrite each other silently', async ({ browser }) => {
  const editorContext = await browser.newContext({ storageState: authFile('editor') });
  const adminContext = await browser.newContext({ storageState: authFile('admin') });
  const mine = await editorContext.newPage();
  const theirs = await adminContext.newPage();
  const a = editorForm(mine);
  const b = editorForm(theirs);

  await mine.goto('/staff/articles/new');
  await a.title.fill(`Shared draft ${Date.now()}`);
  await mine.getByLabel('Category').selectOption({ index: 1 });
  await a.save.click();
  await expect(a.message).toHaveText('Saved as version 1.');
  const url = mine.url();

  await theirs.goto(url);
  await b.summary.fill('The admin’s summary');
  await b.save.click();
  await expect(b.message).toHaveText('Saved as version 2.');

  // The editor still holds version 1: the save is refused, naming who saved in between.
  await a.summary.fill('The editor’s own summary');
  await a.save.click();
  const conflict = mine.getByTestId('conflict');
  await expect(conflict).toContainText('Alex Admin saved a newer version (2)');
  await expect(a.summary).toHaveValue('The editor’s own summary');
  await conflict.getByRole('button', { name: 'Compare with their version' }).click();
  await expect(mine.getByTestId('comparison')).toContainText('summary', { ignoreCase: true });
  await expect(mine.getByTestId('comparison').locator('del', { hasText: 'admin' })).toBeVisible();
  await expect(mine.getByTestId('comparison').locator('ins', { hasText: 'editor' })).toBeVisible();

  // Choosing to keep mine saves it as version 3, on purpose.
  await conflict.getByRole('button', { name: 'Save mine as the newest version' }).click();
  await expect(a.message).toHaveText('Saved as version 3.');
  await theirs.reload();
  await expect(b.summary).toHaveValue('The editor’s own summary');

  await editorContext.close();
  await adminContext.close();
});

test('a reader who replays the editor’s save action with their own cookie changes nothing', async ({ browser }) => {
  const editorContext = await browser.newContext({ storageState: authFile('editor') });
  const page = await editorContext.newPage();
  const form = editorForm(page);
  await page.goto('/staff/articles/new');
  const title = `Replay target ${Date.now()}`;
  await form.title.fill(title);
  await page.getByLabel('Category').selectOption({ index: 1 });
  const saveRequest = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await form.save.click();
  const captured = await saveRequest;
  await expect(form.message).toHaveText('Saved as version 1.');
  const id = Number(/(\d+)$/.exec(page.url())![1]);

  const readerContext = await browser.newContext({ storageState: authFile('reader') });
  const body = (captured.postData() ?? '')
    .replace(title, 'Overwritten by a reader')
    .replace(/name="((?:\w+_)?id)"\r\n\r\n\r\n/, `name="$1"\r\n\r\n${id}\r\n`)
    .replace(/name="((?:\w+_)?baseVersion)"\r\n\r\n0\r\n/, 'name="$1"\r\n\r\n1\r\n');
  expect(body).toMatch(new RegExp(`name="(\\w+_)?id"\r\n\r\n${id}\r\n`));
  expect(body).toContain('Overwritten by a reader');
  const replay = await readerContext.request.post(captured.url(), {
    headers: {
      'next-action': captured.headers()['next-action'],
      'content-type': captured.headers()['content-type'],
      origin: new URL(captured.url()).origin,
      accept: 'text/x-component',
    },
    data: body,
  });
  expect(await replay.text()).toContain('You do not have permission');
  const rows = await articlesWhere(`a.id = ${id}`);
  expect(rows[0].title).toBe(title);
  await readerContext.close();
  await editorContext.close();
});

test.describe('a reader', () => {
  test.use({ storageState: authFile('reader') });

  test('gets a 403 page at /staff, and staff actions refuse them', async ({ page }) => {
    const response = await page.goto('/staff');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    expect((await page.goto('/staff/articles/new'))?.status()).toBe(403);
    const upload = await page.request.post('/api/uploads', {
      multipart: { purpose: 'attachment', file: { name: 'a.pdf', mimeType: 'application/pdf', buffer: makePdf() } },
    });
    expect(upload.status()).toBe(403);
  });
});

test.describe('the XSS corpus', () => {
  test.use({ storageState: authFile('editor') });

  test('runs no script in the preview, the reader page or the editor', async ({ page }) => {
    // Stored the way every save stores a body: through the one sanitizer.
    const client = createClient({ url: `file:${path.resolve(E2E_DB)}` });
    let id: number;
    try {
      const editor = await client.execute("select id from users where email = 'editor@newsroom.example'");
      const category = await client.execute('select id from categories order by id limit 1');
      const now = Date.now();
      const article = await client.execute({
        sql: `insert into articles (slug, category_id, author_id, language, status, created_at, updated_at)
              values ('', ?, ?, 'en', 'draft', ?, ?) returning id`,
        args: [category.rows[0].id, editor.rows[0].id, now, now],
      });
      id = Number(article.rows[0].id);
      const revision = await client.execute({
        sql: `insert into article_revisions (article_id, version, title, summary, body, editor_id, created_at, updated_at)
              values (?, 1, ?, ?, ?, ?, ?, ?) returning id`,
        args: [
          id,
          '</script><script>window.__xss=1</script><img src=x onerror=window.__xss=1>',
          '"><svg onload=window.__xss=1>',
          sanitizeBody(XSS_CORPUS.map((p) => `<p>${p}</p>`).join('\n')),
          editor.rows[0].id,
          now,
          now,
        ],
      });
      await client.execute({ sql: 'update articles set working_revision_id = ? where id = ?', args: [revision.rows[0].id, id] });
    } finally {
      client.close();
    }

    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const url of [`/staff/articles/${id}/preview`, `/news/${id}`, `/staff/articles/${id}`, `/staff/articles/${id}/history`]) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), url).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
  });
});
