import { type DialectAdapter, dialectOf } from '@/db/dialect';
import { pgAdapter } from './pg';
import { sqliteAdapter } from './sqlite';

const adapters = { sqlite: sqliteAdapter, postgres: pgAdapter } satisfies Record<DialectAdapter['name'], DialectAdapter>;

/** The adapter of the database that `url` names. */
export function adapterFor(url: string): DialectAdapter {
  return adapters[dialectOf(url)];
}
