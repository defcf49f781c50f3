import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { getArticleForReader } from '@/lib/dal/article-detail';
import { createArticle, saveArticle } from '@/lib/dal/article-save';
import { getArticleForEdit } from '@/lib/dal/editor';
import { countOverdue, publishDueArticles } from '@/lib/dal/scheduler';
import { getAllowedActions, transitionArticle, WorkflowError } from '@/lib/dal/workflow';
import { getArticleTimeline, searchAuditLog } from '@/lib/dal/audit';
import { getLatestReview } from '@/lib/dal/revisions';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import type { WorkflowAction } from '@/lib/workflow';
import { articleIn, fields, move, v, type State } from '../support/published';

type RoleKey = 'reader' | 'editor' | 'unitEditor' | 'approver' | 'unitApprover' | 'admin';
const ROLES: RoleKey[] = ['reader', 'editor', 'unitEditor', 'approver', 'unitApprover', 'admin'];

async function head(id: number) {
  const [row] = await db.select().from(schema.articles).where(eq(schema.articles.id, id));
  return row;
}

const soon = () => new Date(Date.now() + 3600_000);

/** The audit log's entries of one action on an article. */
const auditOf = (id: number, action: string) =>
  db
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.entityId, id), eq(schema.auditLog.action, action)));

// The workflow of DESIGN.md, written out here independently of lib/workflow.ts.
const LEGAL: Record<string, Partial<Record<WorkflowAction, string>>> = {
  draft: { submit: 'in_review' },
  in_review: { withdraw: 'draft', approve: 'approved', request_changes: 'draft', reject: 'rejected' },
  approved: { publish: 'published', schedule: 'scheduled' },
  scheduled: { unschedule: 'approved' },
  published: { unpublish: 'archived' },
  rejected: { reopen: 'draft' },
  archived: { restore: 'draft' },
};
const REVIEW_ACTIONS: WorkflowAction[] = ['approve', 'request_changes', 'reject'];
const ALL_ACTIONS: WorkflowAction[] = [
  'submit',
  'withdraw',
  'approve',
  'request_changes',
  'reject',
  'reopen',
  'publish',
  'schedule',
  'unschedule',
  'unpublish',
  'restore',
];

/** Whether `role` may take `action` at all on an article of no unit (so unit-scoped staff are out of scope). */
function roleMay(role: RoleKey, action: WorkflowAction) {
  if (role === 'admin') return true;
  if (REVIEW_ACTIONS.includes(action)) return role === 'approver';
  return role === 'editor';
}

describe('the roles × actions × states matrix', () => {
  it('allows exactly the legal moves to the right roles, and refuses every other cell', async () => {
    const states = Object.keys(LEGAL) as State[];
    const shared = new Map<string, number>();
    for (const state of states) shared.set(state, await articleIn(state));
    let allowed = 0;
    let refused = 0;
    for (const state of states) {
      for (const action of ALL_ACTIONS) {
        for (const role of ROLES) {
          const target = LEGAL[state][action];
          const expectAllowed = !!target && roleMay(role, action);
          const id = expectAllowed ? await articleIn(state) : shared.get(state)!;
          const before = await head(id);
          const extra = { comment: 'A comment', publishAt: action === 'schedule' ? soon() : undefined };
          const outcome = await move(role, id, action, extra).then(
            () => 'ok' as const,
            (e: unknown) => e,
          );
          const cell = `${role} ${action} on ${state}`;
          if (expectAllowed) {
            expect(outcome, cell).toBe('ok');
            const after = await head(id);
            expect(after.pendingState ?? after.status, cell).toBe(target);
            allowed++;
          } else {
            expect(outcome, cell).toBeInstanceOf(Error);
            expect(
              outcome instanceof ForbiddenError || outcome instanceof NotFoundError || outcome instanceof WorkflowError,
              `${cell}: ${String(outcome)}`,
            ).toBe(true);
            const after = await head(id);
            expect({ status: after.status, pending: after.pendingState, version: after.version }, cell).toEqual({
              status: before.status,
              pending: before.pendingState,
              version: before.version,
            });
            refused++;
          }
        }
      }
    }
    expect(allowed + refused).toBe(states.length * ALL_ACTIONS.length * ROLES.length);
    expect(allowed).toBeGreaterThan(10);
  }, 240_000);

  it('lets unit-scoped staff act within their unit only', async () => {
    const [mach] = await db.select({ id: schema.units.id }).from(schema.units).where(eq(schema.units.code, 'OU-MACH'));
    const [pkg] = await db.select({ id: schema.units.id }).from(schema.units).where(eq(schema.units.code, 'OU-PKG'));
    const inMach = await createArticle({ viewer: await v('editor'), fields: await fields({ sourceUnitId: mach.id }) });
    await move('editor', inMach.id, 'submit');
    await move('unitApprover', inMach.id, 'approve');
    expect((await head(inMach.id)).status).toBe('approved');
    const inPkg = await createArticle({ viewer: await v('unitEditor'), fields: await fields({ sourceUnitId: pkg.id }) });
    await move('unitEditor', inPkg.id, 'submit');
    await expect(move('unitApprover', inPkg.id, 'approve')).rejects.toBeInstanceOf(NotFoundError);
    await move('approver', inPkg.id, 'approve');
    await move('unitEditor', inPkg.id, 'publish');
    expect((await head(inPkg.id)).status).toBe('published');
  });
});

