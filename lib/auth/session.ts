import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { getViewerForSession } from '@/lib/dal/users';
import { ForbiddenError } from '@/lib/errors';
import { hasRole, type Role, type Viewer } from '@/lib/permissions';
import { safeCallbackPath } from '@/lib/utils';

/** The signed-in employee of this request, or null. Re-read from the database each request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  let session;
  try {
    session = await auth();
  } catch {
    // A broken or missing secret must deny, never allow.
    return null;
  }
  const id = Number(session?.user?.id);
  const sv = session?.sv;
  if (!session?.user?.id || !Number.isSafeInteger(id) || id <= 0 || typeof sv !== 'number') return null;
  return getViewerForSession(id, sv);
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
