import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { acknowledgeMustRead, getCategories, getFrontPage, getPublishedArticles, getUnacknowledgedMustReads, PAGE_SIZE } from '@/lib/dal/articles';
import { getArticleForReader } from '@/lib/dal/article-detail';
import { invalidateReadModels } from '@/lib/dal/memo';
import { articleIds, viewerFor } from '../support/viewers';

async function allPages(viewer: Awaited<ReturnType<typeof viewerFor>> | null, locale: 'en' | 'zh', categorySlug?: string) {
  const items = [];
  for (let page = 1; ; page++) {
    const data = await getPublishedArticles({ viewer, locale, categorySlug, page });
    if (!data) break;
    items.push(...data.items);
    if (page >= data.pages) break;
  }
  return items;
}

describe('getPublishedArticles', () => {
  it('shows anonymous visitors public, published articles only, and counts only those', async () => {
    const first = await getPublishedArticles({ viewer: null, locale: 'en', page: 1 });
    expect(first).not.toBeNull();
    const items = await allPages(null, 'en');
    expect(items.length).toBe(first!.total);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((a) => a.visibility === 'public')).toBe(true);
    const published = new Set(await articleIds({ status: 'published' }));
    expect(items.every((a) => published.has(a.id))).toBe(true);
  });

  it('shows signed-in readers internal news too, newest first', async () => {
    const reader = await viewerFor('reader');
    const items = await allPages(reader, 'en');
    expect(items.some((a) => a.visibility === 'internal')).toBe(true);
    const times = items.map((a) => a.publishedAt!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('never lists drafts or items in review', async () => {
    const hidden = new Set([...(await articleIds({ status: 'draft' })), ...(await articleIds({ status: 'in_review' }))]);
    expect(hidden.size).toBeGreaterThan(0);
    for (const viewer of [null, await viewerFor('reader'), await viewerFor('admin')]) {
      const items = await allPages(viewer, 'en');
      expect(items.filter((a) => hidden.has(a.id))).toEqual([]);
    }
  });

  it('lists one article of each translated pair, in the reader’s language', async () => {
    const reader = await viewerFor('reader');
    const en = await allPages(reader, 'en');
    const zh = await allPages(reader, 'zh');
    const pairs = await db
      .select({ id: schema.articles.id, translationId: schema.articles.translationId, language: schema.articles.language })
      .from(schema.articles)
      .where(eq(schema.articles.status, 'published'));
    const paired = pairs.filter((p) => p.translationId !== null);
    expect(paired.length).toBeGreaterThan(0);
    for (const p of paired) {
      const inEn = en.some((a) => a.id === p.id);
      const inZh = zh.some((a) => a.id === p.id);
      expect(inEn).toBe(p.language === 'en');
      expect(inZh).toBe(p.language === 'zh');
    }
  });

  it('lists the other version of a pair while the one in the reader’s language is not due yet', async () => {
    const reader = await viewerFor('reader');
    const [pair] = await db
      .select({ id: schema.articles.id, translationId: schema.articles.translationId, publishedAt: schema.articles.publishedAt })
      .from(schema.articles)
      .where(and(eq(schema.articles.status, 'published'), eq(schema.articles.language, 'en'), isNotNull(schema.articles.translationId)))
      .limit(1);
    const zhId = pair.translationId as number;
    const [zh] = await db.select({ publishedAt: schema.articles.publishedAt }).from(schema.articles).where(eq(schema.articles.id, zhId));
    expect((await allPages(reader, 'zh')).map((a) => a.id)).not.toContain(pair.id);
    // The Chinese version is published, but for a time still to come: readers cannot see it yet.
    await db.update(schema.articles).set({ publishedAt: new Date(Date.now() + 24 * 3600_000) }).where(eq(schema.articles.id, zhId));
    invalidateReadModels();
    try {
      const ids = (await allPages(reader, 'zh')).map((a) => a.id);
      expect(ids).toContain(pair.id);
      expect(ids).not.toContain(zhId);
    } finally {
      await db.update(schema.articles).set({ publishedAt: zh.publishedAt }).where(eq(schema.articles.id, zhId));
      invalidateReadModels();
    }
  });

  it('filters by category, and returns null for an unknown category or a page past the end', async () => {
    const reader = await viewerFor('reader');
    const meetings = await allPages(reader, 'en', 'meetings');
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.every((a) => a.category.slug === 'meetings')).toBe(true);
    expect(await getPublishedArticles({ viewer: reader, locale: 'en', categorySlug: 'no-such-category', page: 1 })).toBeNull();
    const first = await getPublishedArticles({ viewer: reader, locale: 'en', page: 1 });
    expect(first!.items.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(await getPublishedArticles({ viewer: reader, locale: 'en', page: first!.pages + 1 })).toBeNull();
  });

  it('names categories in the requested language', async () => {
    const en = await getCategories('en');
    const zh = await getCategories('zh');
    expect(en.length).toBeGreaterThanOrEqual(6);
    expect(en.map((c) => c.slug)).toEqual(zh.map((c) => c.slug));
    expect(zh.some((c) => /[\u4e00-\u9fff]/.test(c.name))).toBe(true);
  });
});

describe('getFrontPage', () => {
  it('gives anonymous visitors public items only', async () => {
    const page = await getFrontPage({ viewer: null, locale: 'en' });
    const all = [...page.pinned, ...page.featured, ...page.sections.flatMap((s) => s.items)];
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((a) => a.visibility === 'public')).toBe(true);
  });

  it('has pinned, featured and per-category sections for readers', async () => {
    const page = await getFrontPage({ viewer: await viewerFor('reader'), locale: 'en' });
    expect(page.pinned.length).toBeGreaterThan(0);
    expect(page.pinned.every((a) => a.pinned)).toBe(true);
    expect(page.featured.every((a) => a.featured && !a.pinned)).toBe(true);
    expect(page.sections.length).toBeGreaterThanOrEqual(6);
    for (const s of page.sections) expect(s.items.every((a) => a.category.slug === s.category.slug)).toBe(true);
  });
});

describe('must-read', () => {
  it('shows unacknowledged must-reads to signed-in readers until they acknowledge them', async () => {
    expect(await getUnacknowledgedMustReads({ viewer: null, locale: 'en' })).toEqual([]);
    const reader = await viewerFor('reader');
    const before = await getUnacknowledgedMustReads({ viewer: reader, locale: 'en' });
    expect(before.length).toBeGreaterThan(0);
    expect(await acknowledgeMustRead({ viewer: reader, articleId: before[0].id })).toBe(true);
    const after = await getUnacknowledgedMustReads({ viewer: reader, locale: 'en' });
    expect(after.map((a) => a.id)).not.toContain(before[0].id);
    // Other readers still see it.
    const editor = await viewerFor('editor');
    expect((await getUnacknowledgedMustReads({ viewer: editor, locale: 'en' })).map((a) => a.id)).toContain(before[0].id);
  });

  it('refuses to acknowledge an article that is not a readable must-read', async () => {
    const reader = await viewerFor('reader');
    const [draft] = await articleIds({ status: 'draft' });
    expect(await acknowledgeMustRead({ viewer: reader, articleId: draft })).toBe(false);
    expect(await acknowledgeMustRead({ viewer: reader, articleId: 999_999 })).toBe(false);
  });
});

describe('getArticleForReader', () => {
  it('shows a public article to anyone, with its meta line data', async () => {
    const [id] = await articleIds({ status: 'published', visibility: 'public' });
    const result = await getArticleForReader({ viewer: null, locale: 'en', id });
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.preview).toBe(false);
    expect(result.article.title.length).toBeGreaterThan(0);
    expect(result.article.source).toBeTruthy();
    expect(result.article.publishedAt).toBeInstanceOf(Date);
    expect(result.article.views).toBeGreaterThanOrEqual(0);
  });

  it('sends anonymous visitors to sign in for an internal article, and shows it to readers', async () => {
    const [id] = await articleIds({ status: 'published', visibility: 'internal' });
    expect((await getArticleForReader({ viewer: null, locale: 'en', id })).kind).toBe('sign-in');
    expect((await getArticleForReader({ viewer: await viewerFor('reader'), locale: 'en', id })).kind).toBe('ok');
  });

  it('hides unpublished articles from everyone but staff', async () => {
    for (const status of ['draft', 'in_review']) {
      const [id] = await articleIds({ status });
      expect((await getArticleForReader({ viewer: null, locale: 'en', id })).kind).toBe('not-found');
      expect((await getArticleForReader({ viewer: await viewerFor('reader'), locale: 'en', id })).kind).toBe('not-found');
      const staff = await getArticleForReader({ viewer: await viewerFor('editor'), locale: 'en', id });
      expect(staff.kind).toBe('ok');
      if (staff.kind === 'ok') expect(staff.preview).toBe(true);
    }
    expect((await getArticleForReader({ viewer: await viewerFor('admin'), locale: 'en', id: 999_999 })).kind).toBe('not-found');
  });

  it('ranks related news without the article itself or its translation, all readable', async () => {
    const reader = await viewerFor('reader');
    const ids = await articleIds({ status: 'published' });
    for (const id of ids.slice(0, 15)) {
      const result = await getArticleForReader({ viewer: reader, locale: 'en', id });
      if (result.kind !== 'ok') throw new Error('expected ok');
      const related = result.article.related.map((r) => r.id);
      expect(related).not.toContain(id);
      if (result.article.translation) expect(related).not.toContain(result.article.translation.id);
      expect(new Set(related).size).toBe(related.length);
    }
    const anon = await getArticleForReader({ viewer: null, locale: 'en', id: (await articleIds({ status: 'published', visibility: 'public' }))[0] });
    if (anon.kind === 'ok') expect(anon.article.related.every((r) => r.visibility === 'public')).toBe(true);
  });

  it('links the previous and next article of the same category by publish time', async () => {
    const reader = await viewerFor('reader');
    const list = (await allPages(reader, 'en', 'meetings')).concat(await allPages(reader, 'zh', 'meetings'));
    const ids = [...new Set(list.map((a) => a.id))];
    for (const id of ids) {
      const result = await getArticleForReader({ viewer: reader, locale: 'en', id });
      if (result.kind !== 'ok') throw new Error('expected ok');
      const { previous, next, publishedAt } = result.article;
      if (previous) {
        expect(previous.publishedAt!.getTime()).toBeLessThanOrEqual(publishedAt!.getTime());
        const p = await getArticleForReader({ viewer: reader, locale: 'en', id: previous.id });
        if (p.kind === 'ok') {
          expect(p.article.category.slug).toBe('meetings');
          expect(p.article.next?.id).toBe(id);
        }
      }
      if (next) expect(next.publishedAt!.getTime()).toBeGreaterThanOrEqual(publishedAt!.getTime());
    }
  });

  it('gives anonymous visitors only public neighbours', async () => {
    const ids = await articleIds({ status: 'published', visibility: 'public' });
    const internal = new Set(await articleIds({ visibility: 'internal' }));
    for (const id of ids) {
      const result = await getArticleForReader({ viewer: null, locale: 'en', id });
      if (result.kind !== 'ok') throw new Error('expected ok');
      for (const link of [result.article.previous, result.article.next]) if (link) expect(internal.has(link.id)).toBe(false);
    }
  });
});
