import 'server-only';
import { eq, or, type SQL } from 'drizzle-orm';
import { db, schema, type Db } from '@/db/client';
import { rowOf, tagSlug, type RevisionMeta } from '@/lib/article-fields';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { canViewDraft, isStaff, type UnitParents, type Viewer } from '@/lib/permissions';
import type { WorkState } from '@/lib/workflow';

const { articles, articleTags, tags } = schema;

// The article row as the rest of lib/dal reads and writes it: its head (state, version,
// unit, revision pointers), which the editor, the workflow and the scheduler decide on;
// what decides who may read it; and its live copy of the fields. Internal to lib/dal.

export type Head = {
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

export async function loadHead(database: Db, id: number): Promise<Head | undefined> {
  const [head] = await database.select(headColumns).from(articles).where(eq(articles.id, id)).limit(1);
  return head;
}

/** Staff only: editors, approvers and admins. */
export function requireStaff(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer || !isStaff(viewer)) throw new ForbiddenError();
}

/** The article, if the viewer may see its unpublished work; not found otherwise, so as not to reveal it. */
export async function viewableHead(viewer: Viewer, id: number, parents: UnitParents, database: Db = db) {
  const head = await loadHead(database, id);
  if (!head || !canViewDraft(viewer, head, parents)) throw new NotFoundError();
  return head;
}

/** The revision the editor works on: the working one, else the live one. */
export const currentRevisionId = (head: Pick<Head, 'workingRevisionId' | 'liveRevisionId'>) =>
  head.workingRevisionId ?? head.liveRevisionId;

/** What decides who may read an article (canReadArticle) or see its unpublished work (canViewDraft), and its files. */
export async function loadAccess(id: number) {
  const [row] = await db
    .select({
      id: articles.id,
      status: articles.status,
      visibility: articles.visibility,
      publishedAt: articles.publishedAt,
      sourceUnitId: articles.sourceUnitId,
      liveRevisionId: articles.liveRevisionId,
      workingRevisionId: articles.workingRevisionId,
      coverKey: articles.coverKey,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  return row;
}

/** Articles whose work state is `state`: their own, or that of a published article's pending revision. */
export const inWorkState = (state: 'in_review' | 'scheduled') =>
  or(eq(articles.status, state), eq(articles.pendingState, state)) as SQL;

/**
 * Makes `meta` the article row's live copy of the fields, and its tags the article's tags
 * (creating tags that do not exist yet). Inside the caller's transaction.
 */
export async function writeLiveFields(tx: Db, articleId: number, meta: RevisionMeta, extra: Partial<typeof articles.$inferInsert> = {}) {
  await tx
    .update(articles)
    .set({ ...rowOf(meta), ...extra })
    .where(eq(articles.id, articleId));
  const ids = new Set<number>();
  for (const name of meta.tags) {
    const slug = tagSlug(name);
    await tx.insert(tags).values({ slug, name }).onConflictDoNothing();
    const [row] = await tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug));
    ids.add(row.id);
  }
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  if (ids.size) await tx.insert(articleTags).values([...ids].map((tagId) => ({ articleId, tagId })));
}
