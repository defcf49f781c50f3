import path from 'node:path';
import type { ResultSet } from '@libsql/client';
import type { SQL, SQLWrapper } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { ParsedQuery } from '@/lib/search/query';
import type { Tables } from './schema/tables';

// The seam between Newsroom and its two databases. Everything that differs between SQLite
// and PostgreSQL lives in one folder per dialect, db/dialects/sqlite and db/dialects/pg,
// behind the interface below; the rest of the app (lib/, app/, scripts/) never asks which
// database it runs on. db/client.ts picks the app's adapter once, from DATABASE_URL.
//
// The app is typed against Drizzle's SQLite types: `Schema` and `Db` below. Drizzle has no
// types common to both dialects; PostgreSQL's objects offer the same query-builder API and
// are presented with these types in db/dialects/pg (its `typedAs`, the one cast).

export type { ColumnKit } from './dialects/sqlite/columns';

/** Every table, typed as one schema for both databases. */
export type Schema = Tables;

/** A database handle or a transaction: what the data layer queries with. */
export type Db = BaseSQLiteDatabase<'async', ResultSet, Schema>;

export type DialectName = 'sqlite' | 'postgres';

/** Which database a DATABASE_URL names: postgres:// is PostgreSQL, anything else (file:…) the SQLite file. */
export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** Each dialect's schema file and its folder of migrations under db/migrations, for drizzle-kit and the migrator. */
export const dialectFiles = {
  sqlite: { drizzleKit: 'sqlite', schema: './db/schema/sqlite.ts', migrations: 'sqlite' },
  postgres: { drizzleKit: 'postgresql', schema: './db/schema/pg.ts', migrations: 'pg' },
} as const;

/** The folder of a dialect's migrations. */
export function migrationsFolder(name: DialectName): string {
  return path.join(process.cwd(), 'db', 'migrations', dialectFiles[name].migrations);
}

export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

/** The code and the first line of the message of a driver's error, for DialectAdapter.describeError. */
export function errorParts(error: unknown): { code: string | undefined; message: string } {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e?.code ?? e?.cause?.code;
  const message = (e?.cause?.message ?? e?.message ?? String(error)).split('\n')[0];
  return { code, message };
}

/** A search candidate: an article id and its score (higher ranks first). */
export type Candidate = { id: number; score: number };

/** The full-text search of one database (FTS5 on SQLite, tsvector and GIN on PostgreSQL). */
export interface SearchEngine {
  /**
   * The newest `limit` + 1 articles that match `query` and `facets` (groups of filter
   * tokens, any of a group) and meet `allowed` (conditions on articles) and
   * `documentConditions` (on search_documents), newest first; the first `limit` of them
   * scored. Null when the query has no terms.
   */
  candidates(
    database: Db,
    input: { query: ParsedQuery; facets: string[][]; allowed: SQL; documentConditions: SQL[]; limit: number },
  ): Promise<Candidate[] | null>;
  /** Brings the engine's own structures in line after search_documents was rebuilt. */
  afterRebuild(database: Db): Promise<void>;
  /** Bytes the index takes (the search benchmark). */
  size(database: Db): Promise<number>;
}

/** An open database. */
export interface Connection {
  readonly adapter: DialectAdapter;
  readonly db: Db;
  readonly schema: Schema;
  /**
   * Runs `fn` in a transaction that cannot fail half way for want of the write lock (on
   * SQLite it takes the lock up front, and the process queues its own writers).
   */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Applies the migrations that are due; instances that start together take turns. */
  migrate(): Promise<void>;
  /** Refreshes the planner's statistics after a batch of writes (the seed). */
  optimize(): Promise<void>;
  /** Writes a consistent copy of the database to `file` while it is in use; resolves to an integrity verdict. */
  backup(file: string): Promise<{ ok: boolean; verdict: string }>;
  close(): Promise<void>;
}

export interface DialectAdapter {
  readonly name: DialectName;
  readonly schema: Schema;
  /** Several instances of the portal may share this database (behind a load balancer). */
  readonly sharedByInstances: boolean;
  /**
   * Opens `url`. A database file that does not exist yet is created with `create`;
   * otherwise opening it throws DatabaseUnavailableError.
   */
  open(url: string, opts?: { create?: boolean }): Connection;
  /** Whether the first start creates this database (the embedded default file). */
  createdOnFirstStart(url: string): boolean;
  /** Rows of a raw SQL query. */
  rows<T>(database: Db, query: SQL): Promise<T[]>;
  /** The text of a top-level key of a JSON column (null when absent): a filter on meeting data. */
  jsonText(column: SQLWrapper, key: string): SQL<string | null>;
  /** How many migrations the database has applied. */
  appliedMigrations(database: Db): Promise<number>;
  /** One readable line about an error of opening or migrating `url`; never a stack trace. */
  describeError(error: unknown, url: string): string;
  readonly search: SearchEngine;
}
