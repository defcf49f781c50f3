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
    await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'),
      this.page.getByRole('button', { name: /^(sign in|登录)$/i }).click(),
    ]);
  }

  async expectError(text: RegExp) {
    await expect(this.page.getByTestId('login-error')).toHaveText(text);
  }
}
