import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BASE_URL } from '../../playwright.config';
import { articlesWhere, authFile } from './support';

const published = (visibility: 'public' | 'internal', language: 'en' | 'zh') =>
  articlesWhere(`a.status = 'published' and a.visibility = '${visibility}' and a.language = '${language}'`);

/** The link to an article, with or without its slug (and not to /news/30 for /news/3). */
const linkTo = (id: number) => `a[href="/news/${id}"], a[href^="/news/${id}-"]`;

/** A word of an English title long enough to be distinctive. */
const wordOf = (title: string) => title.split(/[^A-Za-z]+/).sort((a, b) => b.length - a.length)[0];

test.describe('search for anonymous visitors', () => {
  test('finds public news from the header box, highlights it, and never shows internal news', async ({ page }) => {
    const [article] = await published('public', 'en');
    const word = wordOf(article.title);
    const internalIds = new Set((await articlesWhere(`a.visibility = 'internal' or a.status <> 'published'`)).map((a) => a.id));
    await page.goto('/');
    const box = page.getByTestId('header-search').getByRole('searchbox', { name: 'Search the news' });
    await box.fill(word);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(page.getByTestId('search-count')).toContainText(/public result/);
    const hit = page.getByTestId('search-hit').filter({ has: page.locator(linkTo(article.id)) });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('mark').first()).toHaveText(new RegExp(word, 'i'));
    const hrefs = await page.locator('[data-testid="search-hit"] h2 a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    for (const href of hrefs) expect(internalIds.has(Number(href?.match(/^\/news\/(\d+)/)?.[1]))).toBe(false);
  });

  test('finds Chinese news by any two characters of it, in the Chinese interface', async ({ page, context }) => {
    const articles = await published('public', 'zh');
    const article = articles.find((a) => /[\u4e00-\u9fff]{4}/.test(a.title))!;
    const run = /[\u4e00-\u9fff]{4,}/.exec(article.title)![0];
    const part = run.slice(1, 3);
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'zh', url: BASE_URL }]);
    await page.goto(`/search?q=${encodeURIComponent(part)}`);
    await expect(page.getByRole('heading', { level: 1, name: '搜索' })).toBeVisible();
    const hit = page.getByTestId('search-hit').filter({ has: page.locator(linkTo(article.id)) });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('mark').first()).toHaveText(part);
  });

  test('answers bad input with a message, never an error', async ({ page }) => {
    for (const q of ['', '"', '*', 'NEAR(a b)', "'; drop table articles; --", '😀', 'x'.repeat(10_000)]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q.slice(0, 20)).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    }
    await page.goto(`/search?q=${encodeURIComponent('x'.repeat(10_000))}`);
    await expect(page.getByTestId('search-truncated')).toBeVisible();
    await page.goto('/search?q=***');
    await expect(page.getByTestId('search-message')).toBeVisible();
  });
});

test.describe('search for signed-in readers', () => {
  test.use({ storageState: authFile('reader') });

  test('finds internal news too, and filters by category', async ({ page }) => {
    const [article] = await published('internal', 'en');
    const word = wordOf(article.title);
    await page.goto(`/search?q=${encodeURIComponent(word)}`);
    const hit = page.getByTestId('search-hit').filter({ has: page.locator(linkTo(article.id)) });
    await expect(hit).toHaveCount(1);
    await expect(hit).toContainText('Internal');
    await page.getByLabel('Category').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect(page).toHaveURL(/category=/);
  });

  test('creates a personal feed link with internal news, and revokes it', async ({ page, request }) => {
    // The newest internal article, which the feed carries whatever other tests have published.
    const [internal] = await articlesWhere(
      `a.status = 'published' and a.visibility = 'internal' and a.published_at = (select max(published_at) from articles where status = 'published' and visibility = 'internal')`,
    );
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    const status = page.getByTestId('feed-status');
    await page.getByTestId('feed-create').click();
    const url = await page.getByTestId('feed-url').inputValue();
    // The status line follows at once: no "You have no feed link" beside the new link.
    await expect(status).toContainText('You have a feed link, created on');
    await expect(status).not.toContainText('You have no feed link');
    expect(url).toMatch(/\/feed\.xml\?token=[A-Za-z0-9_-]{43}$/);
    const feed = await request.get(new URL(url).pathname + new URL(url).search);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['cache-control']).toBe('private, no-store');
    const xml = await feed.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(`/news/${internal.id}<`);
    await page.getByTestId('feed-revoke').click();
    await expect(page.getByTestId('feed-revoked')).toBeVisible();
    await expect(status).toHaveText('You have no feed link.');
    expect((await request.get(new URL(url).pathname + new URL(url).search)).status()).toBe(404);
  });
});

test.describe('feeds', () => {
  test('the public feed is valid Atom of public news only, and pages link to it', async ({ page, request }) => {
    const response = await request.get('/feed.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: { entry: { id: string }[] } };
    const ids = doc.feed.entry.map((e) => Number(/(\d+)$/.exec(e.id)![1]));
    expect(ids.length).toBeGreaterThan(0);
    const hidden = new Set((await articlesWhere(`a.visibility = 'internal' or a.status <> 'published'`)).map((a) => a.id));
    for (const id of ids) expect(hidden.has(id)).toBe(false);

    await page.goto('/');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/feed\.xml$/);
    await page.goto('/news/category/meetings');
    const links = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(links.first()).toHaveAttribute('href', /\/feed\/meetings\.xml$/);
    const category = await request.get('/feed/meetings.xml');
    expect(category.status()).toBe(200);
    expect(XMLValidator.validate(await category.text())).toBe(true);
  });
});
