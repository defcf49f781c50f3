import { readFileSync } from 'node:fs';
import path from 'node:path';
import { is, SQL } from 'drizzle-orm';
import { getTableConfig as pgConfig, PgDialect, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteSyncDialect, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { pgColumns } from '@/db/dialects/pg/columns';
import { sqliteColumns } from '@/db/dialects/sqlite/columns';
import * as pg from '@/db/schema/pg';
import * as sqlite from '@/db/schema/sqlite';
import { defineTables } from '@/db/schema/tables';

// The two schemas are one declaration (db/schema/tables.ts) with each database's column
// kit. These tests hold them to that: the same tables, columns, keys, references and
// indexes, and column types that differ only as the kits map them one to one.

/** What each database calls the same kind of column. */
const COLUMN_TYPES: Record<string, string> = {
  SQLiteInteger: 'PgInteger',
  SQLiteText: 'PgText',
  SQLiteBoolean: 'PgBoolean',
  SQLiteTimestamp: 'PgTimestamp',
  SQLiteTextJson: 'PgJsonb',
};

type Column = {
  name: string;
  columnType: string;
  notNull: boolean;
  primary: boolean;
  hasDefault: boolean;
  default?: unknown;
  isUnique: boolean;
  enumValues?: string[];
  onUpdateFn?: unknown;
  autoIncrement?: boolean;
};
type Named = { name: string };
type Config = {
  name: string;
  columns: Column[];
  indexes: { config: { name?: string; unique: boolean; columns: Named[] } }[];
  foreignKeys: { onDelete?: string; onUpdate?: string; reference: () => { columns: Named[]; foreignColumns: (Named & { table: unknown })[] } }[];
  primaryKeys: { columns: Named[] }[];
  uniqueConstraints: unknown[];
};

const sqliteSql = new SQLiteSyncDialect();
const pgSql = new PgDialect();

/** Every table of a schema module in terms both databases share; column types as SQLite names them. */
function describeSchema(module: object, dialect: 'sqlite' | 'pg') {
  const isTable = (v: unknown) => (dialect === 'sqlite' ? is(v, SQLiteTable) : is(v, PgTable));
  const config = (t: unknown) => (dialect === 'sqlite' ? sqliteConfig(t as never) : pgConfig(t as never)) as unknown as Config;
  const render = (s: SQL) => (dialect === 'sqlite' ? sqliteSql : pgSql).sqlToQuery(s).sql;
  const now = render((dialect === 'sqlite' ? sqliteColumns : pgColumns).now());
  const tableName = (t: unknown) => config(t).name;
  const out: Record<string, unknown> = {};
  for (const [key, table] of Object.entries(module)) {
    if (!isTable(table)) continue;
    const c = config(table);
    const columns = Object.entries(table as Record<string, Column>).filter(([, col]) => c.columns.includes(col));
    out[key] = {
      name: c.name,
      columns: Object.fromEntries(
        columns.map(([k, col]) => {
          // A serial column is PostgreSQL's integer numbered by the database.
          const type = col.columnType === 'PgSerial' ? 'PgInteger' : col.columnType;
          const sqliteType = dialect === 'sqlite' ? type : Object.keys(COLUMN_TYPES).find((s) => COLUMN_TYPES[s] === type);
          const numbered = dialect === 'sqlite' ? !!col.autoIncrement : col.columnType === 'PgSerial';
          const value = is(col.default, SQL) ? (render(col.default as SQL) === now ? 'now()' : render(col.default as SQL)) : col.default;
          return [
            k,
            {
              name: col.name,
              type: sqliteType ?? `unmapped ${col.columnType}`,
              notNull: col.notNull,
              primary: col.primary,
              numbered,
              default: col.hasDefault ? value : undefined,
              unique: col.isUnique,
              enum: col.enumValues,
              onUpdate: typeof col.onUpdateFn,
            },
          ];
        }),
      ),
      indexes: c.indexes
        .map((i) => ({ name: i.config.name, unique: i.config.unique, columns: i.config.columns.map((col) => col.name) }))
        .sort((a, b) => String(a.name).localeCompare(String(b.name))),
      foreignKeys: c.foreignKeys
        .map((f) => {
          const r = f.reference();
          return {
            columns: r.columns.map((col) => col.name),
            table: tableName(r.foreignColumns[0].table),
            foreignColumns: r.foreignColumns.map((col) => col.name),
            // Unset is "no action", which PostgreSQL's builder writes out.
            onDelete: f.onDelete ?? 'no action',
            onUpdate: f.onUpdate ?? 'no action',
          };
        })
        .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
      primaryKeys: c.primaryKeys.map((p) => p.columns.map((col) => col.name)),
      uniqueConstraints: c.uniqueConstraints.length,
    };
  }
  return out;
}

describe('the SQLite and PostgreSQL schemas', () => {
  const a = describeSchema(sqlite, 'sqlite');
  const b = describeSchema(pg, 'pg');

  it('define the same tables, columns, keys, references and indexes, with column types that map one to one', () => {
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const table of Object.keys(a)) expect({ table, ...(b[table] as object) }).toEqual({ table, ...(a[table] as object) });
    expect(JSON.stringify(a)).not.toContain('unmapped');
  });

  it('export every table of the one declaration, so that drizzle-kit sees them all', () => {
    const declared = Object.keys(defineTables(sqliteColumns)).sort();
    expect(Object.keys(sqlite).sort()).toEqual(declared);
    expect(Object.keys(pg).sort()).toEqual(declared);
  });

  it('are files that differ only in the column kit they use', () => {
    const read = (file: string) =>
      readFileSync(path.join(import.meta.dirname, '../../db/schema', file), 'utf8')
        .replaceAll(/sqliteColumns|pgColumns/g, 'KIT')
        .replaceAll(/dialects\/(sqlite|pg)\/columns/g, 'dialects/KIT/columns')
        .replaceAll(/SQLite|PostgreSQL/g, 'DATABASE');
    expect(read('pg.ts')).toEqual(read('sqlite.ts'));
  });

  it('are declared with column kits that offer the same constructors', () => {
    expect(Object.keys(pgColumns).sort()).toEqual(Object.keys(sqliteColumns).sort());
  });
});
