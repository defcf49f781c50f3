import { expect, test, type Browser, type Page } from '@playwright/test';
import { LoginPage } from '../pages/login-page';
import { authFile } from './support';

// The admin console in a real browser: users created and changed, a CSV import checked
// before it writes, units and categories, settings refused and saved, from the keyboard and
// in both languages. Each test leaves the demo data as the other specs expect it.

test.use({ storageState: authFile('admin') });

const status = (page: Page, testId: string) => page.getByTestId(testId).getByRole('status');

async function signInFresh(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, password);
  return { page, close: () => context.close() };
}

test('an admin creates a user with a generated password, scopes a role to a unit, and deactivating ends the session', async ({ page, browser }) => {
  await page.goto('/staff/admin/users/new');
  const form = page.getByTestId('new-user');
  await form.getByLabel('Name').fill('Wang Er');
  await form.getByLabel('Email').fill('e.wang@newsroom.example');
  await form.getByLabel('Unit').selectOption({ label: '  East China Regional Company (OU-EAST)' });
  await form.getByLabel('Role').selectOption('editor');
  await form.getByLabel('Generate a password now and show it once').check();
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(status(page, 'new-user')).toHaveText('e.wang@newsroom.example was created.');
  const password = await page.getByTestId('secret').getByRole('textbox').inputValue();
  expect(password).toMatch(/^[\w-]{19}$/);

  const user = await signInFresh(browser, 'e.wang@newsroom.example', password);
  await expect(user.page.getByTestId('signed-in-as')).toBeVisible();

  await page.goto('/staff/admin/users?q=wang');
  await page.getByRole('link', { name: 'Wang Er' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wang Er' })).toBeVisible();
  await expect(page.getByTestId('grant-list')).toContainText('Editor · East China Regional Company');
  const grant = page.getByTestId('grant-form');
  await grant.getByLabel('Role').selectOption('approver');
  await grant.getByLabel('Unit scope').selectOption({ label: '  East China Regional Company (OU-EAST)' });
  await grant.getByRole('button', { name: 'Grant role' }).click();
  await expect(page.getByTestId('grant-list')).toContainText('Approver · East China Regional Company');

  // Deactivate from the keyboard: the dialog opens on Cancel; Tab to confirm.
  await page.getByTestId('active-form').getByRole('button', { name: 'Deactivate' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Deactivate Wang Er?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(status(page, 'active-form')).toHaveText('The account is deactivated; its sessions have ended.');
  await user.page.reload();
  await expect(user.page.getByTestId('signed-in-as')).toHaveCount(0);
  await user.close();
});

test('the last active admin is protected on their own page', async ({ page }) => {
  await page.goto('/staff/admin/users?role=admin');
  await page.getByRole('link', { name: 'Alex Admin' }).click();
  await expect(page.getByTestId('last-admin')).toBeVisible();
  await expect(page.getByTestId('active-form').getByRole('button', { name: 'Deactivate' })).toBeDisabled();
  // Revoking the role is refused by the server, with the reason.
  await page.getByRole('button', { name: 'Revoke Admin · All units' }).click();
  await expect(page.getByText('This is the last active admin: the portal must keep one.')).toBeVisible();
  await expect(page.getByTestId('grant-list')).toContainText('Admin · All units');
});

test('a CSV import shows each row before anything is written, and imports only a clean file', async ({ page }) => {
  await page.goto('/staff/admin/users/import');
  const text = page.getByLabel('…or paste its contents');
  await text.fill('email,name,unit,roles\nli.si@newsroom.example,Li Si,OU-SOUTH,editor@OU-SOUTH\nbroken,No Mail,OU-NOWHERE,\n');
  await page.getByRole('button', { name: 'Check file' }).click();
  const plan = page.getByTestId('import-plan');
  await expect(plan.getByRole('row')).toHaveCount(3);
  await expect(plan.getByRole('row').nth(1)).toContainText('New user');
  await expect(plan.getByRole('row').nth(2)).toContainText('The email address is not valid.');
  await expect(plan.getByRole('row').nth(2)).toContainText('Unknown unit code: OU-NOWHERE');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.goto('/staff/admin/users?q=li.si');
  await expect(page.getByText('No users match these filters.')).toBeVisible();

  await page.goto('/staff/admin/users/import');
  await page.getByLabel('…or paste its contents').fill('email,name,unit,roles\nli.si@newsroom.example,Li Si,OU-SOUTH,editor@OU-SOUTH\n');
  await page.getByRole('button', { name: 'Check file' }).click();
  await expect(page.getByTestId('import-form').getByRole('status')).toContainText('Checked: 1 new', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-form').getByRole('status')).toHaveText('Imported: 1 created, 0 updated.', { timeout: 30_000 });
  await page.goto('/staff/admin/users');
  await page.getByTestId('user-filters').getByLabel('Unit').selectOption({ label: '  South China Regional Company' });
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/unit=/);
  await expect(page.getByTestId('user-table')).toContainText('Li Si');
});

test('units are added, moved and retired with what refers to them; categories are added, reordered and retired', async ({ page }) => {
  await page.goto('/staff/admin/units');
  const add = page.getByTestId('add-unit');
  await add.getByLabel('Code').fill('OU-EAST-PORT');
  await add.getByLabel('Name in English').fill('East Port Terminal');
  await add.getByLabel('Name in Chinese').fill('华东港口码头');
  await add.getByLabel('Parent').selectOption({ label: '  OU-EAST · East China Regional Company' });
  await add.getByRole('button', { name: 'Add unit' }).click();
  await expect(status(page, 'add-unit')).toHaveText('Unit OU-EAST-PORT added.');
  const unit = page.getByTestId('unit-OU-EAST-PORT');
  await expect(unit).toContainText('0 members · 0 articles');
  await unit.locator('summary').click();
  await unit.getByRole('button', { name: 'Retire' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Retire' }).click();
  await expect(unit).toContainText('Retired');
  // A unit in use cannot be deleted: no delete button, and retiring says what refers to it.
  await expect(page.getByTestId('unit-OU-EAST').getByRole('button', { name: 'Delete' })).toHaveCount(0);

  await page.goto('/staff/admin/categories');
  const cat = page.getByTestId('add-category');
  await cat.getByLabel('Name in English').fill('Community');
  await cat.getByLabel('Name in Chinese').fill('社区');
  await cat.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByTestId('category-community')).toBeVisible();
  await page.getByRole('button', { name: 'Move Community up' }).click();
  await expect(page.getByTestId('category-list').getByRole('listitem').nth(-2)).toHaveAttribute('data-testid', 'category-community');
  await page.getByRole('button', { name: 'Retire Community' }).click();
  await expect(page.getByTestId('category-community')).toContainText('Retired');
  // The editor offers it no more.
  await page.goto('/staff/articles/new');
  await expect(page.getByLabel('Category').locator('option', { hasText: 'Community' })).toHaveCount(0);
});

test('settings refuse an unknown time zone and show the portal name in both languages', async ({ page }) => {
  await page.goto('/staff/admin/settings');
  const form = page.getByTestId('settings-form');
  await form.getByLabel('Time zone').fill('Mars/Olympus_Mons');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(status(page, 'settings-form')).toContainText('“Mars/Olympus_Mons” is not a time zone this server knows.');
  await form.getByLabel('Time zone').fill('Asia/Shanghai');
  await form.getByLabel('Portal name in Chinese').fill('蓝石新闻');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(status(page, 'settings-form')).toHaveText('Settings saved.');
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: page.url() }]);
  await page.goto('/staff/admin/settings');
  await expect(page.getByRole('link', { name: '蓝石新闻' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  const zh = page.getByTestId('settings-form');
  await zh.getByLabel('门户中文名称').fill('新闻中心');
  await zh.getByRole('button', { name: '保存' }).click();
  await expect(status(page, 'settings-form')).toHaveText('设置已保存。');
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: page.url() }]);
});

test('readers and editors get no console', async ({ browser }) => {
  for (const role of ['reader', 'editor'] as const) {
    const context = await browser.newContext({ storageState: authFile(role) });
    const page = await context.newPage();
    const response = await page.goto('/staff/admin/users');
    expect(response?.status()).toBe(403);
    const csv = await page.request.get('/api/admin/users/export');
    expect(csv.status()).toBe(403);
    await context.close();
  }
});
