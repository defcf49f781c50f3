import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ColumnKit } from '../sqlite/columns';
import { typedAs } from './typed';

const kit = {
  table: pgTable,
  id: () => serial('id').primaryKey(),
  int: (name: string) => integer(name),
  text: <U extends string, T extends Readonly<[U, ...U[]]>>(name: string, config?: { enum: T }) => text(name, config ?? {}),
  bool: (name: string) => boolean(name),
  timestamp: (name: string) => timestamp(name, { mode: 'date', withTimezone: true, precision: 3 }),
  /** What `defaultNow()` writes. */
  now: () => sql`now()`,
  json: (name: string) => jsonb(name),
  index,
  uniqueIndex,
  primaryKey,
} satisfies Record<keyof ColumnKit, unknown>;

/** The column constructors of PostgreSQL, presented as the kit the tables are declared with. */
export const pgColumns = typedAs<ColumnKit>(kit);