describe('review rules', () => {
  it('requires a comment to request changes or reject, and keeps it on the revision for the author', async () => {
    const id = await articleIn('in_review');
    await expect(move('approver', id, 'request_changes', { comment: '  ' })).rejects.toMatchObject({ code: 'comment_required' });
    await expect(move('approver', id, 'reject')).rejects.toMatchObject({ code: 'comment_required' });
    await move('approver', id, 'request_changes', { comment: 'Please add the figures for Q3.' });
    const review = await getLatestReview({ viewer: await v('editor'), id });
    expect(review).toMatchObject({ outcome: 'changes_requested', comment: 'Please add the figures for Q3.', reviewer: (await v('approver')).name });
    // The next save starts a new revision: the reviewed one keeps its comment.
    const current = await getArticleForEdit({ viewer: await v('editor'), id });
    await saveArticle({ viewer: await v('editor'), id, baseVersion: current.version, fields: { ...current.fields, summary: 'With Q3' }, autosave: true });
    expect((await getLatestReview({ viewer: await v('editor'), id }))?.comment).toBe('Please add the figures for Q3.');
  });

  it('binds an approval to the reviewed version: a later edit voids it', async () => {
    const id = await articleIn('approved');
    const current = await getArticleForEdit({ viewer: await v('editor'), id });
    await saveArticle({ viewer: await v('editor'), id, baseVersion: current.version, fields: { ...current.fields, title: 'Edited after approval' } });
    const after = await head(id);
    expect(after.status).toBe('draft');
    expect(after.approvedVersion).toBeNull();
    await expect(move('editor', id, 'publish')).rejects.toMatchObject({ code: 'illegal' });
  });

  it('refuses to approve a revision the approver wrote or edited, admins included, and logs the refusal', async () => {
    const admin = await v('admin');
    const { id } = await createArticle({ viewer: admin, fields: await fields() });
    await move('admin', id, 'submit');
    await expect(move('admin', id, 'approve')).rejects.toMatchObject({ code: 'self_approval' });
    expect((await head(id)).status).toBe('in_review');
    const refusals = await auditOf(id, 'article.self_approval_refused');
    expect(refusals).toHaveLength(1);
    // Someone else edits it: the admin still wrote part of it, and may still not approve.
    const editor = await v('editor');
    const current = await getArticleForEdit({ viewer: editor, id });
    await saveArticle({ viewer: editor, id, baseVersion: current.version, fields: { ...current.fields, summary: 'Edited by Emma' } });
    await move('editor', id, 'submit');
    await expect(move('admin', id, 'approve')).rejects.toMatchObject({ code: 'self_approval' });
    expect((await getAllowedActions({ viewer: admin, id })).actions.approve).toBe('self_approval');
    await move('approver', id, 'approve');
  });

  it('refuses a move based on a stale version', async () => {
    const id = await articleIn('in_review');
    const version = (await head(id)).version;
    const editor = await v('editor');
    const current = await getArticleForEdit({ viewer: editor, id });
    await saveArticle({ viewer: editor, id, baseVersion: current.version, fields: { ...current.fields, title: 'Changed' } });
    await expect(
      transitionArticle({ viewer: await v('approver'), id, action: 'approve', baseVersion: version }),
    ).rejects.toMatchObject({ code: 'illegal' });
  });
});

