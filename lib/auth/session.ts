import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { decode } from 'next-auth/jwt';
import { getViewerForSession } from '@/lib/dal/users';
import { ForbiddenError } from '@/lib/errors';
import { hasRole, isStaff, type Role, type Viewer } from '@/lib/permissions';
import { safeCallbackPath } from '@/lib/utils';
import { SESSION_COOKIE } from './cookies';
import { authSecret } from './secret';
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

/** How the current session began, and the provider's ID token when it was single sign-on. */
export async function sessionOrigin(): Promise<{ sso: boolean; idToken?: string }> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const secret = authSecret();
  if (!token || !secret) return { sso: false };
  try {
    const payload = await decode({ token, secret, salt: SESSION_COOKIE });
    return { sso: payload?.m === 'sso', idToken: typeof payload?.idt === 'string' ? payload.idt : undefined };
  } catch {
    return { sso: false };
  }
}

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
