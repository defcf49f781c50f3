import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { expectAccessible } from './axe';
import { articlesWhere, authFile, type Role } from './support';

// Every page of the portal, in both languages, for a visitor without a session and for
// each role: no serious or critical accessibility violation and no sideways scrolling. Each
// page is checked at 1366 px by every role that sees it, and at 390 px too by the role it
// is for, which also leaves a screenshot of it at both widths
// (test-results/screenshots/<who>-<page>-<language>-<width>.png) to look at.

const SHOTS = path.join('test-results', 'screenshots');
const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const;

type Visitor = Role | 'guest';
/** A page to check; `shots` for the visitor who owns it: checked and photographed at both widths (the others at 1366 px only). */
type Target = { name: string; path: string; shots?: boolean };

async function targets(who: Visitor): Promise<Target[]> {
  const one = async (where: string) => (await articlesWhere(where))[0];
  const publicMeeting = await one(`a.status = 'published' and a.visibility = 'public' and r.meeting is not null and a.language = 'en'`);
  // An article without a cover (the demo notices have none), one the visitor may read.
  const plain = await one(`a.status = 'published' and a.cover_key is null${who === 'guest' ? ` and a.visibility = 'public'` : ''}`);
  const internal = await one(`a.status = 'published' and a.visibility = 'internal'`);
  const draft = await one(`a.status = 'draft'`);
  const inReview = await one(`a.status = 'in_review'`);
  switch (who) {
    case 'guest':
      return [
        { name: 'front', path: '/', shots: true },
        { name: 'news', path: '/news', shots: true },
        { name: 'category', path: '/news/category/meetings', shots: true },
        { name: 'article', path: `/news/${publicMeeting.id}`, shots: true },
        ...(plain ? [{ name: 'article-without-cover', path: `/news/${plain.id}`, shots: true }] : []),
        { name: 'search', path: '/search?q=safety', shots: true },
        { name: 'about', path: '/about', shots: true },
        { name: 'login', path: '/login', shots: true },
        { name: 'not-found', path: '/news/category/no-such-category' },
      ];
    case 'reader':
      return [
        { name: 'front', path: '/', shots: true },
        { name: 'news', path: '/news' },
        { name: 'internal-article', path: `/news/${internal.id}`, shots: true },
        ...(plain ? [{ name: 'article-without-cover', path: `/news/${plain.id}` }] : []),
        { name: 'search', path: '/search?q=safety' },
        { name: 'inbox', path: '/inbox', shots: true },
        { name: 'settings', path: '/settings', shots: true },
      ];
    case 'editor':
      return [
        { name: 'front', path: '/' },
        { name: 'desk', path: '/staff', shots: true },
        { name: 'new-article', path: '/staff/articles/new', shots: true },
        { name: 'edit-article', path: `/staff/articles/${draft.id}`, shots: true },
        { name: 'history', path: `/staff/articles/${draft.id}/history`, shots: true },
        { name: 'preview', path: `/staff/articles/${draft.id}/preview`, shots: true },
      ];
    case 'approver':
      return [
        { name: 'front', path: '/' },
        { name: 'desk', path: '/staff' },
      ];
    case 'admin':
      return [
        { name: 'desk', path: '/staff' },
        { name: 'review', path: `/staff/articles/${inReview.id}/review`, shots: true },
        { name: 'audit', path: '/staff/admin/audit', shots: true },
        { name: 'meetings-admin', path: '/staff/admin/meetings', shots: true },
      ];
  }
}

/** Waits until the page is drawn in full, lazy images included. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    for (const img of Array.from(document.images)) img.loading = 'eager';
  });
  await page
    .waitForFunction(() => Array.from(document.images).every((img) => img.complete), null, { timeout: 20_000 })
    .catch(() => undefined);
}

for (const who of ['guest', 'reader', 'editor', 'approver', 'admin'] as const) {
  test.describe(`every page, ${who}`, () => {
    if (who !== 'guest') test.use({ storageState: authFile(who) });

    for (const language of ['en', 'zh'] as const) {
      test(`is accessible and fits, in ${language === 'en' ? 'English' : 'Chinese'}`, async ({ page, context }) => {
        test.setTimeout(600_000);
        mkdirSync(SHOTS, { recursive: true });
        await context.addCookies([{ name: 'NEXT_LOCALE', value: language, url: BASE_URL }]);
        for (const target of await targets(who)) {
          for (const size of target.shots ? WIDTHS : WIDTHS.slice(0, 1)) {
            await page.setViewportSize(size);
            await page.goto(target.path);
            await expect(page.locator('html')).toHaveAttribute('lang', language === 'zh' ? 'zh-CN' : 'en');
            const where = `${who} ${target.name} ${language} ${size.width}`;
            await expectAccessible(page, where);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${where}: sideways scrolling`).toBeLessThanOrEqual(0);
            if (target.shots) {
              await settle(page);
              await page.screenshot({ path: path.join(SHOTS, `${who}-${target.name}-${language}-${size.width}.png`), fullPage: true });
            }
          }
        }
      });
    }
  });
}

test.describe('the header on a phone', () => {
  test.use({ storageState: authFile('reader'), viewport: { width: 390, height: 844 } });

  test('fits one row, and its menu opens, is accessible, closes with Escape and on following a link', async ({ page }) => {
    await page.goto('/news');
    const header = page.locator('header > div').first();
    const box = await header.boundingBox();
    expect(box?.height, 'the header row').toBeLessThan(80);
    const button = page.getByRole('button', { name: 'Menu' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('search')).toBeVisible();
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await expectAccessible(page, 'open menu');
    await page.screenshot({ path: path.join(SHOTS, 'reader-menu-open-en-390.png') });
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await button.click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  });

});

test.describe('the footer', () => {
  test('stays at the bottom of a short page', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 1400 });
    await page.goto('/login');
    const footer = await page.locator('footer').boundingBox();
    expect(footer && Math.round(footer.y + footer.height)).toBeGreaterThanOrEqual(1400 - 1);
  });
});
