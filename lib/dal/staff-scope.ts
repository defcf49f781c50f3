import 'server-only';
import { and, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { schema } from '@/db/client';
import { hasRole, isAdmin, roleScope, type Viewer } from '@/lib/permissions';
import type { WorkState } from '@/lib/workflow';
import { inWorkState } from './article-row';
import { expandScope, getUnitParents } from './units';

const { articles } = schema;

// What the staff desk and the staff article list may show, as SQL: the articles of the
// units the viewer edits or reviews, and the work state of an article (a published
// article's pending revision has a state of its own, lib/workflow.ts workState).

/** A condition, "all" (undefined) or "none" (false). */
type Scope = SQL | undefined | false;

export type StaffScopes = {
  /** Articles the viewer may write: admins all, editors those of their units. */
  edit: Scope;
  /** Articles the viewer may review. */
  review: Scope;
  /** Articles the viewer may see at all: the union of the two. */
  visible: SQL | undefined;
};

export async function staffScopes(viewer: Viewer): Promise<StaffScopes> {
  const parents = await getUnitParents();
  const scopeFor = (role: 'editor' | 'approver'): Scope => {
    if (isAdmin(viewer)) return undefined;
    if (!hasRole(viewer, role)) return false;
    const scope = roleScope(viewer, role);
    if (scope === null) return undefined;
    return inArray(articles.sourceUnitId, expandScope(scope, parents));
  };
  const edit = scopeFor('editor');
  const review = scopeFor('approver');
  const visible = edit === undefined || review === undefined ? undefined : (or(orNone(edit), orNone(review)) as SQL);
  return { edit, review, visible };
}

/** A scope as a condition: "none" becomes one that nothing meets. */
export const orNone = (scope: Scope): SQL | undefined => (scope === false ? sql`1 = 0` : scope);

/** A published article with a working revision that is not live yet. */
const pending = and(
  eq(articles.status, 'published'),
  isNotNull(articles.workingRevisionId),
  ne(articles.workingRevisionId, sql`coalesce(${articles.liveRevisionId}, 0)`),
) as SQL;

/**
 * Articles whose work state is `state`. "published" means live for readers (with or
 * without a new revision in progress); a draft includes the pending edit of a live article.
 */
export function workStateIs(state: WorkState): SQL {
  if (state === 'published' || state === 'archived') return eq(articles.status, state);
  if (state === 'draft') return or(eq(articles.status, 'draft'), and(pending, or(isNull(articles.pendingState), eq(articles.pendingState, 'draft')))) as SQL;
  if (state === 'in_review' || state === 'scheduled') return inWorkState(state);
  return or(eq(articles.status, state), and(pending, eq(articles.pendingState, state))) as SQL;
}

/** Scheduled publications whose last attempt failed. */
export const failedSchedule = () => and(isNotNull(articles.scheduleError), inWorkState('scheduled')) as SQL;

/** Articles the viewer wrote or edited a revision of. */
export const touchedBy = (viewer: Viewer) =>
  sql`(${articles.authorId} = ${viewer.id} or exists (select 1 from article_revisions r where r.article_id = ${articles.id} and r.editor_id = ${viewer.id}))`;

/**
 * Articles whose pending change the viewer wrote or edited: nobody approves those
 * (separation of duties, the same rule as lib/dal/workflow.ts), so they are not waiting
 * for this viewer's review.
 */
export const editedPendingChange = (viewer: Viewer) =>
  sql`exists (select 1 from article_revisions r where r.article_id = ${articles.id} and r.editor_id = ${viewer.id} and r.version > coalesce((select lr.version from article_revisions lr where lr.id = ${articles.liveRevisionId} and ${articles.status} = 'published'), 0))`;
