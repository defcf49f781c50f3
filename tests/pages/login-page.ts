import { expect, type Page } from '@playwright/test';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/login');
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel(/email|邮箱/i).fill(email);
    await this.page.getByLabel(/password|密码/i).fill(password);
    // Wait for the action's answer, so that a following attempt does not race the form reset.
    const submit = this.page.getByRole('button', { name: /^(sign in|登录)$/i });
    await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'),
      submit.click(),
    ]);
    // React resets the form (to the values the action returned) when it commits the answer,
    // a moment after the response: the button is enabled again by then. Typing before that
    // commit would be overwritten. A successful sign-in navigates away instead.
    await expect(submit.or(this.page.getByTestId('signed-in-as'))).toBeEnabled({ timeout: 15_000 });
  }

  async expectError(text: RegExp) {
    await expect(this.page.getByTestId('login-error')).toHaveText(text);
  }
}
