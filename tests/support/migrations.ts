import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle as drizzleLibsql } from 'drizzle-orm/libsql';
import { migrate as migrateLibsql } from 'drizzle-orm/libsql/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/postgres-js';
import { migrate as migratePg } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { schema, type Db } from '@/db/client';
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
