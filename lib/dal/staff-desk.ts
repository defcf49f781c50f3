import 'server-only';
import { and, asc, desc, eq, not, or, sql, type SQL } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import { canWriteArticles, type Viewer } from '@/lib/permissions';
import { inWorkState, requireStaff } from './article-row';
import { editedPendingChange, failedSchedule, staffScopes, touchedBy, workStateIs } from './staff-scope';

const { articles, articleRevisions, users } = schema;

// The staff desk: my drafts, what waits for my review, what my units have in review, what
// is approved, scheduled or failed, and what was published; each with its count (the
// staff article list, lib/dal/staff-articles.ts, shows the rest).

export type StaffListItem = {
  id: number;
  title: string;
  status: string;
  updatedAt: Date;
  editor: string;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  pendingChanges: boolean;
  /** Why the last scheduled publication failed (an error code), if it did. */
  error: string | null;
};

export type StaffSection = { total: number; items: StaffListItem[] };

export type StaffHome = {
  /** My drafts: work I started or edited that is not submitted yet (or was rejected). */
  drafts: StaffSection;
  /** What waits for my review; null for those who do not review. */
  review: StaffSection | null;
  /** Submitted work of my units that waits for an approver; null for those who do not write. */
  inReview: StaffSection | null;
  /** Approved, waiting to be published or scheduled. */
  approved: StaffSection;
  scheduled: StaffSection;
  /** Scheduled publications whose last attempt failed. */
  failed: StaffSection;
  published: StaffSection;
  canWrite: boolean;
};

/** The staff home: every article in progress the viewer may act on, by state, with counts. Staff only. */
export async function getStaffHome(input: { viewer: Viewer; limit?: number }): Promise<StaffHome> {
  const { viewer } = input;
  requireStaff(viewer);
  const limit = input.limit ?? 8;
  const scopes = await staffScopes(viewer);

  const list = async (where: SQL | undefined, order: SQL[]): Promise<StaffSection> => {
    const [{ total }] = await db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(articles)
      .where(where);
    const rows = await db
      .select({
        id: articles.id,
        title: articleRevisions.title,
        status: articles.status,
        pendingState: articles.pendingState,
        updatedAt: articles.updatedAt,
        editor: users.name,
        publishedAt: articles.publishedAt,
        scheduledAt: articles.scheduledAt,
        error: articles.scheduleError,
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
      items: rows.map(({ workingRevisionId, liveRevisionId, pendingState, ...r }) => {
        const pendingChanges = r.status === 'published' && workingRevisionId !== null && workingRevisionId !== liveRevisionId;
        return { ...r, status: pendingChanges ? (pendingState ?? 'draft') : r.status, pendingChanges };
      }),
    };
  };

  const byUpdate = [desc(articles.updatedAt), desc(articles.id)];
  const writes = canWriteArticles(viewer);
  const [drafts, review, inReview, approved, scheduled, failed, published] = await Promise.all([
    list(and(touchedBy(viewer), or(workStateIs('draft'), workStateIs('rejected'))), byUpdate),
    scopes.review === false ? null : list(and(inWorkState('in_review'), scopes.review, not(editedPendingChange(viewer))), byUpdate),
    writes && scopes.edit !== false ? list(and(inWorkState('in_review'), scopes.edit), byUpdate) : null,
    list(and(workStateIs('approved'), scopes.visible), byUpdate),
    list(and(inWorkState('scheduled'), scopes.visible), [asc(articles.scheduledAt), asc(articles.id)]),
    list(and(failedSchedule(), scopes.visible), [asc(articles.scheduledAt), asc(articles.id)]),
    list(and(eq(articles.status, 'published'), scopes.visible), [desc(articles.publishedAt), desc(articles.id)]),
  ]);
  return { drafts, review, inReview, approved, scheduled, failed, published, canWrite: writes };
}
