import { expect, test as setup } from '@playwright/test';
import { LoginPage } from '../pages/login-page';
import { authFile, PASSWORD, USERS } from './support';

for (const role of Object.keys(USERS) as (keyof typeof USERS)[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(USERS[role], PASSWORD);
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await page.context().storageState({ path: authFile(role) });
  });
}
