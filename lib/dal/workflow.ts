import 'server-only';
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { db, schema, transaction, type Db } from '@/db/client';
import { tagSlug, type RevisionMeta } from '@/lib/article-fields';
import { AppError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import {
  canEditArticle,
  canViewDraft,
  isAdmin,
  roleCovers,
  type UnitParents,
  type Viewer,
} from '@/lib/permissions';
import { invalidatePublicPages } from '@/lib/server/page-cache';
import { slugify } from '@/lib/utils';
import {
  canStartFrom,
  COMMENT_MAX,
  stateColumns,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  workState,
  type WorkflowAction,
  type WorkState,
} from '@/lib/workflow';
import { writeAudit } from './audit';
import { notify, type NotificationKind } from './notifications';
import { syncSearchDocument } from './search';
import { getUnitParents } from './units';

const { articles, articleRevisions, articleTags, tags, auditLog, users } = schema;

// Every move of the approval workflow goes through transitionArticle: in one transaction
// it checks the role, the unit scope, the current state and the version acted on, applies
// the move with a conditional update (so of two racing moves exactly one wins), writes the
// audit log and notifies the people concerned.

/** A workflow move refused for a reason the user can act on; `reason` picks the message. */
export class WorkflowError extends AppError {
  constructor(
    readonly reason:
      | 'illegal'
      | 'stale'
      | 'race'
      | 'comment_required'
      | 'comment_too_long'
      | 'self_approval'
      | 'not_approved'
      | 'schedule_past'
      | 'schedule_far'
      | 'not_reviewed_version',
    message: string,
    code: 'conflict' | 'validation' | 'forbidden' = 'conflict',
  ) {
    super(code, message);
    this.name = 'WorkflowError';
  }
}

type Head = {
  id: number;
  status: WorkState;
  pendingState: 'draft' | 'in_review' | 'approved' | 'scheduled' | 'rejected' | null;
  version: number;
  sourceUnitId: number | null;
  authorId: number;
  liveRevisionId: number | null;
  workingRevisionId: number | null;
  submittedVersion: number | null;
  approvedVersion: number | null;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  scheduleError: string | null;
};

const headColumns = {
  id: articles.id,
  status: articles.status,
  pendingState: articles.pendingState,
  version: articles.version,
  sourceUnitId: articles.sourceUnitId,
  authorId: articles.authorId,
  liveRevisionId: articles.liveRevisionId,
  workingRevisionId: articles.workingRevisionId,
  submittedVersion: articles.submittedVersion,
  approvedVersion: articles.approvedVersion,
  scheduledAt: articles.scheduledAt,
  publishedAt: articles.publishedAt,
  scheduleError: articles.scheduleError,
};

async function loadHead(tx: Db, id: number): Promise<Head | undefined> {
  const [head] = await tx.select(headColumns).from(articles).where(eq(articles.id, id)).limit(1);
  return head;
}

/** Who may review an article: approvers whose scope covers its unit, and admins. */
export function canReview(viewer: Viewer, article: { sourceUnitId: number | null }, parents: UnitParents) {
  return isAdmin(viewer) || roleCovers(viewer, 'approver', article.sourceUnitId, parents);
}

/** Whether the viewer wrote or edited any revision of the pending change (separation of duties). */
async function wroteRevision(tx: Db, viewer: Viewer, head: Head) {
  let after = 0;
  if (head.liveRevisionId !== null && head.status === 'published') {
    const [live] = await tx
      .select({ version: articleRevisions.version })
      .from(articleRevisions)
      .where(eq(articleRevisions.id, head.liveRevisionId));
    after = live?.version ?? 0;
  }
  const [mine] = await tx
    .select({ id: articleRevisions.id })
    .from(articleRevisions)
    .where(
      and(
        eq(articleRevisions.articleId, head.id),
        eq(articleRevisions.editorId, viewer.id),
        gt(articleRevisions.version, after),
      ),
    )
    .limit(1);
  return !!mine;
}

export type AllowedActions = Partial<Record<WorkflowAction, true | WorkflowError['reason']>>;

/**
 * The actions the viewer may take on the article now, for the staff pages: `true` when
 * allowed, or the reason it would be refused when only a rule (not the role) stands in the
 * way. Staff who may see the article.
 */
export async function getAllowedActions(input: { viewer: Viewer; id: number }): Promise<{
  state: WorkState;
  actions: AllowedActions;
  scheduledAt: Date | null;
  scheduleError: string | null;
}> {
  const { viewer, id } = input;
  const parents = await getUnitParents();
  const head = await loadHead(db, id);
  if (!head || !canViewDraft(viewer, head, parents)) throw new NotFoundError();
  const actions: AllowedActions = {};
  for (const action of WORKFLOW_ACTIONS) {
    const t = TRANSITIONS[action];
    const role = t.by === 'writer' ? canEditArticle(viewer, head, parents) : canReview(viewer, head, parents);
    if (!role || !canStartFrom(action, head)) continue;
    if (action === 'approve' && (await wroteRevision(db, viewer, head))) actions[action] = 'self_approval';
    else actions[action] = true;
  }
  return { state: workState(head), actions, scheduledAt: head.scheduledAt, scheduleError: head.scheduleError };
}

export type TransitionInput = {
  viewer: Viewer;
  id: number;
  action: WorkflowAction;
  /** The version the viewer saw; the move is refused if the article changed since. */
  baseVersion: number;
  comment?: string | null;
  /** For `schedule`: when to publish. */
  publishAt?: Date | null;
  now?: Date;
};

export type TransitionResult = { id: number; from: WorkState; to: WorkState; version: number };

/** Applies one workflow move. Refusals throw ForbiddenError, NotFoundError or WorkflowError. */
export async function transitionArticle(input: TransitionInput): Promise<TransitionResult> {
  const { viewer, id, action } = input;
  const t = TRANSITIONS[action];
  if (!t) throw new ValidationError('Unknown action.');
  const comment = (input.comment ?? '').trim() || null;
  if (t.comment === 'required' && !comment) {
    throw new WorkflowError('comment_required', 'Please give a comment.', 'validation');
  }
  if (comment && comment.length > COMMENT_MAX) {
    throw new WorkflowError('comment_too_long', `Use at most ${COMMENT_MAX} characters.`, 'validation');
  }
  const now = input.now ?? new Date();
  const parents = await getUnitParents();
  try {
    const result = await transaction((tx) => applyTransition(tx, { ...input, comment, now }, parents));
    // What readers see changed: forget the pages and lists rendered before the commit.
    if (action === 'publish' || action === 'unpublish') invalidatePublicPages();
    return result;
  } catch (error) {
    if (error instanceof WorkflowError && error.reason === 'self_approval') {
      // The refusal itself is on record, outside the transaction it rolled back.
      await transaction((tx) =>
        writeAudit(tx, {
          actorId: viewer.id,
          action: 'article.self_approval_refused',
          entityType: 'article',
          entityId: id,
        }),
      );
    }
    throw error;
  }
}

async function applyTransition(
  tx: Db,
  input: TransitionInput & { comment: string | null; now: Date },
  parents: UnitParents,
): Promise<TransitionResult> {
  const { viewer, id, action, comment, now } = input;
  const t = TRANSITIONS[action];
  const head = await loadHead(tx, id);
  if (!head || !canViewDraft(viewer, head, parents)) throw new NotFoundError();
  const allowed = t.by === 'writer' ? canEditArticle(viewer, head, parents) : canReview(viewer, head, parents);
  if (!allowed) throw new ForbiddenError();
  const from = workState(head);
  if (!canStartFrom(action, head)) {
    throw new WorkflowError('illegal', `This article is ${from.replace('_', ' ')}: it cannot be moved that way.`);
  }
  if (head.version !== input.baseVersion) {
    throw new WorkflowError('stale', 'The article has changed since you opened it. Reload the page and try again.');
  }
  const reviewing = action === 'approve' || action === 'request_changes' || action === 'reject';
  if (reviewing && head.submittedVersion !== head.version) {
    throw new WorkflowError('not_reviewed_version', 'This version was not submitted for review.');
  }
  if (action === 'approve' && (await wroteRevision(tx, viewer, head))) {
    throw new WorkflowError('self_approval', 'You cannot approve a revision that you wrote or edited.', 'forbidden');
  }
  if ((action === 'publish' || action === 'schedule') && head.approvedVersion !== head.version) {
    throw new WorkflowError('not_approved', 'Only the approved version can be published.');
  }
  let publishAt: Date | null = null;
  if (action === 'schedule') {
    publishAt = input.publishAt ?? null;
    if (!publishAt || publishAt.getTime() <= now.getTime()) {
      throw new WorkflowError('schedule_past', 'Choose a time in the future.', 'validation');
    }
    if (publishAt.getTime() > now.getTime() + 5 * 365 * 24 * 3600_000) {
      throw new WorkflowError('schedule_far', 'Choose a time within the next five years.', 'validation');
    }
  }

  const to = t.to;
  const set: Partial<typeof articles.$inferInsert> = { ...stateColumns(head, action, to) };
  if (action === 'submit') Object.assign(set, { submittedVersion: head.version, approvedVersion: null, approvedBy: null, approvedAt: null });
  if (action === 'withdraw' || action === 'request_changes' || action === 'reject') Object.assign(set, { submittedVersion: null });
  if (action === 'approve') Object.assign(set, { approvedVersion: head.version, approvedBy: viewer.id, approvedAt: now });
  if (action === 'schedule') Object.assign(set, { scheduledAt: publishAt, scheduleError: null });
  if (action === 'unschedule') Object.assign(set, { scheduledAt: null, scheduleError: null });
  if (action === 'restore' || action === 'reopen') Object.assign(set, { approvedVersion: null, submittedVersion: null });

  // The move happens only if nobody moved or edited the article since it was read here.
  const [moved] = await tx
    .update(articles)
    .set(set)
    .where(
      and(
        eq(articles.id, id),
        eq(articles.version, head.version),
        eq(articles.status, head.status),
        head.pendingState === null ? isNull(articles.pendingState) : eq(articles.pendingState, head.pendingState),
      ),
    )
    .returning({ id: articles.id });
  if (!moved) throw new WorkflowError('race', 'Someone else changed this article at the same moment. Reload the page.');

  if (reviewing && head.workingRevisionId !== null) {
    await tx
      .update(articleRevisions)
      .set({
        reviewOutcome: action === 'approve' ? 'approved' : action === 'reject' ? 'rejected' : 'changes_requested',
        reviewComment: comment,
        reviewerId: viewer.id,
        reviewedAt: now,
      })
      .where(eq(articleRevisions.id, head.workingRevisionId));
  }
  if (action === 'publish') await publishWorkingRevision(tx, head, now);
  if (action === 'unpublish') await syncSearchDocument(tx, id);

  await writeAudit(tx, {
    actorId: viewer.id,
    action: `article.${action}`,
    entityType: 'article',
    entityId: id,
    fromState: from,
    toState: to,
    comment,
    data: { version: head.version, ...(publishAt ? { publishAt: publishAt.toISOString() } : {}) },
  });
  const kind = NOTIFY[action];
  if (kind) await notify(tx, { kind, articleId: id, actorId: viewer.id, data: { title: await titleOf(tx, head), comment } });
  return { id, from, to, version: head.version };
}

const NOTIFY: Partial<Record<WorkflowAction, NotificationKind>> = {
  submit: 'submitted',
  approve: 'approved',
  request_changes: 'changes_requested',
  reject: 'rejected',
  publish: 'published',
};

async function titleOf(tx: Db, head: Head) {
  const revisionId = head.workingRevisionId ?? head.liveRevisionId;
  if (!revisionId) return '';
  const [row] = await tx.select({ title: articleRevisions.title }).from(articleRevisions).where(eq(articleRevisions.id, revisionId));
  return row?.title ?? '';
}

/**
 * Makes the working revision live: the article row takes its fields (keeping its id, URL
 * and views), the revision becomes the live one, and the caches readers are served from
 * are emptied by the caller once the transaction has committed.
 */
async function publishWorkingRevision(tx: Db, head: Head, now: Date) {
  const revisionId = head.workingRevisionId ?? head.liveRevisionId;
  if (revisionId === null) throw new WorkflowError('illegal', 'There is nothing to publish.');
  const [rev] = await tx
    .select({ title: articleRevisions.title, meta: articleRevisions.meta })
    .from(articleRevisions)
    .where(eq(articleRevisions.id, revisionId));
  const meta: RevisionMeta | null = rev?.meta ?? null;
  const firstPublication = head.publishedAt === null;
  await tx
    .update(articles)
    .set({
      status: 'published',
      pendingState: null,
      liveRevisionId: revisionId,
      workingRevisionId: null,
      publishedAt: head.publishedAt ?? now,
      scheduledAt: null,
      scheduleError: null,
      submittedVersion: null,
      // A published URL never changes; the first publication takes the slug of its title.
      ...(firstPublication && rev ? { slug: slugify(rev.title) } : {}),
      ...(meta
        ? {
            categoryId: meta.categoryId,
            sourceUnitId: meta.sourceUnitId,
            sourceText: meta.sourceText || null,
            language: meta.language,
            translationId: meta.translationId,
            seriesId: meta.seriesId,
            visibility: meta.visibility,
            pinned: meta.pinned,
            featured: meta.featured,
            mustRead: meta.mustRead,
            coverKey: meta.coverKey,
          }
        : {}),
    })
    .where(eq(articles.id, head.id));
  if (meta) {
    const ids: number[] = [];
    for (const name of new Set(meta.tags)) {
      const slug = tagSlug(name);
      await tx.insert(tags).values({ slug, name }).onConflictDoNothing();
      const [row] = await tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug));
      ids.push(row.id);
    }
    await tx.delete(articleTags).where(eq(articleTags.articleId, head.id));
    if (ids.length) await tx.insert(articleTags).values([...new Set(ids)].map((tagId) => ({ articleId: head.id, tagId })));
  }
  await syncSearchDocument(tx, head.id);
}

