import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import { ForbiddenError } from '@/lib/errors';
import { type Actor, isAdmin, isSystem, type Viewer } from '@/lib/permissions';
import { normalizeEmail } from './user-refs';

export { getViewerForSession } from './session-viewer';

const { users } = schema;

export { normalizeEmail };

export { verifyCredentials, type SignInResult } from './sign-in';

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
