import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The column constructors of SQLite: what db/schema/tables.ts declares every table with.
 * Its type is the column kit that both dialects implement (see ../pg/columns.ts).
 */
export const sqliteColumns = {
  table: sqliteTable,
  /** The table's own key, numbered by the database. */
  id: () => integer('id').primaryKey({ autoIncrement: true }),
  int: <TName extends string>(name: TName) => integer(name),
  text: <TName extends string, U extends string, T extends Readonly<[U, ...U[]]>>(
    name: TName,
    config?: { enum: T | Writable<T> },
  ) => text(name, config ?? {}),
  bool: <TName extends string>(name: TName) => integer(name, { mode: 'boolean' }),
  /** A point in time, to the millisecond. */
  timestamp: <TName extends string>(name: TName) => integer(name, { mode: 'timestamp_ms' }),
  /** The default of a timestamp that is set when the row is written. */
  now: () => sql`(unixepoch('subsec') * 1000)`,
  json: <T>(name: string) => text(name, { mode: 'json' }).$type<T>(),
  index,
  uniqueIndex,
  primaryKey,
};

export type ColumnKit = typeof sqliteColumns;
