import { asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '@/db/client';
import { seedDemo } from '@/db/seed';
import type { RevisionMeta } from '@/lib/article-fields';
import { emptyDatabase as emptyOf, migrationsUpTo as upTo, shippedMigrations as shipped } from '../support/migrations';

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
    await seedDemo(db, schema, { password: 'correct-horse-battery-staple' });
    const { articles, articleRevisions, articleTags, tags } = schema;

    // Three revisions of articles with tags, so that the tags are filled in from article_tags.
    const tagged = new Set((await db.select({ articleId: articleTags.articleId }).from(articleTags)).map((r) => r.articleId));
    const revisions = await db
      .select({ id: articleRevisions.id, articleId: articleRevisions.articleId, meta: articleRevisions.meta })
      .from(articleRevisions)
      .orderBy(asc(articleRevisions.id));
    const [bare, partial, whole] = revisions.filter((r) => tagged.has(r.articleId));
    // A revision saved before revisions had metadata, and one with only some of it.
    await db.update(articleRevisions).set({ meta: null }).where(eq(articleRevisions.id, bare.id));
    const kept = { categoryId: partial.meta!.categoryId, visibility: partial.meta!.visibility, pinned: !partial.meta!.pinned, tags: ['Kept'] };
    await db
      .update(articleRevisions)
      .set({ meta: kept as unknown as RevisionMeta })
      .where(eq(articleRevisions.id, partial.id));
    await db.update(articles).set({ coverKey: 'cover-key-of-the-row-000' }).where(eq(articles.id, bare.articleId));

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
      } satisfies RevisionMeta;
    };

    const fromRow = await rowOf(bare.articleId);
    expect(fromRow.tags.length).toBeGreaterThan(0);
    expect(await metaOf(bare.id)).toEqual({ ...fromRow, coverKey: 'cover-key-of-the-row-000' });
    expect(await metaOf(partial.id)).toEqual({ ...(await rowOf(partial.articleId)), ...kept });
    expect(await metaOf(whole.id)).toEqual(whole.meta);
    // Every revision has all the fields now.
    const all = await db.select({ meta: articleRevisions.meta }).from(articleRevisions);
    for (const { meta } of all) expect(Object.keys(meta ?? {}).sort()).toEqual(Object.keys(fromRow).sort());
  });
});
