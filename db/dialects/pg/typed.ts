import type { SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { Db } from '@/db/dialect';

/**
 * The one cast of the seam. Drizzle has no schema or database type common to both
 * dialects, so the app is written against the SQLite types (db/dialect.ts: `Schema`, `Db`)
 * and, on PostgreSQL, the same names hold PostgreSQL objects with the same query-builder
 * API (select, insert, update, delete, returning, onConflict…, transactions). Only this
 * folder sees them as what they are: the column kit (./columns.ts), the database handle
 * (./index.ts) and raw queries (below). The tables are declared once
 * (db/schema/tables.ts), and tests/unit/schema.test.ts checks that the two schemas differ
 * only in the column types that the kits map one to one.
 */
export function typedAs<T>(value: unknown): T {
  return value as T;
}

/** Rows of a raw SQL query, on a PostgreSQL database or transaction; `T` is the caller's word, as with SQLite's `all<T>`. */
export async function rows<T>(database: Db, query: SQL): Promise<T[]> {
  const result = await typedAs<PostgresJsDatabase>(database).execute(query);
  return typedAs<T[]>([...result]);
}
