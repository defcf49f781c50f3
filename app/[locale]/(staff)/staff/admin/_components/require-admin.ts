import 'server-only';
import { forbidden } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/session';
import { isAdmin, type Viewer } from '@/lib/permissions';

/** The viewer of an admin page: others get sign-in or the 403 page. UX only; lib/dal checks every read and write again. */
export async function requireAdminPage(path: string): Promise<Viewer> {
  const viewer = await requireStaffPage(path);
  if (!isAdmin(viewer)) forbidden();
  return viewer;
}
