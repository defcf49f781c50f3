import { asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '@/db/client';
import type { RevisionMeta } from '@/lib/article-fields';
import { emptyDatabase as emptyOf, fillOldContent, migrationsUpTo as upTo, setOldMeta, shippedMigrations as shipped } from '../support/migrations';

// Migration 0006 fills in the metadata of revisions saved before revisions carried it
// (or with fewer keys), so that the app reads every revision's fields from the revision.
// The test builds a database as 0005 left it, with such revisions, and migrates it.

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});
const migrationsUpTo = (tag: string) => upTo(tag, cleanups);
const emptyDatabase = () => emptyOf(cleanups);

describe('migration 0006: revision metadata', () => {
  it('fills in the metadata that revisions lack from their article, and keeps what they have', async () => {
    const { db, migrate } = await emptyDatabase();
    await migrate(migrationsUpTo('0005_search'));
    // Three articles with tags, in the columns 0005 had.
    const old = await fillOldContent(db, { count: 3, updateTime: true });
    const { articles, articleRevisions, articleTags, tags } = schema;
    const [bare, partial, whole] = old.items;
    // A revision saved before revisions had metadata (bare), one with only some of it, and
    // one with all of it.
    const kept = { categoryId: old.category, visibility: 'public', pinned: true, tags: ['Kept'] };
    await setOldMeta(db, partial.revision, kept);
    const wholeMeta = {
      categoryId: old.category,
      sourceUnitId: null,
      sourceText: 'Written whole',
      language: 'zh',
      translationId: null,
      seriesId: null,
      visibility: 'internal',
      pinned: false,
      featured: true,
      mustRead: false,
      tags: ['Whole'],
      coverKey: null,
      attachments: [],
    } satisfies Omit<RevisionMeta, 'originalDate' | 'startingViews'>;
    await setOldMeta(db, whole.revision, wholeMeta);
    await db.update(articles).set({ coverKey: 'cover-key-of-the-row-000' }).where(eq(articles.id, bare.article));

    await migrate(shipped);

    const metaOf = async (revisionId: number) =>
      (await db.select({ meta: articleRevisions.meta }).from(articleRevisions).where(eq(articleRevisions.id, revisionId)))[0].meta;
    const rowOf = async (articleId: number) => {
      const [row] = await db.select().from(articles).where(eq(articles.id, articleId));
      const tagNames = await db
        .select({ name: tags.name })
        .from(articleTags)
        .innerJoin(tags, eq(tags.id, articleTags.tagId))
        .where(eq(articleTags.articleId, articleId))
        .orderBy(asc(tags.name));
      return {
        categoryId: row.categoryId,
        sourceUnitId: row.sourceUnitId,
        sourceText: row.sourceText ?? '',
        language: row.language,
        translationId: row.translationId,
        seriesId: row.seriesId,
        visibility: row.visibility,
        pinned: row.pinned,
        featured: row.featured,
        mustRead: row.mustRead,
        tags: tagNames.map((t) => t.name),
        coverKey: row.coverKey,
        attachments: [],
      } satisfies Omit<RevisionMeta, 'originalDate' | 'startingViews'>;
    };

    const fromRow = await rowOf(bare.article);
    expect(fromRow.tags.length).toBeGreaterThan(0);
    expect(await metaOf(bare.revision)).toEqual({ ...fromRow, coverKey: 'cover-key-of-the-row-000' });
    expect(await metaOf(partial.revision)).toEqual({ ...(await rowOf(partial.article)), ...kept });
    expect(await metaOf(whole.revision)).toEqual(wholeMeta);
    // Every revision has all the fields now.
    const all = await db.select({ meta: articleRevisions.meta }).from(articleRevisions);
    for (const { meta } of all) expect(Object.keys(meta ?? {})).toEqual(expect.arrayContaining(Object.keys(fromRow)));
  });
});
