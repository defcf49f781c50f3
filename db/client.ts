import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { env } from '@/lib/env';
import type { Connection, Db, DialectName, Schema } from './dialect';
import { adapterFor } from './dialects';
import { migrationStatus, type MigrationStatus } from './migrate';

// The app's database: one data layer for both databases. What differs between them sits
// behind db/dialect.ts; this module picks the adapter once, from DATABASE_URL, and the app
// sticks to the query-builder API that both share (select/insert/update/delete,
// returning, transactions), typed as one schema.

export type { Db, Schema } from './dialect';

/** The adapter of the configured database. */
export const adapter = adapterFor(env.DATABASE_URL);

/** The tables of the configured database, typed as one schema. */
export const schema: Schema = adapter.schema;

let current: Connection | undefined;

function connection(): Connection {
  current ??= adapter.open(env.DATABASE_URL);
  return current;
}

/** The app's database, opened on first use so that building never touches it. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const target = connection().db;
    const value: unknown = Reflect.get(target, prop);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});

/**
 * Runs `fn` in a transaction that never fails half way for want of the write lock (on
 * SQLite: BEGIN IMMEDIATE, the process's writers queued).
 */
export function transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
  return connection().transaction(fn);
}

/** Rows of a raw SQL query, on the app's database or a transaction of it. */
export function rawRows<T>(query: SQL, database: Db = db): Promise<T[]> {
  return adapter.rows<T>(database, query);
}

export type DatabaseStatus = { dialect: DialectName; reachable: boolean; migrations?: MigrationStatus };

/** Which database this is, whether it answers, and how far it is migrated. Never throws. */
export async function checkDatabase(): Promise<DatabaseStatus> {
  try {
    await rawRows(sql`select 1 as ok`);
    return { dialect: adapter.name, reachable: true, migrations: await migrationStatus(db, adapter) };
  } catch (error) {
    console.error('Health check: database unreachable:', error instanceof Error ? error.message : error);
    return { dialect: adapter.name, reachable: false };
  }
}

/** Closes the app's connection (tests and scripts). */
export async function closeDatabase() {
  if (current) await current.close();
  current = undefined;
}