// ---------------------------------------------------------------------------------------
// The scheduler

export type SchedulerRun = { published: number[]; failed: { id: number; error: string }[] };

/**
 * Publishes every scheduled item that is due. Each item is claimed with a conditional
 * update inside its own transaction, so with several instances (or loops) on one database
 * each item is published exactly once. A failure is recorded on the article, written to
 * the audit log and notified to the unit's editors and the admins; the item stays
 * scheduled and is tried again on the next run.
 */
export async function publishDueArticles(input: { now?: Date; limit?: number } = {}): Promise<SchedulerRun> {
  const now = input.now ?? new Date();
  const due = await db
    .select({ id: articles.id, scheduledAt: articles.scheduledAt })
    .from(articles)
    .where(and(scheduled(), lte(articles.scheduledAt, now)))
    .orderBy(asc(articles.scheduledAt), asc(articles.id))
    .limit(input.limit ?? 50);
  const run: SchedulerRun = { published: [], failed: [] };
  for (const item of due) {
    try {
      const done = await transaction(async (tx) => {
        const head = await loadHead(tx, item.id);
        if (!head || workState(head) !== 'scheduled' || !head.scheduledAt || head.scheduledAt > now) return false;
        const [claimed] = await tx
          .update(articles)
          .set({ scheduledAt: null })
          .where(and(eq(articles.id, item.id), scheduled(), eq(articles.scheduledAt, head.scheduledAt)))
          .returning({ id: articles.id });
        if (!claimed) return false;
        if (head.approvedVersion !== head.version) {
          throw new Error('The scheduled version is no longer the approved one.');
        }
        await publishWorkingRevision(tx, head, now);
        await writeAudit(tx, {
          actorId: null,
          action: 'article.publish_scheduled',
          entityType: 'article',
          entityId: item.id,
          fromState: 'scheduled',
          toState: 'published',
          data: { version: head.version, scheduledAt: head.scheduledAt.toISOString() },
        });
        await notify(tx, { kind: 'published', articleId: item.id, actorId: null, data: { title: await titleOf(tx, head) } });
        return true;
      });
      if (done) {
        run.published.push(item.id);
        invalidatePublicPages();
      }
    } catch (error) {
      const message = error instanceof Error ? error.message.slice(0, 300) : 'Unknown error';
      run.failed.push({ id: item.id, error: message });
      await recordScheduleFailure(item.id, message).catch((e) => console.error('Scheduler: could not record a failure', e));
    }
  }
  return run;
}

