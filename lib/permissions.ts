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
