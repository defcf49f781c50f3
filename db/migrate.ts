import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Db, type DialectAdapter, migrationsFolder } from './dialect';

// The migrations shipped with this version, and how far a database has applied them.
// Applying them is the adapter's part (Connection.migrate).

type Journal = { entries: { idx: number; tag: string; when: number }[] };

/** The migrations shipped with this version of Newsroom, oldest first. */
export function shippedMigrations(adapter: DialectAdapter): Journal['entries'] {
  const file = path.join(migrationsFolder(adapter.name), 'meta', '_journal.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as Journal).entries;
}

export type MigrationStatus = { applied: number; shipped: number; latest: string | null };

/** How many migrations the database has applied, and the tag of the newest one. */
export async function migrationStatus(database: Db, adapter: DialectAdapter): Promise<MigrationStatus> {
  const count = await adapter.appliedMigrations(database);
  const entries = shippedMigrations(adapter);
  return {
    applied: count,
    shipped: entries.length,
    latest: count > 0 ? (entries[count - 1]?.tag ?? null) : null,
  };
}
