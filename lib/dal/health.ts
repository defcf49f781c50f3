import 'server-only';
import { sql } from 'drizzle-orm';
import { db, dialect, rawRows } from '@/db/client';
import { appliedMigration } from '@/db/migrate';

export type Health = {
  status: 'ok' | 'unavailable';
  database: { dialect: string; reachable: boolean; migrations?: { applied: number; shipped: number; latest: string | null } };
};

/** Public: reports reachability and the schema version, never error details. */
export async function getHealth(): Promise<Health> {
  try {
    await rawRows(db, dialect, sql`select 1 as ok`);
    const migrations = await appliedMigration(db, dialect);
    const current = migrations.applied === migrations.shipped;
    return {
      status: current ? 'ok' : 'unavailable',
      database: { dialect, reachable: true, migrations },
    };
  } catch (error) {
    console.error('Health check: database unreachable:', error instanceof Error ? error.message : error);
    return { status: 'unavailable', database: { dialect, reachable: false } };
  }
}
