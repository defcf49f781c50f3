import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { getViewerForSession } from '@/lib/dal/users';
import { ForbiddenError } from '@/lib/errors';
import { hasRole, isStaff, type Role, type Viewer } from '@/lib/permissions';
import { safeCallbackPath } from '@/lib/utils';
import { SESSION_COOKIE } from './cookies';
import { decodeSessionToken } from './session-token';

/**
 * The signed-in employee of this request, or null. The session cookie is decoded by
 * decodeSessionToken (Auth.js's own decoder) rather than through auth(), which runs the
 * whole Auth.js request pipeline on every page and, in this version, kept each request in
 * memory. The user, their roles, active flag and session version are then read from the
 * database, on every request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await decodeSessionToken((await cookies()).get(SESSION_COOKIE)?.value);
  return claims && getViewerForSession(claims.userId, claims.sessionVersion);
});

/** The viewer, or a redirect to sign-in that comes back to `callbackPath`. */
export async function requireViewer(callbackPath = '/'): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?callbackUrl=${encodeURIComponent(safeCallbackPath(callbackPath))}`);
  return viewer;
}

/** The viewer, who must hold `role`; throws ForbiddenError otherwise. */
export async function requireRole(role: Role): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer || !hasRole(viewer, role)) throw new ForbiddenError();
  return viewer;
}

/**
 * The viewer of a staff page: signed-out visitors go to sign-in, and signed-in readers get
 * the 403 page. UX only: every staff read and write is checked again in lib/dal.
 */
export async function requireStaffPage(callbackPath: string): Promise<Viewer> {
  const viewer = await requireViewer(callbackPath);
  if (!isStaff(viewer)) forbidden();
  return viewer;
}
