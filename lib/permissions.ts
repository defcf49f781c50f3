// Pure permission predicates, shared by the data access layer and its unit tests.

export const ROLES = ['reader', 'editor', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Grant = { role: Role; unitId: number | null };

export type Viewer = {
  id: number;
  name: string;
  email: string;
  locale: 'en' | 'zh';
  grants: Grant[];
};

/** Scripts run by IT on the server (the users CLI, the seed) act as the system. */
export type SystemActor = { system: true };
export const SYSTEM: SystemActor = { system: true };
export type Actor = Viewer | SystemActor;

export const isSystem = (actor: Actor | null | undefined): actor is SystemActor =>
  !!actor && 'system' in actor && actor.system === true;

export function hasRole(viewer: Viewer | null | undefined, role: Role) {
  return !!viewer && viewer.grants.some((g) => g.role === role);
}

export function isAdmin(actor: Actor | null | undefined) {
  return isSystem(actor) || hasRole(actor as Viewer | null, 'admin');
}

/** Editors, approvers and admins: the people who may see unpublished work. */
export function isStaff(viewer: Viewer | null | undefined) {
  return !!viewer && viewer.grants.some((g) => g.role !== 'reader');
}

type ReadableArticle = { status: string; visibility: 'internal' | 'public'; publishedAt: Date | null };

/** Who may read an article on the readers' pages. */
export function canReadArticle(viewer: Viewer | null, article: ReadableArticle, now = new Date()) {
  const live = article.status === 'published' && !!article.publishedAt && article.publishedAt <= now;
  if (!live) return isStaff(viewer);
  if (article.visibility === 'public') return true;
  return !!viewer;
}

/** Each unit's parent, for checking unit scopes ("that unit, or a unit below it"). */
export type UnitParents = ReadonlyMap<number, number | null>;

/** Whether `unitId` is `scopeId` or lies below it. */
export function unitWithin(unitId: number | null, scopeId: number, parents: UnitParents) {
  const seen = new Set<number>();
  for (let u = unitId; u !== null && u !== undefined && !seen.has(u); u = parents.get(u) ?? null) {
    if (u === scopeId) return true;
    seen.add(u);
  }
  return false;
}

/** Whether the viewer holds `role` unscoped, or scoped to a unit that covers `unitId`. */
export function roleCovers(viewer: Viewer | null | undefined, role: Role, unitId: number | null, parents: UnitParents) {
  return (
    !!viewer &&
    viewer.grants.some((g) => g.role === role && (g.unitId === null || unitWithin(unitId, g.unitId, parents)))
  );
}

/** The units a role is scoped to, or null when the viewer holds it unscoped (all units). */
export function roleScope(viewer: Viewer | null | undefined, role: Role): number[] | null {
  const grants = viewer?.grants.filter((g) => g.role === role) ?? [];
  if (grants.some((g) => g.unitId === null)) return null;
  return grants.map((g) => g.unitId as number);
}

type ScopedArticle = { sourceUnitId: number | null };

/** Who may write an article for its source unit: admins, and editors whose scope covers it. */
export function canEditArticle(viewer: Viewer | null | undefined, article: ScopedArticle, parents: UnitParents) {
  return isAdmin(viewer) || roleCovers(viewer, 'editor', article.sourceUnitId, parents);
}

/** Who may see unpublished work of a unit: its editors and approvers, and admins. */
export function canViewDraft(viewer: Viewer | null | undefined, article: ScopedArticle, parents: UnitParents) {
  return canEditArticle(viewer, article, parents) || roleCovers(viewer, 'approver', article.sourceUnitId, parents);
}

/** Who may write articles at all: editors (of any unit) and admins. */
export function canWriteArticles(viewer: Viewer | null | undefined) {
  return isAdmin(viewer) || hasRole(viewer, 'editor');
}

/** Who may review an article: approvers whose scope covers its unit, and admins. */
export function canReview(viewer: Viewer | null | undefined, article: ScopedArticle, parents: UnitParents) {
  return isAdmin(viewer) || roleCovers(viewer, 'approver', article.sourceUnitId, parents);
}

/**
 * Who may make a workflow move (lib/workflow.ts): a writer's move needs canEditArticle, a
 * reviewer's canReview, and a system move (the scheduled publication) the system itself.
 */
export function canMakeMove(actor: Actor, by: 'writer' | 'reviewer' | 'system', article: ScopedArticle, parents: UnitParents) {
  if (by === 'system' || isSystem(actor)) return by === 'system' && isSystem(actor);
  return by === 'writer' ? canEditArticle(actor, article, parents) : canReview(actor, article, parents);
}
