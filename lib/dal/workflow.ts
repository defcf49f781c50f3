import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { db, schema, transaction, type Db } from '@/db/client';
import { env } from '@/lib/env';
import { AppError, ForbiddenError, ValidationError, type ErrorParams } from '@/lib/errors';
import { canMakeMove, type UnitParents, type Viewer } from '@/lib/permissions';
import { invalidatePublicPages } from '@/lib/server/page-cache';
import { zonedTimeToUtc } from '@/lib/time';
import { slugify } from '@/lib/utils';
import {
  canStartFrom,
  COMMENT_MAX,
  READER_MOVES,
  stateColumns,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  workState,
  type Move,
  type WorkflowAction,
  type WorkState,
} from '@/lib/workflow';
import { currentRevisionId, viewableHead, writeLiveFields, type Head } from './article-row';
import { writeAudit } from './audit';
import { notify, type NotificationKind } from './notifications';
import { loadRevision } from './revisions';
import { syncSearchDocument } from './search';
import { getUnitParents } from './units';

const { articles, articleRevisions, articleViews } = schema;

// Every state change of an article is a move of the table in lib/workflow.ts, made by
// applyMove inside the transaction of its cause: transitionArticle for the moves people
// choose, saveArticle for the edit that voids a review, publishDueArticles for the
// scheduled publication. applyMove changes the state with a conditional update (so of two
// racing moves exactly one wins), keeps the review and publication columns, writes the
// audit log and notifies the people concerned.

type WorkflowCode =
  | 'illegal'
  | 'stale'
  | 'race'
  | 'comment_required'
  | 'comment_too_long'
  | 'self_approval'
  | 'not_approved'
  | 'not_reviewed_version'
  | 'schedule_past'
  | 'schedule_far';

/** A workflow move refused for a reason the user can act on. */
export class WorkflowError extends AppError {
  constructor(code: WorkflowCode, params?: ErrorParams) {
    super(code, params);
    this.name = 'WorkflowError';
  }
}

type ArticleColumns = Partial<typeof articles.$inferInsert>;

export type MoveContext = {
  /** Who makes the move; null for the system (the scheduler). */
  actorId: number | null;
  now: Date;
  comment?: string | null;
  /** For `schedule`: when to publish. */
  publishAt?: Date | null;
  /** More for the audit log. */
  data?: Record<string, unknown>;
};

/** What a move records besides the state: who submitted, approved or scheduled which version. */
const BOOKKEEPING: Partial<Record<Move, (head: Head, ctx: MoveContext) => ArticleColumns>> = {
  submit: (head) => ({ submittedVersion: head.version, approvedVersion: null, approvedBy: null, approvedAt: null }),
  withdraw: () => ({ submittedVersion: null }),
  request_changes: () => ({ submittedVersion: null }),
  reject: () => ({ submittedVersion: null }),
  approve: (head, ctx) => ({ approvedVersion: head.version, approvedBy: ctx.actorId, approvedAt: ctx.now }),
  schedule: (_, ctx) => ({ scheduledAt: ctx.publishAt ?? null, scheduleError: null }),
  unschedule: () => ({ scheduledAt: null, scheduleError: null }),
  reopen: () => ({ approvedVersion: null, submittedVersion: null }),
  restore: () => ({ approvedVersion: null, submittedVersion: null }),
  edit: () => ({ scheduledAt: null, submittedVersion: null, approvedVersion: null, approvedBy: null, approvedAt: null }),
  import: () => ({ submittedVersion: null, approvedVersion: null, approvedBy: null, approvedAt: null }),
};

/** The outcome a review move records on the revision. */
const REVIEW_OUTCOME: Partial<Record<Move, 'approved' | 'changes_requested' | 'rejected'>> = {
  approve: 'approved',
  request_changes: 'changes_requested',
  reject: 'rejected',
};

/** The audit log's name of a move, when not `article.<move>`; null for a move it does not record. */
const AUDIT_ACTION: Partial<Record<Move, string | null>> = { edit: 'article.edit_voided_review', revise: null };

const NOTIFY: Partial<Record<Move, NotificationKind>> = {
  submit: 'submitted',
  approve: 'approved',
  request_changes: 'changes_requested',
  reject: 'rejected',
  publish: 'published',
  publish_scheduled: 'published',
};

