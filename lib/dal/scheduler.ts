import 'server-only';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { db, schema, transaction } from '@/db/client';
import { AppError, type ErrorCode } from '@/lib/errors';
import { invalidatePublicPages } from '@/lib/server/page-cache';
import { canStartFrom } from '@/lib/workflow';
import { inWorkState, loadHead } from './article-row';
import { writeAudit } from './audit';
import { notify } from './notifications';
import { applyMove, requireApproved, titleOf } from './workflow';

const { articles } = schema;

// The scheduled publication: the `publish_scheduled` move of the workflow, made by the
// scheduler loop (lib/server/scheduler.ts) when an article's time has come.

export type SchedulerRun = { published: number[]; failed: { id: number; error: ErrorCode }[] };

/**
 * Publishes every scheduled item that is due. Each item is claimed with a conditional
 * update inside its own transaction, so with several instances (or loops) on one database
 * each item is published exactly once. A failure is recorded on the article (as an error
 * code), written to the audit log and notified to the unit's editors and the admins; the
 * item stays scheduled and is tried again on the next run.
 */
export async function publishDueArticles(input: { now?: Date; limit?: number } = {}): Promise<SchedulerRun> {
  const now = input.now ?? new Date();
  const due = await db
    .select({ id: articles.id, scheduledAt: articles.scheduledAt })
    .from(articles)
    .where(and(inWorkState('scheduled'), lte(articles.scheduledAt, now)))
    .orderBy(asc(articles.scheduledAt), asc(articles.id))
    .limit(input.limit ?? 50);
  const run: SchedulerRun = { published: [], failed: [] };
  for (const item of due) {
    try {
      const done = await transaction(async (tx) => {
        const head = await loadHead(tx, item.id);
        if (!head || !canStartFrom('publish_scheduled', head) || !head.scheduledAt || head.scheduledAt > now) return false;
        const [claimed] = await tx
          .update(articles)
          .set({ scheduledAt: null })
          .where(and(eq(articles.id, item.id), inWorkState('scheduled'), eq(articles.scheduledAt, head.scheduledAt)))
          .returning({ id: articles.id });
        if (!claimed) return false;
        requireApproved(head);
        await applyMove(tx, head, 'publish_scheduled', { actorId: null, now, data: { scheduledAt: head.scheduledAt.toISOString() } });
        return true;
      });
      if (done) {
        run.published.push(item.id);
        invalidatePublicPages();
      }
    } catch (error) {
      // What went wrong, for people, is a code; anything unexpected is in the log.
      const code: ErrorCode = error instanceof AppError ? error.code : 'schedule_error';
      if (!(error instanceof AppError)) console.error(`Scheduler: article ${item.id} could not be published:`, error);
      run.failed.push({ id: item.id, error: code });
      await recordScheduleFailure(item.id, code).catch((e) => console.error('Scheduler: could not record a failure', e));
    }
  }
  return run;
}

async function recordScheduleFailure(id: number, code: ErrorCode) {
  await transaction(async (tx) => {
    const head = await loadHead(tx, id);
    if (!head) return;
    await tx.update(articles).set({ scheduleError: code }).where(eq(articles.id, id));
    // Tell people once per failure, not on every retry.
    if (head.scheduleError) return;
    await writeAudit(tx, {
      actorId: null,
      action: 'article.schedule_failed',
      entityType: 'article',
      entityId: id,
      fromState: 'scheduled',
      toState: 'scheduled',
      comment: code,
    });
    await notify(tx, { kind: 'schedule_failed', articleId: id, actorId: null, data: { title: await titleOf(tx, head), failure: code } });
  });
}

/** Scheduled items that should have gone out more than `graceMs` ago: for /api/health. */
export async function countOverdue(input: { now?: Date; graceMs?: number } = {}) {
  const now = input.now ?? new Date();
  const cutoff = new Date(now.getTime() - (input.graceMs ?? 120_000));
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(articles)
    .where(and(inWorkState('scheduled'), lte(articles.scheduledAt, cutoff)));
  return row?.n ?? 0;
}
