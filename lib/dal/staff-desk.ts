import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import { canViewDraft, canWriteArticles, hasRole, isAdmin, roleScope, type Viewer } from '@/lib/permissions';
import { inWorkState, requireStaff } from './article-row';
import { expandScope, getUnitParents } from './units';

const { articles, articleRevisions, users } = schema;

// The staff desk: my drafts, what waits for my review, what is scheduled, what was
// published, and scheduled publications that failed.

export type StaffListItem = {
  id: number;
  title: string;
  status: string;
  updatedAt: Date;
  editor: string;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  pendingChanges: boolean;
};

export type StaffHome = {
  drafts: { total: number; items: StaffListItem[] };
  review: { total: number; items: StaffListItem[] } | null;
  scheduled: { total: number; items: StaffListItem[] };
  published: { total: number; items: StaffListItem[] };
  canWrite: boolean;
};

/** The staff home: my drafts, what waits for my review, what is scheduled, recently published. Staff only. */
export async function getStaffHome(input: { viewer: Viewer; limit?: number }): Promise<StaffHome> {
  const { viewer } = input;
  requireStaff(viewer);
  const limit = input.limit ?? 8;
  const parents = await getUnitParents();
  const scopeFor = (role: 'editor' | 'approver'): SQL | undefined | false => {
    if (isAdmin(viewer)) return undefined;
    if (!hasRole(viewer, role)) return false;
    const scope = roleScope(viewer, role);
    if (scope === null) return undefined;
    return inArray(articles.sourceUnitId, expandScope(scope, parents));
  };
  const editScope = scopeFor('editor');
  const reviewScope = scopeFor('approver');
  // What the viewer may see at all: the union of their editing and reviewing scopes.
  const visible: SQL | undefined =
    editScope === undefined || reviewScope === undefined
      ? undefined
      : (or(editScope === false ? sql`false` : editScope, reviewScope === false ? sql`false` : reviewScope) as SQL);

  const list = async (where: SQL | undefined, order: SQL[]) => {
    const [{ total }] = await db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(articles)
      .where(where);
    const rows = await db
      .select({
        id: articles.id,
        title: articleRevisions.title,
        status: articles.status,
        updatedAt: articles.updatedAt,
        editor: users.name,
        publishedAt: articles.publishedAt,
        scheduledAt: articles.scheduledAt,
        workingRevisionId: articles.workingRevisionId,
        liveRevisionId: articles.liveRevisionId,
      })
      .from(articles)
      .innerJoin(
        articleRevisions,
        eq(articleRevisions.id, sql`coalesce(${articles.workingRevisionId}, ${articles.liveRevisionId})`),
      )
      .innerJoin(users, eq(users.id, articleRevisions.editorId))
      .where(where)
      .orderBy(...order)
      .limit(limit);
    return {
      total,
      items: rows.map(({ workingRevisionId, liveRevisionId, ...r }) => ({
        ...r,
        pendingChanges: r.status === 'published' && workingRevisionId !== null && workingRevisionId !== liveRevisionId,
      })),
    };
  };

  const mine = sql`(${articles.authorId} = ${viewer.id} or exists (select 1 from article_revisions r where r.article_id = ${articles.id} and r.editor_id = ${viewer.id}))`;
  const drafting = or(
    inArray(articles.status, ['draft', 'rejected']),
    and(
      eq(articles.status, 'published'),
      isNotNull(articles.workingRevisionId),
      ne(articles.workingRevisionId, sql`coalesce(${articles.liveRevisionId}, 0)`),
    ),
  );
  const byUpdate = [desc(articles.updatedAt), desc(articles.id)];
  const [drafts, review, scheduled, published] = await Promise.all([
    list(and(mine, drafting), byUpdate),
    reviewScope === false
      ? null
      : list(and(inWorkState('in_review'), reviewScope), byUpdate),
    list(and(inWorkState('scheduled'), visible), [
      asc(articles.scheduledAt),
      asc(articles.id),
    ]),
    list(and(eq(articles.status, 'published'), visible), [desc(articles.publishedAt), desc(articles.id)]),
  ]);
  return { drafts, review, scheduled, published, canWrite: canWriteArticles(viewer) };
}

/** Scheduled items whose last attempt failed, for the staff desk. Staff who may see them. */
export async function getFailedSchedules(input: { viewer: Viewer }) {
  const parents = await getUnitParents();
  const rows = await db
    .select({ id: articles.id, sourceUnitId: articles.sourceUnitId, error: articles.scheduleError, scheduledAt: articles.scheduledAt })
    .from(articles)
    .where(and(isNotNull(articles.scheduleError), inWorkState('scheduled')));
  return rows
    .filter((r) => canViewDraft(input.viewer, r, parents))
    .map((r) => ({ id: r.id, error: r.error, scheduledAt: r.scheduledAt }));
}
