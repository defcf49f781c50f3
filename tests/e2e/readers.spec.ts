import { expect, test } from '@playwright/test';
import { ArticlePage } from '../pages/article-page';
import { LoginPage } from '../pages/login-page';
import { articlesWhere, authFile, PASSWORD, SIGN_OUT_USER, USERS } from './support';

test.describe('anonymous visitors', () => {
  test('see only public news, in lists and counts', async ({ page }) => {
    const publicIds = new Set((await articlesWhere(`a.status = 'published' and a.visibility = 'public'`)).map((a) => a.id));
    await page.goto('/news');
    const count = await page.getByTestId('list-count').textContent();
    const total = Number(count?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(publicIds.size);
    const hrefs = await page.locator('[data-testid="article-card"] h2 a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(publicIds.has(Number(href?.match(/^\/news\/(\d+)/)?.[1]))).toBe(true);
    await expect(page.getByText('Internal', { exact: true })).toHaveCount(0);
  });

  test('are sent to sign in for an internal article, and come back to it', async ({ page }) => {
    const [internal] = await articlesWhere(`a.status = 'published' and a.visibility = 'internal' and a.language = 'en'`);
    await page.goto(`/news/${internal.id}`);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await new LoginPage(page).signIn(USERS.reader, PASSWORD);
    await expect(page).toHaveURL(new RegExp(`/news/${internal.id}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(internal.title);
  });

  test('get a 404 for a draft and for malformed addresses', async ({ page }) => {
    const [draft] = await articlesWhere(`a.status = 'draft'`);
    for (const path of [`/news/${draft.id}`, '/news/not-a-number', '/news?page=999', '/news?page=-1', '/news/category/NOPE']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
});

test.describe('sign-in', () => {
  test('gives one message for a wrong password and an unknown email, and signs in and out', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(SIGN_OUT_USER.email, 'wrong-password-1');
    await login.expectError(/not correct/);
    await expect(page.getByLabel(/email/i)).toHaveValue(SIGN_OUT_USER.email);
    await login.signIn('nobody@newsroom.example', 'wrong-password-1');
    await login.expectError(/not correct/);
    await login.signIn(SIGN_OUT_USER.email, PASSWORD);
    await expect(page.getByTestId('signed-in-as')).toContainText(SIGN_OUT_USER.name);
    const cookies = await page.context().cookies();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
    // The cookie from before signing out is worthless now.
    await page.context().addCookies(cookies);
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
    await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
  });
});

test.describe('signed-in readers', () => {
  test.use({ storageState: authFile('reader') });

  test('go from the front page to a category, an article and the next article', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('must-read-banner')).toBeVisible();
    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Meetings' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');
    await page.locator('[data-testid="article-card"] h2 a').first().click();
    const article = new ArticlePage(page);
    await article.expectLoaded();
    const firstTitle = await article.heading.textContent();
    await article.previousLink().click();
    await article.expectLoaded();
    await expect(article.heading).not.toHaveText(firstTitle ?? '');
    await article.nextLink().click();
    await expect(article.heading).toHaveText(firstTitle ?? '');
  });

  test('see the meta line, the body and related news on an article', async ({ page }) => {
    const [meeting] = await articlesWhere(`a.status = 'published' and a.language = 'en' and r.meeting is not null`);
    await page.goto(`/news/${meeting.id}`);
    await expect(page).toHaveURL(new RegExp(`/news/${meeting.id}-${meeting.slug}$`));
    const article = new ArticlePage(page);
    await article.expectLoaded();
    await expect(article.metaLine).toContainText('Views');
    await expect(article.metaLine).toContainText('Source');
    await expect(article.metaLine).toContainText('Date');
    await expect(page.getByTestId('fact-box')).toBeVisible();
    await expect(article.related.getByRole('link').first()).toBeVisible();
  });

  test('count a view when the article is opened in a browser', async ({ page, browser }) => {
    const [a] = await articlesWhere(`a.status = 'published' and a.language = 'en'`);
    await page.goto(`/news/${a.id}`);
    const count = page.getByTestId('view-count');
    await expect(count).not.toHaveText('');
    // A second reader's view is counted; the server flushes counts every 200 ms in tests.
    const other = await browser.newContext({ storageState: authFile('editor') });
    const otherPage = await other.newPage();
    await otherPage.goto(`/news/${a.id}`);
    const seen = Number(await otherPage.getByTestId('view-count').textContent());
    // The page is shared by every signed-in reader; its counter shows the live count once
    // it has reported this view.
    await expect
      .poll(
        async () => {
            const reported = page.waitForResponse((r) => r.url().endsWith('/api/views') && r.request().method() === 'POST');
          await page.reload();
          await reported;
          await page.waitForTimeout(100);
          return Number(await page.getByTestId('view-count').textContent());
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThanOrEqual(seen);
    await other.close();
  });

  test('cannot open a draft or an item in review by its URL', async ({ page }) => {
    for (const item of await articlesWhere(`a.status in ('draft', 'in_review')`)) {
      const response = await page.goto(`/news/${item.id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByText(item.title)).toHaveCount(0);
    }
  });

  test('switch to Chinese and back', async ({ page }) => {
    await page.goto('/news');
    await page.getByTestId('locale-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部新闻');
    await expect(page.getByRole('navigation', { name: '主导航' })).toContainText('首页');
    await expect(page.locator('[data-testid="article-card"] time').first()).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/);
    await page.getByTestId('locale-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('layout', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('fits a 375 px wide screen without horizontal scrolling', async ({ page }) => {
    const [a] = await articlesWhere(`a.status = 'published' and a.visibility = 'public' and r.meeting is not null`);
    for (const path of ['/', '/news', a ? `/news/${a.id}` : '/about']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('offers a skip link and visible keyboard focus', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
