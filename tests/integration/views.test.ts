import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { getArticleForReader } from '@/lib/dal/article-detail';
import { flushViews, recordView, resetViewState } from '@/lib/dal/views';
import { articleIds, viewerFor } from '../support/viewers';

async function stored(articleId: number) {
  const [row] = await db.select().from(schema.articleViews).where(eq(schema.articleViews.articleId, articleId));
  return { views: row?.views ?? 0, readers: row?.readers ?? 0 };
}

beforeEach(() => resetViewState());

describe('recordView', () => {
  it('counts views in memory and stores them in one flush', async () => {
    const [id] = await articleIds({ status: 'published', visibility: 'public' });
    const before = await stored(id);
    for (let i = 0; i < 5; i++) await recordView({ viewer: null, articleId: id, visitorId: null });
    expect(await stored(id)).toEqual(before);
    const page = await getArticleForReader({ viewer: null, locale: 'en', id });
    if (page.kind === 'ok') expect(page.article.views).toBe(before.views + 5);
    await flushViews();
    expect((await stored(id)).views).toBe(before.views + 5);
  });

  it('does not count the same reader twice within the window, and counts unique readers', async () => {
    const [id] = await articleIds({ status: 'published', visibility: 'internal' });
    const reader = await viewerFor('reader');
    const before = await stored(id);
    const first = await recordView({ viewer: reader, articleId: id, visitorId: null });
    const second = await recordView({ viewer: reader, articleId: id, visitorId: null });
    expect(first?.counted).toBe(true);
    expect(second?.counted).toBe(false);
    const later = await recordView({ viewer: reader, articleId: id, visitorId: null, now: Date.now() + 11 * 60_000 });
    expect(later?.counted).toBe(true);
    await flushViews();
    expect(await stored(id)).toEqual({ views: before.views + 2, readers: before.readers + 1 });
    // A second visit by the same reader is a view, not a new reader.
    await recordView({ viewer: reader, articleId: id, visitorId: null, now: Date.now() + 30 * 60_000 });
    await flushViews();
    expect((await stored(id)).readers).toBe(before.readers + 1);
  });

  it('refuses views of articles the viewer may not read', async () => {
    const [internal] = await articleIds({ status: 'published', visibility: 'internal' });
    const [draft] = await articleIds({ status: 'draft' });
    expect(await recordView({ viewer: null, articleId: internal, visitorId: 'x' })).toBeNull();
    expect(await recordView({ viewer: await viewerFor('admin'), articleId: draft, visitorId: null })).toBeNull();
    expect(await recordView({ viewer: null, articleId: 999_999, visitorId: null })).toBeNull();
  });

  it('stores exactly as many views as were counted under concurrent load', async () => {
    const ids = (await articleIds({ status: 'published', visibility: 'public' })).slice(0, 3);
    const before = await Promise.all(ids.map(stored));
    let counted = 0;
    const flushes: Promise<void>[] = [];
    await Promise.all(
      Array.from({ length: 600 }, async (_, i) => {
        const r = await recordView({ viewer: null, articleId: ids[i % ids.length], visitorId: null });
        if (r?.counted) counted++;
        if (i % 50 === 0) flushes.push(flushViews());
      }),
    );
    await Promise.all(flushes);
    await flushViews();
    const after = await Promise.all(ids.map(stored));
    const added = after.reduce((sum, a, i) => sum + a.views - before[i].views, 0);
    expect(counted).toBe(600);
    expect(added).toBe(600);
  });
});