describe('races', () => {
  it('lets exactly one of approve and reject win', async () => {
    for (let i = 0; i < 5; i++) {
      const id = await articleIn('in_review');
      const results = await Promise.allSettled([move('approver', id, 'approve'), move('approver', id, 'reject', { comment: 'No' })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(loser.reason).toBeInstanceOf(WorkflowError);
      expect(['approved', 'rejected']).toContain((await head(id)).status);
    }
  });

  it('counts a double-clicked approve once', async () => {
    const id = await articleIn('in_review');
    const version = (await head(id)).version;
    const approver = await v('approver');
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => transitionArticle({ viewer: approver, id, action: 'approve', baseVersion: version })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const audit = await auditOf(id, 'article.approve');
    expect(audit).toHaveLength(1);
  });
});

describe('publishing', () => {
  it('publishes an edited live article as a new revision, keeping its id, URL and views, with the live version shown until then', async () => {
    const id = await articleIn('published');
    const reader = await v('reader');
    const before = await head(id);
    await db.insert(schema.articleViews).values({ articleId: id, views: 42, readers: 3 });
    const editor = await v('editor');
    const current = await getArticleForEdit({ viewer: editor, id });
    await saveArticle({ viewer: editor, id, baseVersion: current.version, fields: { ...current.fields, title: 'A better headline', tags: ['new'] } });
    await move('editor', id, 'submit');
    expect((await head(id)).status).toBe('published');
    expect((await head(id)).pendingState).toBe('in_review');
    let seen = await getArticleForReader({ viewer: reader, locale: 'en', id });
    expect(seen.kind === 'ok' && seen.article.title).toBe(current.fields.title);
    await move('approver', id, 'approve');
    seen = await getArticleForReader({ viewer: reader, locale: 'en', id });
    expect(seen.kind === 'ok' && seen.article.title).toBe(current.fields.title);
    await move('editor', id, 'publish');
    const after = await head(id);
    expect(after.status).toBe('published');
    expect(after.pendingState).toBeNull();
    expect(after.slug).toBe(before.slug);
    expect(after.publishedAt?.getTime()).toBe(before.publishedAt?.getTime());
    seen = await getArticleForReader({ viewer: reader, locale: 'en', id });
    expect(seen.kind).toBe('ok');
    if (seen.kind === 'ok') {
      expect(seen.article.title).toBe('A better headline');
      expect(seen.article.views).toBe(42);
      expect(seen.article.tags.map((t) => t.name)).toEqual(['new']);
    }
  });

  it('archives on unpublish, at once on every read path, and restores to draft', async () => {
    const id = await articleIn('published');
    expect((await getArticleForReader({ viewer: null, locale: 'en', id })).kind).toBe('ok');
    await move('editor', id, 'unpublish', { comment: 'Superseded' });
    expect((await getArticleForReader({ viewer: null, locale: 'en', id })).kind).toBe('not-found');
    expect((await getArticleForReader({ viewer: await v('reader'), locale: 'en', id })).kind).toBe('not-found');
    await move('editor', id, 'restore');
    expect((await head(id)).status).toBe('draft');
  });

  it('refuses scheduling in the past or too far ahead', async () => {
    const id = await articleIn('approved');
    await expect(move('editor', id, 'schedule', { publishAt: new Date(Date.now() - 1000) })).rejects.toMatchObject({ code: 'schedule_past' });
    await expect(move('editor', id, 'schedule', { publishAt: new Date('9999-12-31T00:00:00Z') })).rejects.toMatchObject({ code: 'schedule_far' });
    expect((await head(id)).status).toBe('approved');
  });
});

describe('the scheduler', () => {
  it('publishes a due item once, keeps it invisible until then, and catches up on missed items', async () => {
    const id = await articleIn('scheduled');
    const at = (await head(id)).scheduledAt!;
    expect((await getArticleForReader({ viewer: null, locale: 'en', id })).kind).toBe('not-found');
    const early = await publishDueArticles({ now: new Date(at.getTime() - 1000) });
    expect(early.published).not.toContain(id);
    // "After a restart": a run long after the time still publishes it.
    const late = await publishDueArticles({ now: new Date(at.getTime() + 3 * 3600_000) });
    expect(late.published).toContain(id);
    expect((await head(id)).status).toBe('published');
    const again = await publishDueArticles({ now: new Date(at.getTime() + 4 * 3600_000) });
    expect(again.published).not.toContain(id);
    const audit = await auditOf(id, 'article.publish_scheduled');
    expect(audit).toHaveLength(1);
  });

  it('publishes exactly once when two scheduler loops run at the same time', async () => {
    const ids = await Promise.all(Array.from({ length: 4 }, () => articleIn('scheduled')));
    const now = new Date(Date.now() + 2 * 3600_000);
    const [a, b] = await Promise.all([publishDueArticles({ now }), publishDueArticles({ now })]);
    for (const id of ids) {
      expect([...a.published, ...b.published].filter((x) => x === id)).toHaveLength(1);
      expect((await head(id)).status).toBe('published');
    }
  });

  it('never fails silently: the error is on the article, in the audit log, in the inbox and in the health count', async () => {
    const id = await articleIn('scheduled');
    // The approved version no longer matches (as if the database had been changed behind the app's back).
    await db.update(schema.articles).set({ approvedVersion: -1 }).where(eq(schema.articles.id, id));
    const at = (await head(id)).scheduledAt!;
    const run = await publishDueArticles({ now: new Date(at.getTime() + 10 * 60_000) });
    expect(run.failed.map((f) => f.id)).toContain(id);
    const after = await head(id);
    expect(after.status).toBe('scheduled');
    expect(after.scheduleError).toBeTruthy();
    expect(await countOverdue({ now: new Date(at.getTime() + 10 * 60_000) })).toBeGreaterThanOrEqual(1);
    const failures = await auditOf(id, 'article.schedule_failed');
    expect(failures).toHaveLength(1);
    const admin = await v('admin');
    const inbox = await db
      .select()
      .from(schema.notifications)
      .where(and(eq(schema.notifications.userId, admin.id), eq(schema.notifications.articleId, id), eq(schema.notifications.kind, 'schedule_failed')));
    expect(inbox).toHaveLength(1);
    // A second failed attempt does not notify again.
    await publishDueArticles({ now: new Date(at.getTime() + 20 * 60_000) });
    const still = await db
      .select()
      .from(schema.notifications)
      .where(and(eq(schema.notifications.articleId, id), eq(schema.notifications.kind, 'schedule_failed'), eq(schema.notifications.userId, admin.id)));
    expect(still).toHaveLength(1);
  });
});

describe('the audit log', () => {
  it('records every move with actor, states and comment, shows the article timeline, and filters for admins', async () => {
    const id = await articleIn('in_review');
    await move('approver', id, 'request_changes', { comment: 'Shorter, please.' });
    const timeline = await getArticleTimeline({ viewer: await v('editor'), id });
    expect(timeline.map((e) => e.action)).toEqual(['article.create', 'article.submit', 'article.request_changes']);
    const last = timeline.at(-1)!;
    expect(last).toMatchObject({ actor: (await v('approver')).name, fromState: 'in_review', toState: 'draft', comment: 'Shorter, please.' });
    const approver = await v('approver');
    const found = await searchAuditLog({ viewer: await v('admin'), userId: approver.id, articleId: id, action: 'article.request_changes' });
    expect(found.items).toHaveLength(1);
    await expect(searchAuditLog({ viewer: await v('editor') })).rejects.toBeInstanceOf(ForbiddenError);
    const future = await searchAuditLog({ viewer: await v('admin'), from: new Date(Date.now() + 3600_000) });
    expect(future.total).toBe(0);
  });

  it('is append-only in the database itself', async () => {
    await expect(db.update(schema.auditLog).set({ comment: 'rewritten' }).where(sql`1 = 1`)).rejects.toThrow();
    await expect(db.delete(schema.auditLog).where(sql`1 = 1`)).rejects.toThrow();
  });
});

describe('the named moves', () => {
  it('each go through the same checks', async () => {
    const { submitArticle, approveArticle, publishArticle, unpublishArticle, restoreArticle } = await import('@/lib/dal/workflow');
    const id = (await createArticle({ viewer: await v('editor'), fields: await fields() })).id;
    const version = (await head(id)).version;
    await expect(approveArticle({ viewer: await v('approver'), id, baseVersion: version })).rejects.toBeInstanceOf(WorkflowError);
    await submitArticle({ viewer: await v('editor'), id, baseVersion: version });
    await expect(publishArticle({ viewer: await v('editor'), id, baseVersion: version })).rejects.toBeInstanceOf(WorkflowError);
    await approveArticle({ viewer: await v('approver'), id, baseVersion: version });
    await publishArticle({ viewer: await v('editor'), id, baseVersion: version });
    await expect(unpublishArticle({ viewer: await v('reader'), id, baseVersion: version })).rejects.toBeInstanceOf(NotFoundError);
    await unpublishArticle({ viewer: await v('editor'), id, baseVersion: version });
    await restoreArticle({ viewer: await v('editor'), id, baseVersion: version });
    expect((await head(id)).status).toBe('draft');
  });
});
