import { eq } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import { getViewerForSession } from '@/lib/dal/users';
import type { Viewer } from '@/lib/permissions';

export const EMAILS = {
  admin: 'admin@newsroom.example',
  editor: 'editor@newsroom.example',
  unitEditor: 'editor.unit@newsroom.example',
  approver: 'approver@newsroom.example',
  unitApprover: 'approver.unit@newsroom.example',
  reader: 'reader@newsroom.example',
} as const;

/** The viewer of a demo user, as a fresh session would see them. */
export async function viewerFor(key: keyof typeof EMAILS): Promise<Viewer> {
  const [user] = await db
    .select({ id: schema.users.id, sv: schema.users.sessionVersion })
    .from(schema.users)
    .where(eq(schema.users.email, EMAILS[key]));
  const viewer = await getViewerForSession(user.id, user.sv);
  if (!viewer) throw new Error(`No viewer for ${key}`);
  return viewer;
}

/** Articles by status and visibility, straight from the database, for cross-checks. */
export async function articleIds(where: { status?: string; visibility?: 'internal' | 'public' } = {}) {
  const rows = await db
    .select({ id: schema.articles.id, status: schema.articles.status, visibility: schema.articles.visibility })
    .from(schema.articles);
  return rows
    .filter((r) => (where.status ? r.status === where.status : true))
    .filter((r) => (where.visibility ? r.visibility === where.visibility : true))
    .map((r) => r.id);
}