function scheduled(): SQL {
  return or(eq(articles.status, 'scheduled'), eq(articles.pendingState, 'scheduled')) as SQL;
}

async function recordScheduleFailure(id: number, message: string) {
  await transaction(async (tx) => {
    const head = await loadHead(tx, id);
    if (!head) return;
    await tx.update(articles).set({ scheduleError: message }).where(eq(articles.id, id));
    // Tell people once per failure, not on every retry.
    if (head.scheduleError) return;
    await writeAudit(tx, {
      actorId: null,
      action: 'article.schedule_failed',
      entityType: 'article',
      entityId: id,
      fromState: 'scheduled',
      toState: 'scheduled',
      comment: message,
    });
    await notify(tx, { kind: 'schedule_failed', articleId: id, actorId: null, data: { title: await titleOf(tx, head), comment: message } });
  });
}

/** Scheduled items that should have gone out more than `graceMs` ago: for /api/health. */
export async function countOverdue(input: { now?: Date; graceMs?: number } = {}) {
  const now = input.now ?? new Date();
  const cutoff = new Date(now.getTime() - (input.graceMs ?? 120_000));
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(articles)
    .where(and(scheduled(), lte(articles.scheduledAt, cutoff)));
  return row?.n ?? 0;
}

/** Scheduled items whose last attempt failed, for the staff desk. Staff who may see them. */
export async function getFailedSchedules(input: { viewer: Viewer }) {
  const parents = await getUnitParents();
  const rows = await db
    .select({ id: articles.id, sourceUnitId: articles.sourceUnitId, error: articles.scheduleError, scheduledAt: articles.scheduledAt })
    .from(articles)
    .where(and(isNotNull(articles.scheduleError), scheduled()));
  return rows
    .filter((r) => canViewDraft(input.viewer, r, parents))
    .map((r) => ({ id: r.id, error: r.error, scheduledAt: r.scheduledAt }));
}

