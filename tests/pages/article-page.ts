import { expect, type Locator, type Page } from '@playwright/test';

export class ArticlePage {
  readonly heading: Locator;
  readonly metaLine: Locator;
  readonly related: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.metaLine = page.getByTestId('meta-line');
    this.related = page.getByTestId('related');
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible();
    await expect(this.metaLine).toBeVisible();
  }

  previousLink() {
    return this.page.getByTestId('previous-article').getByRole('link');
  }

  nextLink() {
    return this.page.getByTestId('next-article').getByRole('link');
  }
}
