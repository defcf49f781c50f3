import 'server-only';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzleLibsql, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { drizzle as drizzlePg } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env, isPostgresUrl } from '@/lib/env';
import * as pgSchema from './schema/pg';
import * as sqliteSchema from './schema/sqlite';

// One data layer for both databases. The two schemas have identical TypeScript names,
// so the whole app is typed against the SQLite one and sticks to the query-builder API
// that both dialects share (select/insert/update/delete, returning, transactions).

export type Schema = typeof sqliteSchema;
export type Db = LibSQLDatabase<Schema>;
export type Dialect = 'sqlite' | 'postgres';

export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

export const DEFAULT_SQLITE_URL = 'file:data/newsroom.db';

export function sqlitePathOf(url: string): string {
  const raw = url.replace(/^file:(\/\/)?/, '');
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
}

type Connection = { db: Db; dialect: Dialect; close: () => Promise<void>; libsql?: Client };

export function connect(url: string, opts: { create?: boolean } = {}): Connection {
  if (isPostgresUrl(url)) {
    const sql = postgres(url, {
      max: env.NEWSROOM_PG_POOL,
      connect_timeout: 10,
      onnotice: () => {},
    });
    const db = drizzlePg(sql, { schema: pgSchema }) as unknown as Db;
    return { db, dialect: 'postgres', close: () => sql.end({ timeout: 5 }) };
  }
  const file = sqlitePathOf(url);
  if (!existsSync(file)) {
    if (!opts.create) {
      throw new DatabaseUnavailableError(
        `Database file ${file} does not exist. Run "npm run db:migrate" to create it, or fix DATABASE_URL.`,
      );
    }
    mkdirSync(path.dirname(file), { recursive: true });
  }
  const client = createClient({ url: `file:${file}`, timeout: 5000, concurrency: 8 });
  const db = drizzleLibsql(client, { schema: sqliteSchema });
  return {
    db,
    dialect: 'sqlite',
    libsql: client,
    close: async () => client.close(),
  };
}

/**
 * Settings that belong to the file rather than the connection, applied at start-up, and
 * fresh planner statistics so that SQLite picks the right index as the tables grow.
 */
export async function prepareSqlite(client: Client) {
  await client.execute('PRAGMA journal_mode = WAL');
  await client.execute('PRAGMA synchronous = FULL');
}

export async function optimizeSqlite(client: Client) {
  await client.execute('PRAGMA optimize = 0x10002');
}

let current: Connection | undefined;

function connection(): Connection {
  current ??= connect(env.DATABASE_URL);
  return current;
}

export const dialect: Dialect = isPostgresUrl(env.DATABASE_URL) ? 'postgres' : 'sqlite';

/** The tables of the configured dialect, typed as one schema. */
export const schema: Schema = (dialect === 'postgres' ? pgSchema : sqliteSchema) as unknown as Schema;

/** The app's database, opened on first use so that building never touches it. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const target = connection().db as unknown as Record<PropertyKey, unknown>;
    const value = target[prop];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  },
});

/**
 * Runs `fn` in a transaction that takes the write lock up front on SQLite (BEGIN
 * IMMEDIATE), so a read-then-write never fails with SQLITE_BUSY half way.
 */
export function transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
  const conn = connection();
  if (conn.dialect === 'sqlite') {
    // The SQLite driver waits for a busy lock synchronously, which blocks the event loop
    // that the transaction holding the lock needs in order to finish: two write
    // transactions of one process would wait on each other until the timeout. SQLite has
    // one writer anyway, so the process queues its own write transactions.
    const run = sqliteWrites.then(() =>
      conn.db.transaction((tx) => fn(tx as unknown as Db), { behavior: 'immediate' }),
    );
    sqliteWrites = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
  return conn.db.transaction((tx) => fn(tx as unknown as Db));
}

let sqliteWrites: Promise<void> = Promise.resolve();

/** Rows of a raw SQL query, whichever the dialect. */
export async function rawRows<T>(database: Db, which: Dialect, query: SQL): Promise<T[]> {
  if (which === 'sqlite') return (await database.all(query)) as T[];
  const pg = database as unknown as { execute: (q: SQL) => Promise<unknown> };
  return [...((await pg.execute(query)) as Iterable<T>)];
}

/** Closes the app's connection (tests and scripts). */
export async function closeDatabase() {
  if (current) await current.close();
  current = undefined;
}
