import 'server-only';
import { sql } from 'drizzle-orm';
import { db, dialect, rawRows } from '@/db/client';
import { appliedMigration } from '@/db/migrate';
import { countOverdue } from './scheduler';

export type Health = {
  status: 'ok' | 'degraded' | 'unavailable';
  /** Scheduled articles more than two minutes past their time: the scheduler is failing. */
  overdueScheduled?: number;
  database: { dialect: string; reachable: boolean; migrations?: { applied: number; shipped: number; latest: string | null } };
};

/** Public: reports reachability and the schema version, never error details. */
export async function getHealth(): Promise<Health> {
  try {
    await rawRows(db, dialect, sql`select 1 as ok`);
    const migrations = await appliedMigration(db, dialect);
    const current = migrations.applied === migrations.shipped;
    const overdueScheduled = current ? await countOverdue() : 0;
    return {
      status: !current ? 'unavailable' : overdueScheduled > 0 ? 'degraded' : 'ok',
      overdueScheduled,
      database: { dialect, reachable: true, migrations },
    };
  } catch (error) {
    console.error('Health check: database unreachable:', error instanceof Error ? error.message : error);
    return { status: 'unavailable', database: { dialect, reachable: false } };
  }
}
