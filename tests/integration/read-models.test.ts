import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { getArticleForReader } from '@/lib/dal/article-detail';
import { getFrontPage } from '@/lib/dal/articles';
import { invalidateReadModels } from '@/lib/dal/memo';
import { articleIds, viewerFor } from '../support/viewers';

describe('cached read models', () => {
  it('serve the same front page until invalidated, then the new one', async () => {
    const reader = await viewerFor('reader');
    const before = await getFrontPage({ viewer: reader, locale: 'en' });
    const pinned = before.pinned[0];
    expect(pinned).toBeDefined();
    await db.update(schema.articles).set({ pinned: false }).where(eq(schema.articles.id, pinned.id));
    expect((await getFrontPage({ viewer: reader, locale: 'en' })).pinned.map((a) => a.id)).toContain(pinned.id);
    invalidateReadModels();
    expect((await getFrontPage({ viewer: reader, locale: 'en' })).pinned.map((a) => a.id)).not.toContain(pinned.id);
  });

  it('never serve a withdrawn article from cache: access is checked on the live row', async () => {
    const reader = await viewerFor('reader');
    const [id] = await articleIds({ status: 'published', visibility: 'internal' });
    expect((await getArticleForReader({ viewer: reader, locale: 'en', id })).kind).toBe('ok');
    await db.update(schema.articles).set({ status: 'archived' }).where(eq(schema.articles.id, id));
    expect((await getArticleForReader({ viewer: reader, locale: 'en', id })).kind).toBe('not-found');
    await db.update(schema.articles).set({ visibility: 'internal', status: 'published' }).where(eq(schema.articles.id, id));
    expect((await getArticleForReader({ viewer: null, locale: 'en', id })).kind).toBe('sign-in');
  });

  it('keep guests and signed-in readers apart', async () => {
    invalidateReadModels();
    const guest = await getFrontPage({ viewer: null, locale: 'en' });
    const member = await getFrontPage({ viewer: await viewerFor('reader'), locale: 'en' });
    const all = (p: typeof guest) => [...p.pinned, ...p.featured, ...p.sections.flatMap((s) => s.items)];
    expect(all(guest).every((a) => a.visibility === 'public')).toBe(true);
    expect(all(member).some((a) => a.visibility === 'internal')).toBe(true);
    expect(all(await getFrontPage({ viewer: null, locale: 'en' })).every((a) => a.visibility === 'public')).toBe(true);
  });
});
