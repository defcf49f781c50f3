import 'server-only';
import { eq } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import { decodeSessionToken } from '@/lib/auth/session-token';
import type { Grant, Role, Viewer } from '@/lib/permissions';
import { sharedAudience } from './readable';

const { users, roleGrants } = schema;

// Who is behind a session, for every request: kept apart from the rest of lib/dal/users.ts
// so that proxy.ts can ask it without loading the password hashing.

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

/**
 * Which shared rendering of the readers' pages the holder of this session cookie may be
 * given (sharedAudience in lib/dal/readable.ts), decided afresh on every request from the
 * database: a cookie that does not decode, a deactivated account or a session ended
 * elsewhere is a guest, and staff (null) get the pages rendered for them alone.
 */
export async function audienceOfSession(token: string | undefined): Promise<'guest' | 'member' | null> {
  const claims = await decodeSessionToken(token);
  if (!claims) return 'guest';
  return sharedAudience(await getViewerForSession(claims.userId, claims.sessionVersion));
}