/**
 * Makes `move` on the article as read in `head` within this transaction. The caller has
 * checked who may make it and from which state. Refused with WorkflowError 'race' when
 * someone moved or edited the article since `head` was read.
 */
export async function applyMove(tx: Db, head: Head, move: Move, ctx: MoveContext): Promise<{ from: WorkState; to: WorkState }> {
  const from = workState(head);
  const to = TRANSITIONS[move].to;
  const [moved] = await tx
    .update(articles)
    .set({ ...stateColumns(head, move, to), ...BOOKKEEPING[move]?.(head, ctx) })
    .where(
      and(
        eq(articles.id, head.id),
        eq(articles.version, head.version),
        eq(articles.status, head.status),
        head.pendingState === null ? isNull(articles.pendingState) : eq(articles.pendingState, head.pendingState),
      ),
    )
    .returning({ id: articles.id });
  if (!moved) throw new WorkflowError('race');

  const outcome = REVIEW_OUTCOME[move];
  if (outcome && head.workingRevisionId !== null) {
    await tx
      .update(articleRevisions)
      .set({ reviewOutcome: outcome, reviewComment: ctx.comment ?? null, reviewerId: ctx.actorId, reviewedAt: ctx.now })
      .where(eq(articleRevisions.id, head.workingRevisionId));
  }
  if (to === 'published') await publishWorkingRevision(tx, head, ctx.now, ctx.actorId);
  if (move === 'unpublish') await syncSearchDocument(tx, head.id);

  const action = AUDIT_ACTION[move] === undefined ? `article.${move}` : AUDIT_ACTION[move];
  if (action) {
    await writeAudit(tx, {
      actorId: ctx.actorId,
      action,
      entityType: 'article',
      entityId: head.id,
      fromState: from,
      toState: to,
      comment: ctx.comment ?? null,
      data: { version: head.version, ...ctx.data },
    });
  }
  const kind = NOTIFY[move];
  if (kind) {
    await notify(tx, { kind, articleId: head.id, actorId: ctx.actorId, data: { title: await titleOf(tx, head), comment: ctx.comment } });
  }
  return { from, to };
}

/** The title of the revision the workflow acts on. */
export async function titleOf(tx: Db, head: Head) {
  const revisionId = currentRevisionId(head);
  if (!revisionId) return '';
  const [row] = await tx.select({ title: articleRevisions.title }).from(articleRevisions).where(eq(articleRevisions.id, revisionId));
  return row?.title ?? '';
}

/**
 * Makes the working revision live: the article row takes its fields (keeping its id, URL
 * and views), the revision becomes the live one, and the caches readers are served from
 * are emptied by the caller once the transaction has committed. A revision with an original
 * publication date dates the article to that day (recorded in the audit log), and its
 * starting view count is added to the article's views.
 */
async function publishWorkingRevision(tx: Db, head: Head, now: Date, actorId: number | null) {
  const revisionId = currentRevisionId(head);
  const rev = revisionId === null ? undefined : await loadRevision(tx, head.id, revisionId);
  if (!rev) throw new WorkflowError('illegal');
  const live = head.liveRevisionId !== null && head.liveRevisionId !== rev.id ? await loadRevision(tx, head.id, head.liveRevisionId) : undefined;
  const publishedAt = publicationTime(rev.meta.originalDate, head.publishedAt, now);
  await writeLiveFields(tx, head.id, rev.meta, {
    status: 'published',
    pendingState: null,
    liveRevisionId: rev.id,
    workingRevisionId: null,
    publishedAt,
    scheduledAt: null,
    scheduleError: null,
    submittedVersion: null,
    // A published URL never changes; the first publication takes the slug of its title.
    ...(head.publishedAt === null ? { slug: slugify(rev.title) } : {}),
  });
  if (rev.meta.originalDate && publishedAt.getTime() !== head.publishedAt?.getTime()) {
    await writeAudit(tx, {
      actorId,
      action: 'article.publication_date',
      entityType: 'article',
      entityId: head.id,
      data: { originalDate: rev.meta.originalDate, from: head.publishedAt?.toISOString() ?? null, to: publishedAt.toISOString() },
    });
  }
  await addStartingViews(tx, head.id, rev.meta.startingViews - (live?.meta.startingViews ?? 0));
  await syncSearchDocument(tx, head.id);
}

/**
 * When a revision is published: at noon of its original day in the portal's time zone (never
 * later than now), else at its first publication, else now.
 */
