import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle as drizzleLibsql } from 'drizzle-orm/libsql';
import { migrate as migrateLibsql } from 'drizzle-orm/libsql/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/postgres-js';
import { migrate as migratePg } from 'drizzle-orm/postgres-js/migrator';
import { type SQL, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { rawRows, schema, type Db } from '@/db/client';
import { createTestDatabase, testDialect } from './databases';

// Databases as an earlier release left them: the shipped migrations up to a tag, applied
// by the migrator itself, so that a test can fill them and then upgrade them.

/** The shipped migrations of the dialect under test. */
export const shippedMigrations = path.join(process.cwd(), 'db', 'migrations', testDialect === 'postgres' ? 'pg' : 'sqlite');

type Cleanup = () => Promise<void> | void;

/** The shipped migrations up to and including `tag`, in a folder of their own. */
export function migrationsUpTo(tag: string, cleanups: Cleanup[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-migrations-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(shippedMigrations, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === tag);
  if (last < 0) throw new Error(`no shipped migration ${tag}`);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return dir;
}

/** A new, empty database of the dialect under test, and how to migrate it from a folder. */
export async function emptyDatabase(cleanups: Cleanup[]): Promise<{ db: Db; migrate: (folder: string) => Promise<void> }> {
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

const now = testDialect === 'postgres' ? sql.raw('now()') : sql.raw(`(unixepoch('subsec') * 1000)`);
const asJson = (value: unknown) => (testDialect === 'postgres' ? sql`${JSON.stringify(value)}::jsonb` : sql`${JSON.stringify(value)}`);

/**
 * Content in the columns of the first schema, which every later release still has: a unit,
 * an editor, a category and `count` published articles, each with one revision and one tag.
 * Releases from 0002 on keep a revision's update time, which their app wrote with the
 * creation time (`updateTime`).
 */
export async function fillOldContent(db: Db, opts: { count: number; updateTime: boolean }) {
  const id = async (query: SQL) => (await rawRows<{ id: number }>(query, db))[0].id;
  const unit = await id(sql`insert into "units" ("code", "name_en", "name_zh", "kind") values ('OU-OLD', 'Old unit', '旧单位', 'company') returning "id"`);
  const user = await id(sql`insert into "users" ("email", "name") values ('old@newsroom.example', 'Old Editor') returning "id"`);
  const category = await id(sql`insert into "categories" ("slug", "name_en", "name_zh") values ('old-news', 'Old news', '旧闻') returning "id"`);
  const items: { article: number; revision: number; tag: string }[] = [];
  for (let n = 1; n <= opts.count; n++) {
    const article = await id(
      sql`insert into "articles" ("slug", "category_id", "source_unit_id", "author_id", "language", "status", "published_at")
          values (${`old-story-${n}`}, ${category}, ${unit}, ${user}, 'en', 'published', ${now}) returning "id"`,
    );
    const title = `Old story ${n}`;
    const body = `<p>Story ${n}, kept through every upgrade.</p>`;
    const revision = await id(
      opts.updateTime
        ? sql`insert into "article_revisions" ("article_id", "version", "title", "summary", "body", "editor_id", "created_at", "updated_at")
              values (${article}, 1, ${title}, 'Told before the upgrade', ${body}, ${user}, ${now}, ${now}) returning "id"`
        : sql`insert into "article_revisions" ("article_id", "version", "title", "summary", "body", "editor_id")
              values (${article}, 1, ${title}, 'Told before the upgrade', ${body}, ${user}) returning "id"`,
    );
    await rawRows(sql`update "articles" set "live_revision_id" = ${revision} where "id" = ${article} returning "id"`, db);
    const tag = `Archive ${n}`;
    const tagId = await id(sql`insert into "tags" ("slug", "name") values (${`archive-${n}`}, ${tag}) returning "id"`);
    await rawRows(sql`insert into "article_tags" ("article_id", "tag_id") values (${article}, ${tagId}) returning "article_id"`, db);
    items.push({ article, revision, tag });
  }
  return { unit, user, category, items };
}

/** Sets a revision's metadata as a release that kept it wrote it. */
export async function setOldMeta(db: Db, revision: number, meta: unknown) {
  await rawRows(sql`update "article_revisions" set "meta" = ${asJson(meta)} where "id" = ${revision} returning "id"`, db);
}
