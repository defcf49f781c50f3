import { readFileSync } from 'node:fs';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { rawRows, schema, type Db } from '@/db/client';
import { emptyDatabase, migrationsUpTo, shippedMigrations } from '../support/migrations';
import { testDialect } from '../support/databases';

// An install of an earlier release holds content when it is upgraded: every migration must
// apply to filled tables, not only to the empty ones of a fresh install. The test builds a
// database as each early release left it, fills it through plain SQL of that release's
// schema, and migrates it with the shipped migrations.

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const now = testDialect === 'postgres' ? sql.raw('now()') : sql.raw(`(unixepoch('subsec') * 1000)`);

/**
 * One published article with one revision, in the columns of the first schema. Releases
 * from 0002 on keep a revision's update time, which their app wrote with the creation time.
 */
async function fillFirstSchema(db: Db, revisionsHaveUpdateTime: boolean) {
  const id = async (query: ReturnType<typeof sql>) => (await rawRows<{ id: number }>(query, db))[0].id;
  const unit = await id(sql`insert into "units" ("code", "name_en", "name_zh", "kind") values ('OU-OLD', 'Old unit', '旧单位', 'company') returning "id"`);
  const user = await id(sql`insert into "users" ("email", "name") values ('old@newsroom.example', 'Old Editor') returning "id"`);
  const category = await id(sql`insert into "categories" ("slug", "name_en", "name_zh") values ('old-news', 'Old news', '旧闻') returning "id"`);
  const article = await id(
    sql`insert into "articles" ("slug", "category_id", "source_unit_id", "author_id", "language", "status", "published_at")
        values ('an-old-story', ${category}, ${unit}, ${user}, 'en', 'published', ${now}) returning "id"`,
  );
  const revision = await id(
    revisionsHaveUpdateTime
      ? sql`insert into "article_revisions" ("article_id", "version", "title", "summary", "body", "editor_id", "created_at", "updated_at")
            values (${article}, 1, 'An old story', 'Told before the upgrade', '<p>Kept through every upgrade.</p>', ${user}, ${now}, ${now}) returning "id"`
      : sql`insert into "article_revisions" ("article_id", "version", "title", "summary", "body", "editor_id")
            values (${article}, 1, 'An old story', 'Told before the upgrade', '<p>Kept through every upgrade.</p>', ${user}) returning "id"`,
  );
  await rawRows(sql`update "articles" set "live_revision_id" = ${revision} where "id" = ${article} returning "id"`, db);
  return { article, revision };
}

describe('upgrading a filled database', () => {
  // Every release before the current one (the journal's tags but the last).
  const journal = JSON.parse(readFileSync(path.join(shippedMigrations, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const releases = journal.entries.slice(0, -1).map((e) => e.tag);
  for (const [index, release] of releases.entries()) {
    it(`migrates a database of ${release} with content to the current schema and keeps the content`, async () => {
      const { db, migrate } = await emptyDatabase(cleanups);
      await migrate(migrationsUpTo(release, cleanups));
      const ids = await fillFirstSchema(db, index >= releases.indexOf('0002_authoring'));

      await migrate(shippedMigrations);

      const { articles, articleRevisions } = schema;
      const [article] = await db.select().from(articles).where(eq(articles.id, ids.article));
      expect(article).toMatchObject({ slug: 'an-old-story', status: 'published', liveRevisionId: ids.revision });
      const revisions = await db.select().from(articleRevisions).orderBy(asc(articleRevisions.id));
      expect(revisions).toHaveLength(1);
      const [revision] = revisions;
      expect(revision).toMatchObject({ title: 'An old story', body: '<p>Kept through every upgrade.</p>', autosave: false });
      // A revision written before revisions had their own update time was last changed when it was made.
      expect(revision.updatedAt.getTime()).toBe(revision.createdAt.getTime());
      // Later migrations fill in what the first schema did not hold.
      expect(revision.meta).toMatchObject({ language: 'en', visibility: 'internal', categoryId: article.categoryId });
    });
  }
});