// ---------------------------------------------------------------------------------------
// Reviews and the audit log

export type ReviewNote = { outcome: string; comment: string | null; reviewer: string; at: Date; version: number };

/** The latest review of the article's revisions (for the editor to see). Staff who may see the article. */
export async function getLatestReview(input: { viewer: Viewer; id: number }): Promise<ReviewNote | null> {
  const parents = await getUnitParents();
  const head = await loadHead(db, input.id);
  if (!head || !canViewDraft(input.viewer, head, parents)) throw new NotFoundError();
  const [row] = await db
    .select({
      outcome: articleRevisions.reviewOutcome,
      comment: articleRevisions.reviewComment,
      reviewer: users.name,
      at: articleRevisions.reviewedAt,
      version: articleRevisions.version,
    })
    .from(articleRevisions)
    .innerJoin(users, eq(users.id, articleRevisions.reviewerId))
    .where(and(eq(articleRevisions.articleId, input.id), isNotNull(articleRevisions.reviewOutcome)))
    .orderBy(desc(articleRevisions.reviewedAt))
    .limit(1);
  return row && row.outcome && row.at ? { ...row, outcome: row.outcome, at: row.at } : null;
}

/**
 * The revision to compare a submitted one with: the live revision, or for a first
 * publication the last reviewed revision, else the first one.
 */
