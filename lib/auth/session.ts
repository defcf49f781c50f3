import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { decode } from 'next-auth/jwt';
import { getViewerForSession } from '@/lib/dal/users';
import { env } from '@/lib/env';
import { ForbiddenError } from '@/lib/errors';
import { hasRole, isStaff, type Role, type Viewer } from '@/lib/permissions';
import { safeCallbackPath } from '@/lib/utils';
import { SESSION_COOKIE } from './cookies';

/**
 * The signed-in employee of this request, or null. The session cookie is the JWT that
 * Auth.js issued at sign-in (auth.ts); it is decrypted and checked (expiry included) here
 * with Auth.js's own decoder rather than through auth(), which runs the whole Auth.js
 * request pipeline on every page and, in this version, kept each request in memory.
 * The user, their roles, active flag and session version are then read from the database.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  // A missing secret must deny, never allow.
  if (!token || !env.AUTH_SECRET) return null;
  let payload: { sub?: unknown; sv?: unknown } | null;
  try {
    payload = await decode({ token, secret: env.AUTH_SECRET, salt: SESSION_COOKIE });
  } catch {
    return null;
  }
  const id = Number(payload?.sub);
  const sv = payload?.sv;
  if (!payload?.sub || !Number.isSafeInteger(id) || id <= 0 || typeof sv !== 'number') return null;
  return getViewerForSession(id, sv);
});

/** How the current session began, and the provider's ID token when it was single sign-on. */
export async function sessionOrigin(): Promise<{ sso: boolean; idToken?: string }> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token || !env.AUTH_SECRET) return { sso: false };
  try {
    const payload = await decode({ token, secret: env.AUTH_SECRET, salt: SESSION_COOKIE });
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
