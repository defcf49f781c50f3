import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pg from '@/db/schema/pg';
import * as sqlite from '@/db/schema/sqlite';

function describeSqlite() {
  const out: Record<string, { name: string; columns: Record<string, { name: string; notNull: boolean }>; indexes: string[] }> = {};
  for (const [key, value] of Object.entries(sqlite)) {
    if (!(value instanceof SQLiteTable)) continue;
    const c = sqliteConfig(value);
    out[key] = {
      name: c.name,
      columns: Object.fromEntries(Object.entries(value).filter(([, col]) => c.columns.includes(col as never)).map(([k, col]) => [k, { name: (col as { name: string }).name, notNull: (col as { notNull: boolean }).notNull }])),
      indexes: c.indexes.map((i) => i.config.name).sort(),
    };
  }
  return out;
}

function describePg() {
  const out: ReturnType<typeof describeSqlite> = {};
  for (const [key, value] of Object.entries(pg)) {
    if (!(value instanceof PgTable)) continue;
    const c = pgConfig(value);
    out[key] = {
      name: c.name,
      columns: Object.fromEntries(Object.entries(value).filter(([, col]) => c.columns.includes(col as never)).map(([k, col]) => [k, { name: (col as { name: string }).name, notNull: (col as { notNull: boolean }).notNull }])),
      indexes: c.indexes.map((i) => i.config.name as string).sort(),
    };
  }
  return out;
}

describe('the SQLite and PostgreSQL schemas', () => {
  it('define the same tables, columns (TS and SQL names, nullability) and indexes', () => {
    const a = describeSqlite();
    const b = describePg();
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const table of Object.keys(a)) expect({ table, ...a[table] }).toEqual({ table, ...b[table] });
  });
});
