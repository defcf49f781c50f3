import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pg from '@/db/schema/pg';
import * as sqlite from '@/db/schema/sqlite';

type Column = { name: string; notNull: boolean };
type Config = { name: string; columns: unknown[]; indexes: { config: { name?: string } }[] };

/** Tables by TS name: SQL name, columns (TS name -> SQL name, nullability) and index names. */
function describeSchema(module: Record<string, unknown>, isTable: (v: unknown) => boolean, config: (t: never) => Config) {
  const out: Record<string, { name: string; columns: Record<string, Column>; indexes: string[] }> = {};
  for (const [key, table] of Object.entries(module)) {
    if (!isTable(table)) continue;
    const c = config(table as never);
    const columns = Object.entries(table as Record<string, Column>).filter(([, col]) => c.columns.includes(col));
    out[key] = {
      name: c.name,
      columns: Object.fromEntries(columns.map(([k, col]) => [k, { name: col.name, notNull: col.notNull }])),
      indexes: c.indexes.map((i) => i.config.name ?? '').sort(),
    };
  }
  return out;
}

describe('the SQLite and PostgreSQL schemas', () => {
  it('define the same tables, columns (TS and SQL names, nullability) and indexes', () => {
    const a = describeSchema(sqlite, (v) => v instanceof SQLiteTable, sqliteConfig as never);
    const b = describeSchema(pg, (v) => v instanceof PgTable, pgConfig as never);
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const table of Object.keys(a)) expect({ table, ...a[table] }).toEqual({ table, ...b[table] });
  });
});