export function publicationTime(originalDate: string, publishedAt: Date | null, now: Date): Date {
  const day = originalDate ? zonedTimeToUtc(`${originalDate}T12:00`, env.NEWSROOM_TIME_ZONE) : null;
  if (day) return day.getTime() < now.getTime() ? day : now;
  return publishedAt ?? now;
}

/** Adds the change of an imported starting count to the article's views (never below zero). */
async function addStartingViews(tx: Db, articleId: number, delta: number) {
  if (!delta) return;
  await tx
    .insert(articleViews)
    .values({ articleId, views: Math.max(delta, 0), readers: 0 })
    .onConflictDoUpdate({
      target: articleViews.articleId,
      set: { views: sql`case when ${articleViews.views} + ${delta} < 0 then 0 else ${articleViews.views} + ${delta} end` },
    });
}

/** Only the version that was approved may be published, now or on schedule. */
export function requireApproved(head: Head) {
  if (head.approvedVersion !== head.version) throw new WorkflowError('not_approved');
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
    .where(and(eq(articleRevisions.articleId, head.id), eq(articleRevisions.editorId, viewer.id), gt(articleRevisions.version, after)))
    .limit(1);
  return !!mine;
}

export type AllowedActions = Partial<Record<WorkflowAction, true | 'self_approval'>>;

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
  const head = await viewableHead(viewer, id, parents);
  const actions: AllowedActions = {};
  for (const action of WORKFLOW_ACTIONS) {
    if (!canMakeMove(viewer, TRANSITIONS[action].by, head, parents) || !canStartFrom(action, head)) continue;
    actions[action] = action === 'approve' && (await wroteRevision(db, viewer, head)) ? 'self_approval' : true;
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

/** Makes one of the moves people choose. Refusals throw ForbiddenError, NotFoundError or WorkflowError. */
export async function transitionArticle(input: TransitionInput): Promise<TransitionResult> {
  const { viewer, id, action } = input;
  if (!(WORKFLOW_ACTIONS as readonly string[]).includes(action)) throw new ValidationError('bad_request');
  const comment = (input.comment ?? '').trim() || null;
  if (TRANSITIONS[action].comment === 'required' && !comment) throw new WorkflowError('comment_required');
  if (comment && comment.length > COMMENT_MAX) throw new WorkflowError('comment_too_long', { max: COMMENT_MAX });
  const now = input.now ?? new Date();
  const parents = await getUnitParents();
  try {
    const result = await transaction((tx) => applyTransition(tx, { ...input, comment, now }, parents));
    // What readers see changed: forget the pages and lists rendered before the commit.
    if (READER_MOVES.includes(action)) invalidatePublicPages();
    return result;
  } catch (error) {
    if (error instanceof WorkflowError && error.code === 'self_approval') {
      // The refusal itself is on record, outside the transaction it rolled back.
      await transaction((tx) =>
        writeAudit(tx, { actorId: viewer.id, action: 'article.self_approval_refused', entityType: 'article', entityId: id }),
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
  const head = await viewableHead(viewer, id, parents, tx);
  if (!canMakeMove(viewer, TRANSITIONS[action].by, head, parents)) throw new ForbiddenError();
  if (!canStartFrom(action, head)) throw new WorkflowError('illegal');
  if (head.version !== input.baseVersion) throw new WorkflowError('stale');
  if (REVIEW_OUTCOME[action] && head.submittedVersion !== head.version) throw new WorkflowError('not_reviewed_version');
  if (action === 'approve' && (await wroteRevision(tx, viewer, head))) throw new WorkflowError('self_approval');
  if (action === 'publish' || action === 'schedule') requireApproved(head);
  let publishAt: Date | null = null;
  if (action === 'schedule') {
    publishAt = input.publishAt ?? null;
    if (!publishAt || publishAt.getTime() <= now.getTime()) throw new WorkflowError('schedule_past');
    if (publishAt.getTime() > now.getTime() + 5 * 365 * 24 * 3600_000) throw new WorkflowError('schedule_far');
  }
  const { from, to } = await applyMove(tx, head, action, {
    actorId: viewer.id,
    now,
    comment,
    publishAt,
    data: publishAt ? { publishAt: publishAt.toISOString() } : {},
  });
  return { id, from, to, version: head.version };
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
