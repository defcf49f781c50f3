import { expect, test, type Browser, type Page } from '@playwright/test';
import { LoginPage } from '../pages/login-page';
import { articlesWhere, authFile, PASSWORD } from './support';

// The approval workflow in a real browser: draft, submit, request changes, revise,
// approve, schedule a minute ahead and see it published; self-approval refused; a reader
// replaying a staff action refused.

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, PASSWORD);
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  return page;
}

/** "YYYY-MM-DDTHH:mm" in the portal's time zone (Asia/Shanghai, UTC+8, no daylight saving). */
function shanghaiInput(date: Date) {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
}

test('an article goes from draft through review to a scheduled publication that readers then see', async ({ browser }) => {
  test.setTimeout(240_000);
  const editor = await (await browser.newContext({ storageState: authFile('editor') })).newPage();
  const title = `Machinery safety week ${Date.now()}`;

  // The editor drafts and submits.
  await editor.goto('/staff/articles/new');
  await editor.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await editor.getByLabel('Summary').fill('A week of drills.');
  await editor.getByRole('textbox', { name: 'Body' }).click();
  await editor.keyboard.type('Every site ran its fire drill.');
  await editor.getByLabel('Category').selectOption({ label: 'Safety and Quality' });
  await editor.getByLabel('Source unit').selectOption({ label: 'Lanstone Precision Machinery Co., Ltd.' });
  await editor.getByLabel('Public: also the external news page').check();
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByTestId('form-message')).toHaveText('Saved as version 1.');
  const id = Number(/(\d+)$/.exec(editor.url())![1]);
  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.getByTestId('article-status')).toContainText('In review');

  // The unit's approver asks for changes: a comment is required.
  const approver = await signedIn(browser, 'approver.unit@newsroom.example');
  await approver.goto('/staff');
  await approver.getByTestId('staff-review').getByRole('link', { name: title }).click();
  await expect(approver).toHaveURL(new RegExp(`/staff/articles/${id}/review$`));
  await approver.getByRole('button', { name: /^(Request changes|退回修改)$/ }).click();
  await expect(approver.getByTestId('review-message')).toContainText(/comment|意见/);
  await approver.getByLabel(/^(Comment|意见)$/).fill('Please name the sites that took part.');
  await approver.getByRole('button', { name: /^(Request changes|退回修改)$/ }).click();
  await expect(approver).toHaveURL(/\/staff$/);

  // The editor sees the comment, revises and submits again.
  await editor.reload();
  await expect(editor.getByTestId('review-note')).toContainText('Please name the sites that took part.');
  await expect(editor.getByTestId('article-status')).toContainText('Draft');
  await editor.getByLabel('Summary').fill('A week of drills at the Suzhou and Wuxi sites.');
  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.getByTestId('article-status')).toContainText('In review');

  // The approver approves.
  await approver.goto(`/staff/articles/${id}/review`);
  await expect(approver.getByTestId('diff-summary')).toContainText('Suzhou');
  await approver.getByRole('button', { name: /^(Approve|批准)$/ }).click();
  await expect(approver).toHaveURL(/\/staff$/);

  // The editor schedules it a minute ahead; nobody sees it before, and readers see it after.
  await editor.reload();
  await expect(editor.getByTestId('article-status')).toContainText('Approved');
  const at = new Date(Date.now() + 60_000);
  await editor.getByLabel('Publish at').fill(shanghaiInput(at));
  await editor.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(editor.getByTestId('workflow-message')).toHaveText('Scheduled.');
  await expect(editor.getByTestId('article-status')).toContainText('Scheduled');
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  expect((await anonymous.request.get(`/news/${id}`)).status()).toBe(404);
  await expect
    .poll(async () => (await anonymous.request.get(`/news/${id}`, { maxRedirects: 5 })).status(), { timeout: 150_000, intervals: [2000] })
    .toBe(200);
  const reader = await (await browser.newContext({ storageState: authFile('reader') })).newPage();
  await reader.goto(`/news/${id}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reader.getByTestId('preview-banner')).toHaveCount(0);

  // The timeline tells the story.
  await editor.goto(`/staff/articles/${id}/history`);
  const timeline = editor.getByTestId('timeline');
  for (const step of ['Submitted for review', 'Changes requested', 'Approved', 'Scheduled', 'Published on schedule']) {
    await expect(timeline).toContainText(step);
  }
  await anonymous.close();
});

test('nobody approves their own revision, and a reader replaying a staff action is refused', async ({ browser }) => {
  const admin = await (await browser.newContext({ storageState: authFile('admin') })).newPage();
  const title = `Admin notice ${Date.now()}`;
  await admin.goto('/staff/articles/new');
  await admin.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await admin.getByLabel('Category').selectOption({ index: 1 });
  await admin.getByRole('button', { name: 'Save draft' }).click();
  await expect(admin.getByTestId('form-message')).toHaveText('Saved as version 1.');
  const id = Number(/(\d+)$/.exec(admin.url())![1]);

  // Capture the workflow action as the admin submits.
  const submitted = admin.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await admin.getByRole('button', { name: 'Submit for review' }).click();
  const captured = await submitted;
  await expect(admin.getByTestId('article-status')).toContainText('In review');
  await expect(admin.getByTestId('self-approval')).toBeVisible();
  await admin.goto(`/staff/articles/${id}/review`);
  await expect(admin.getByTestId('self-approval')).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Approve' })).toHaveCount(0);

  // A reader replays the same action, turned into "approve", with their own cookie.
  const readerContext = await browser.newContext({ storageState: authFile('reader') });
  const body = (captured.postData() ?? '').replace(/"submit"/, '"approve"').replace(/\r\nsubmit\r\n/, '\r\napprove\r\n');
  expect(body).toContain('approve');
  const replay = await readerContext.request.post(captured.url(), {
    headers: {
      'next-action': captured.headers()['next-action'],
      'content-type': captured.headers()['content-type'] ?? 'text/plain;charset=UTF-8',
      origin: new URL(captured.url()).origin,
      accept: 'text/x-component',
    },
    data: body,
  });
  expect(await replay.text()).not.toContain('Approved.');
  const [row] = await articlesWhere(`a.id = ${id} and a.status = 'in_review'`);
  expect(row?.id).toBe(id);
  await readerContext.close();
});
