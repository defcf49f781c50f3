import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import { ForbiddenError } from '@/lib/errors';
import { type Actor, type Grant, isAdmin, isSystem, type Role, type Viewer } from '@/lib/permissions';
import { normalizeEmail } from './user-refs';

const { users, roleGrants } = schema;

export { normalizeEmail };

export { verifyCredentials, type SignInResult } from './sign-in';

/**
 * The viewer behind a session: read afresh on every request, so that a deactivation, a
 * role change or a sign-out elsewhere takes effect at once. Returns null for a stale session.
 */
export async function getViewerForSession(userId: number, sessionVersion: number): Promise<Viewer | null> {
  if (!Number.isSafeInteger(userId) || !Number.isSafeInteger(sessionVersion)) return null;
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      active: users.active,
      sv: users.sessionVersion,
      role: roleGrants.role,
      unitId: roleGrants.unitId,
    })
    .from(users)
    .leftJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(eq(users.id, userId));
  const first = rows[0];
  if (!first || !first.active || first.sv !== sessionVersion) return null;
  const grants: Grant[] = rows.filter((r) => r.role).map((r) => ({ role: r.role as Role, unitId: r.unitId }));
  // Every signed-in employee is a reader, whether or not the grant was written down.
  if (!grants.some((g) => g.role === 'reader')) grants.unshift({ role: 'reader', unitId: null });
  return { id: first.id, name: first.name, email: first.email, locale: first.locale, grants };
}

/** Ends every session of the user: the next request of each is anonymous. Self or admin. */
export async function endAllSessions(actor: Actor, userId: number) {
  if (!isSystem(actor) && actor.id !== userId && !isAdmin(actor)) throw new ForbiddenError();
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

/** Stores the viewer's preferred language. Self only. */
export async function setPreferredLocale(viewer: Viewer, locale: 'en' | 'zh') {
  await db.update(users).set({ locale }).where(eq(users.id, viewer.id));
}

// Administration of accounts: lib/dal/user-admin.ts (changes) and user-directory.ts (lists).
export { createUser, grantRole, revokeRole, setUserActive, setUserPassword } from './user-admin';
export { listUsers, type UserListItem } from './user-directory';
