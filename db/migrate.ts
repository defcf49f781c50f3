import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migrateLibsql } from 'drizzle-orm/libsql/migrator';
import { migrate as migratePg } from 'drizzle-orm/postgres-js/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { type Dialect, type Db, prepareSqlite, rawRows, type connect } from './client';

export function migrationsFolder(dialect: Dialect) {
  return path.join(process.cwd(), 'db', 'migrations', dialect === 'postgres' ? 'pg' : 'sqlite');
}

type Journal = { entries: { idx: number; tag: string; when: number }[] };

/** The migrations shipped with this version of Newsroom, oldest first. */
export function shippedMigrations(dialect: Dialect): Journal['entries'] {
  const file = path.join(migrationsFolder(dialect), 'meta', '_journal.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as Journal).entries;
}

// Any constant works, as long as every instance uses the same one.
const MIGRATION_LOCK = 724_311;

/**
 * Applies pending migrations. On PostgreSQL an advisory lock makes instances that start
 * together take turns, so exactly one applies each migration and the others find nothing
 * left to do.
 */
export async function migrateDatabase(conn: ReturnType<typeof connect>, url: string) {
  const migrationsDir = migrationsFolder(conn.dialect);
  if (conn.dialect === 'sqlite') {
    if (conn.libsql) await prepareSqlite(conn.libsql);
    await migrateLibsql(conn.db, { migrationsFolder: migrationsDir });
    return;
  }
  // One dedicated connection, so that the session lock and the migration share it.
  const client = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const pg = drizzlePg(client);
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      await migratePg(pg, { migrationsFolder: migrationsDir });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** How many migrations the database has applied, and the tag of the newest one. */
export async function appliedMigration(db: Db, dialect: Dialect) {
  const table = dialect === 'postgres' ? sql`drizzle.__drizzle_migrations` : sql`__drizzle_migrations`;
  const rows = await rawRows<{ n: number | string }>(db, dialect, sql`select count(*) as n from ${table}`);
  const first = rows[0];
  const count = Number(first?.n ?? 0);
  const entries = shippedMigrations(dialect);
  return {
    applied: count,
    shipped: entries.length,
    latest: count > 0 ? (entries[count - 1]?.tag ?? null) : null,
  };
}
