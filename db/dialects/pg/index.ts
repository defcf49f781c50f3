import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { type Connection, type Db, type DialectAdapter, errorParts, migrationsFolder } from '@/db/dialect';
import { env } from '@/lib/env';
import * as schema from '../../schema/pg';
import { pgSearch } from './search';
import { rows, typedAs } from './typed';

// PostgreSQL, through the `postgres` driver: a pool per instance, several instances per
// database.

// Any constant works, as long as every instance uses the same one.
const MIGRATION_LOCK = 724_311;

/**
 * Applies pending migrations. An advisory lock makes instances that start together take
 * turns, so exactly one applies each migration and the others find nothing left to do.
 */
async function migrateWithLock(url: string) {
  // One dedicated connection, so that the session lock and the migration share it.
  const client = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      await migrate(drizzle(client), { migrationsFolder: migrationsFolder('postgres') });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

function open(url: string): Connection {
  const client = postgres(url, { max: env.NEWSROOM_PG_POOL, connect_timeout: 10, onnotice: () => {} });
  const db = typedAs<Db>(drizzle(client, { schema }));
  return {
    adapter: pgAdapter,
    db,
    schema,
    transaction: (fn) => db.transaction((tx) => fn(tx)),
    migrate: () => migrateWithLock(url),
    // PostgreSQL's autovacuum keeps the statistics fresh.
    optimize: async () => {},
    backup: async () => {
      throw new Error('for PostgreSQL use pg_dump (see README, "Backups").');
    },
    close: () => client.end({ timeout: 5 }),
  };
}

function describeError(error: unknown, url: string): string {
  const { code, message } = errorParts(error);
  let where = 'the PostgreSQL server';
  try {
    const u = new URL(url);
    where = `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    // keep the generic name
  }
  if (code === 'ECONNREFUSED') return `Cannot reach ${where}: connection refused. Is the server running?`;
  if (code === '28P01' || code === '28000') return `Cannot sign in to ${where}: ${message}. Check the user and password in DATABASE_URL.`;
  if (code === '3D000') return `${where} has no such database: ${message}. Create it first (createdb).`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `Cannot resolve the host of ${where}.`;
  if (code === 'CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return `Timed out connecting to ${where}.`;
  return `Cannot use ${where}: ${message}`;
}

export const pgAdapter: DialectAdapter = {
  name: 'postgres',
  schema,
  sharedByInstances: true,
  open,
  createdOnFirstStart: () => false,
  rows,
  jsonText: (column, key) => sql<string | null>`(${column} ->> ${key}::text)`,
  async appliedMigrations(database) {
    const [row] = await rows<{ n: number | string }>(database, sql`select count(*) as n from drizzle.__drizzle_migrations`);
    return Number(row?.n ?? 0);
  },
  describeError,
  search: pgSearch,
};
