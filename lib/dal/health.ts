import 'server-only';
import { checkDatabase, type DatabaseStatus } from '@/db/client';
import { countOverdue } from './scheduler';

export type Health = {
  status: 'ok' | 'degraded' | 'unavailable';
  /** Scheduled articles more than two minutes past their time: the scheduler is failing. */
  overdueScheduled?: number;
  database: DatabaseStatus;
};

/** Public: reports reachability and the schema version, never error details. */
export async function getHealth(): Promise<Health> {
  const database = await checkDatabase();
  const { migrations } = database;
  if (!migrations) return { status: 'unavailable', database };
  try {
    const current = migrations.applied === migrations.shipped;
    const overdueScheduled = current ? await countOverdue() : 0;
    return {
      status: !current ? 'unavailable' : overdueScheduled > 0 ? 'degraded' : 'ok',
      overdueScheduled,
      database,
    };
  } catch (error) {
    console.error('Health check: database unreachable:', error instanceof Error ? error.message : error);
    return { status: 'unavailable', database: { ...database, reachable: false, migrations: undefined } };
  }
}
