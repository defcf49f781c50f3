import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { asc, eq } from 'drizzle-orm';
import { drizzle as drizzleLibsql } from 'drizzle-orm/libsql';
import { migrate as migrateLibsql } from 'drizzle-orm/libsql/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/postgres-js';
import { migrate as migratePg } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { schema, type Db } from '@/db/client';
import { seedDemo } from '@/db/seed';
import type { RevisionMeta } from '@/lib/article-fields';
import { createTestDatabase, testDialect } from '../support/databases';

// Migration 0006 fills in the metadata of revisions saved before revisions carried it
// (or with fewer keys), so that the app reads every revision's fields from the revision.
// The test builds a database as 0005 left it, with such revisions, and migrates it.

const shipped = path.join(process.cwd(), 'db', 'migrations', testDialect === 'postgres' ? 'pg' : 'sqlite');
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The shipped migrations up to and including `tag`, in a folder of their own. */
function migrationsUpTo(tag: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-migrations-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(shipped, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === tag);
  expect(last).toBeGreaterThanOrEqual(0);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return dir;
}

/** A new, empty database of the dialect under test, and how to migrate it from a folder. */
async function emptyDatabase(): Promise<{ db: Db; migrate: (folder: string) => Promise<void> }> {
  const database = await createTestDatabase('newsroom-migration');
  cleanups.push(database.drop);
  if (testDialect === 'postgres') {
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    cleanups.push(() => client.end());
    const db = drizzlePg(client, { schema });
    return { db: db as unknown as Db, migrate: (folder) => migratePg(db, { migrationsFolder: folder }) };
  }
  const client = createClient({ url: database.url });
  cleanups.push(() => client.close());
  const db = drizzleLibsql(client, { schema });
  return { db: db as unknown as Db, migrate: (folder) => migrateLibsql(db, { migrationsFolder: folder }) };
}

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
      } satisfies Omit<RevisionMeta, 'originalDate' | 'startingViews'>;
    };

    const fromRow = await rowOf(bare.articleId);
    expect(fromRow.tags.length).toBeGreaterThan(0);
    expect(await metaOf(bare.id)).toEqual({ ...fromRow, coverKey: 'cover-key-of-the-row-000' });
    expect(await metaOf(partial.id)).toEqual({ ...(await rowOf(partial.articleId)), ...kept });
    expect(await metaOf(whole.id)).toEqual(whole.meta);
    // Every revision has all the fields now.
    const all = await db.select({ meta: articleRevisions.meta }).from(articleRevisions);
    for (const { meta } of all) expect(Object.keys(meta ?? {})).toEqual(expect.arrayContaining(Object.keys(fromRow)));
  });
});