export async function getReviewBase(input: { viewer: Viewer; id: number }): Promise<{ from: number | null; to: number | null }> {
  const parents = await getUnitParents();
  const head = await loadHead(db, input.id);
  if (!head || !canViewDraft(input.viewer, head, parents)) throw new NotFoundError();
  const to = head.workingRevisionId ?? head.liveRevisionId;
  if (head.liveRevisionId !== null && head.liveRevisionId !== to) return { from: head.liveRevisionId, to };
  const [reviewed] = await db
    .select({ id: articleRevisions.id })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, input.id), isNotNull(articleRevisions.reviewOutcome), sql`${articleRevisions.id} <> ${to ?? 0}`))
    .orderBy(desc(articleRevisions.version))
    .limit(1);
  if (reviewed) return { from: reviewed.id, to };
  const [first] = await db
    .select({ id: articleRevisions.id })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, input.id))
    .orderBy(asc(articleRevisions.version))
    .limit(1);
  return { from: first?.id ?? null, to };
}

export type AuditItem = {
  id: number;
  at: Date;
  actor: string | null;
  action: string;
  entityType: string;
  entityId: number | null;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
};

const auditColumns = {
  id: auditLog.id,
  at: auditLog.createdAt,
  actor: users.name,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  fromState: auditLog.fromState,
  toState: auditLog.toState,
  comment: auditLog.comment,
};

