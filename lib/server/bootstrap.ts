import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { connect, DEFAULT_SQLITE_URL, optimizeSqlite, rawRows, sqlitePathOf } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { rebuildSearchIndex, searchIndexIsStale } from '@/db/search-index';
import * as pgSchema from '@/db/schema/pg';
import * as sqliteSchema from '@/db/schema/sqlite';
import type { Schema } from '@/db/client';
import { isPostgresUrl } from '@/lib/env';

// Shared by the start script, `npm run db:*` and the users CLI: open the configured
// database, refusing to invent one where it must already exist, and migrate it.

export class StartupError extends Error {}

/** One readable line about a database error; never a stack trace. */
export function describeDbError(error: unknown, url: string): string {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e?.code ?? e?.cause?.code;
  const message = (e?.cause?.message ?? e?.message ?? String(error)).split('\n')[0];
  if (isPostgresUrl(url)) {
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
  const file = sqlitePathOf(url);
  if (code === 'SQLITE_NOTADB' || /not a database/i.test(message)) return `The file ${file} is not a SQLite database (or is corrupt).`;
  if (code === 'SQLITE_CANTOPEN' || /unable to open/i.test(message)) return `Cannot open the SQLite database ${file}: check that the folder exists and is writable.`;
  if (code === 'SQLITE_READONLY' || /readonly/i.test(message)) return `The SQLite database ${file} is read-only: the server needs write access to it and its folder.`;
  return `Cannot use the SQLite database ${file}: ${message}`;
}

/**
 * Opens and migrates the database. The embedded default file is created on first start;
 * any other file must exist unless `create` is set (an explicit `npm run db:migrate`).
 */
export async function openDatabase(url: string, opts: { create?: boolean; migrate?: boolean } = {}) {
  const postgres = isPostgresUrl(url);
  const isDefault = !postgres && sqlitePathOf(url) === sqlitePathOf(DEFAULT_SQLITE_URL);
  const created = !postgres && !existsSync(sqlitePathOf(url));
  let conn;
  try {
    conn = connect(url, { create: opts.create || isDefault });
  } catch (error) {
    throw new StartupError(error instanceof Error ? error.message : String(error));
  }
  try {
    await rawRows(conn.db, conn.dialect, sql`select 1 as ok`);
    if (opts.migrate !== false) await migrateDatabase(conn, url);
  } catch (error) {
    await conn.close().catch(() => {});
    throw new StartupError(describeDbError(error, url));
  }
  const schema = (postgres ? pgSchema : sqliteSchema) as unknown as Schema;
  // A database from a version without search (or whose index was lost) is indexed now,
  // so that an upgrade never leaves search empty.
  if (opts.migrate !== false && (await searchIndexIsStale(conn.db, schema))) {
    await rebuildSearchIndex(conn.db, schema, conn.dialect);
  }
  const close = async () => {
    // Refresh the planner's statistics after whatever this connection wrote (the seed).
    if (conn.libsql) await optimizeSqlite(conn.libsql).catch(() => {});
    await conn.close();
  };
  return { ...conn, close, schema, created };
}