/** An article's own timeline, oldest first. Staff who may see the article. */
export async function getArticleTimeline(input: { viewer: Viewer; id: number }): Promise<AuditItem[]> {
  const parents = await getUnitParents();
  const head = await loadHead(db, input.id);
  if (!head || !canViewDraft(input.viewer, head, parents)) throw new NotFoundError();
  return db
    .select(auditColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, 'article'), eq(auditLog.entityId, input.id)))
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id));
}

export const AUDIT_PAGE_SIZE = 50;

/** The whole audit log, filtered by user, article, action and dates, newest first. Admins only. */
export async function searchAuditLog(input: {
  viewer: Viewer;
  userId?: number;
  articleId?: number;
  action?: string;
  from?: Date;
  to?: Date;
  page?: number;
}): Promise<{ items: AuditItem[]; total: number; page: number; pages: number; actions: string[]; users: { id: number; name: string }[] }> {
  if (!isAdmin(input.viewer)) throw new ForbiddenError();
  const page = Math.max(1, input.page ?? 1);
  const where = and(
    input.userId ? eq(auditLog.actorId, input.userId) : undefined,
    input.articleId ? and(eq(auditLog.entityType, 'article'), eq(auditLog.entityId, input.articleId)) : undefined,
    input.action ? eq(auditLog.action, input.action) : undefined,
    input.from ? gte(auditLog.createdAt, input.from) : undefined,
    input.to ? lt(auditLog.createdAt, input.to) : undefined,
  );
  const [[{ total }], items, actions, people] = await Promise.all([
    db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(auditLog).where(where),
    db
      .select(auditColumns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((page - 1) * AUDIT_PAGE_SIZE),
    db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db
      .selectDistinct({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, db.select({ id: auditLog.actorId }).from(auditLog).where(isNotNull(auditLog.actorId))))
      .orderBy(asc(users.name)),
  ]);
  return {
    items,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actions.map((a) => a.action),
    users: people,
  };
}

// One function per move, for callers that name the move they make. Each goes through
// transitionArticle and so through every check above.
type MoveInput = Omit<TransitionInput, 'action'>;
export const submitArticle = (input: MoveInput) => transitionArticle({ ...input, action: 'submit' });
export const withdrawArticle = (input: MoveInput) => transitionArticle({ ...input, action: 'withdraw' });
export const approveArticle = (input: MoveInput) => transitionArticle({ ...input, action: 'approve' });
export const requestChanges = (input: MoveInput) => transitionArticle({ ...input, action: 'request_changes' });
export const rejectArticle = (input: MoveInput) => transitionArticle({ ...input, action: 'reject' });
export const reopenArticle = (input: MoveInput) => transitionArticle({ ...input, action: 'reopen' });
export const publishArticle = (input: MoveInput) => transitionArticle({ ...input, action: 'publish' });
export const scheduleArticle = (input: MoveInput & { publishAt: Date }) => transitionArticle({ ...input, action: 'schedule' });
export const unscheduleArticle = (input: MoveInput) => transitionArticle({ ...input, action: 'unschedule' });
export const unpublishArticle = (input: MoveInput) => transitionArticle({ ...input, action: 'unpublish' });
export const restoreArticle = (input: MoveInput) => transitionArticle({ ...input, action: 'restore' });
