import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { db, schema, transaction } from '@/db/client';
import { clearFailures, isLockedOut, recordFailure } from '@/lib/auth/rate-limit';
import { generatePassword, hashPassword, verifyPassword } from '@/lib/auth/password';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { type Actor, isAdmin, isSystem, ROLES, type Role, type Viewer } from '@/lib/permissions';
import { writeAudit } from './audit';

export { getViewerForSession } from './session-viewer';

const { users, roleGrants, units } = schema;

export const normalizeEmail = (email: string) => email.normalize('NFC').trim().toLowerCase();

export type SignInResult =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks an email and password. Public by nature: it is the sign-in. Unknown emails,
 * wrong passwords and deactivated accounts give the same answer after the same work.
 */
export async function verifyCredentials(input: { email: string; password: string }): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const key = `email:${email}`;
  if (isLockedOut(key)) {
    await verifyPassword(null, input.password);
    return { ok: false, reason: 'locked' };
  }
  const [user] = await db
    .select({ id: users.id, hash: users.passwordHash, active: users.active, sv: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const valid = await verifyPassword(user?.hash, input.password);
  if (!user || !valid || !user.active) {
    recordFailure(key);
    return { ok: false, reason: 'invalid' };
  }
  clearFailures(key);
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return { ok: true, userId: user.id, sessionVersion: user.sv };
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

// ---- Administration (admins, and IT through the users CLI) ----

export type UserListItem = {
  id: number;
  email: string;
  name: string;
  active: boolean;
  grants: { role: Role; unit: string | null }[];
};

function requireAdmin(actor: Actor) {
  if (!isAdmin(actor)) throw new ForbiddenError();
}

async function unitIdOf(code: string | undefined | null) {
  if (!code) return null;
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, code.toUpperCase())).limit(1);
  if (!unit) throw new ValidationError('unknown_unit', { code });
  return unit.id;
}

async function userIdOf(email: string) {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, normalizeEmail(email))).limit(1);
  if (!user) throw new NotFoundError('unknown_user', { email: normalizeEmail(email) });
  return user.id;
}

const actorId = (actor: Actor) => (isSystem(actor) ? null : actor.id);

/** Lists every user with their grants. Admins only. */
export async function listUsers(actor: Actor): Promise<UserListItem[]> {
  requireAdmin(actor);
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      active: users.active,
      role: roleGrants.role,
      unit: units.code,
    })
    .from(users)
    .leftJoin(roleGrants, eq(roleGrants.userId, users.id))
    .leftJoin(units, eq(units.id, roleGrants.unitId))
    .orderBy(asc(users.email), asc(roleGrants.role));
  const byId = new Map<number, UserListItem>();
  for (const r of rows) {
    let item = byId.get(r.id);
    if (!item) {
      item = { id: r.id, email: r.email, name: r.name, active: r.active, grants: [] };
      byId.set(r.id, item);
    }
    if (r.role) item.grants.push({ role: r.role, unit: r.unit ?? null });
  }
  return [...byId.values()];
}

/** Creates a user with a role; returns the password when one was generated. Admins only. */
export async function createUser(
  actor: Actor,
  input: { email: string; name: string; role: Role; unit?: string | null; password?: string; locale?: 'en' | 'zh' },
): Promise<{ id: number; password: string | null }> {
  requireAdmin(actor);
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new ValidationError('email_invalid');
  if (!input.name.trim()) throw new ValidationError('user_name_required');
  if (!ROLES.includes(input.role)) throw new ValidationError('unknown_role', { role: input.role });
  if (input.password !== undefined && input.password.length < 12)
    throw new ValidationError('password_short', { min: 12 });
  const generated = input.password === undefined ? generatePassword() : null;
  const passwordHash = await hashPassword(input.password ?? (generated as string));
  const unitId = await unitIdOf(input.unit);
  return transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (existing) throw new ValidationError('email_taken', { email });
    const [user] = await tx
      .insert(users)
      .values({ email, name: input.name.trim(), passwordHash, locale: input.locale ?? 'en' })
      .returning({ id: users.id });
    const grants: { userId: number; role: Role; unitId: number | null }[] = [{ userId: user.id, role: 'reader', unitId: null }];
    if (input.role !== 'reader') grants.push({ userId: user.id, role: input.role, unitId });
    await tx.insert(roleGrants).values(grants);
    await writeAudit(tx, {
      actorId: actorId(actor),
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      toState: input.role,
      data: { email, unit: input.unit ?? null },
    });
    return { id: user.id, password: generated };
  });
}

/** Sets a new password and ends the user's sessions. Admins only. */
export async function setUserPassword(actor: Actor, input: { email: string; password?: string }) {
  requireAdmin(actor);
  if (input.password !== undefined && input.password.length < 12)
    throw new ValidationError('password_short', { min: 12 });
  const id = await userIdOf(input.email);
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  await transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, id));
    await writeAudit(tx, { actorId: actorId(actor), action: 'user.set_password', entityType: 'user', entityId: id });
  });
  return { password: input.password === undefined ? password : null };
}

/** Grants a role, optionally scoped to a unit. Admins only. */
export async function grantRole(actor: Actor, input: { email: string; role: Role; unit?: string | null }) {
  requireAdmin(actor);
  if (!ROLES.includes(input.role)) throw new ValidationError('unknown_role', { role: input.role });
  const id = await userIdOf(input.email);
  const unitId = await unitIdOf(input.unit);
  await transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .where(
        and(
          eq(roleGrants.userId, id),
          eq(roleGrants.role, input.role),
          unitId === null ? isNull(roleGrants.unitId) : eq(roleGrants.unitId, unitId),
        ),
      )
      .limit(1);
    if (existing) return;
    await tx.insert(roleGrants).values({ userId: id, role: input.role, unitId });
    await writeAudit(tx, {
      actorId: actorId(actor),
      action: 'role.grant',
      entityType: 'user',
      entityId: id,
      toState: input.role,
      data: { unit: input.unit ?? null },
    });
  });
}

/** Revokes a role (one unit's grant, or every grant of that role). Admins only. */
export async function revokeRole(actor: Actor, input: { email: string; role: Role; unit?: string | null }) {
  requireAdmin(actor);
  const id = await userIdOf(input.email);
  const unitId = await unitIdOf(input.unit);
  const removed = await transaction(async (tx) => {
    const rows = await tx
      .delete(roleGrants)
      .where(
        and(
          eq(roleGrants.userId, id),
          eq(roleGrants.role, input.role),
          input.unit ? eq(roleGrants.unitId, unitId as number) : undefined,
        ),
      )
      .returning({ id: roleGrants.id });
    if (rows.length > 0) {
      await writeAudit(tx, {
        actorId: actorId(actor),
        action: 'role.revoke',
        entityType: 'user',
        entityId: id,
        fromState: input.role,
        data: { unit: input.unit ?? null },
      });
    }
    return rows.length;
  });
  return { removed };
}

/** Deactivates (or reactivates) a user; deactivation ends their sessions at once. Admins only. */
export async function setUserActive(actor: Actor, input: { email: string; active: boolean }) {
  requireAdmin(actor);
  const id = await userIdOf(input.email);
  await transaction(async (tx) => {
    await tx
      .update(users)
      .set({ active: input.active, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, id));
    await writeAudit(tx, {
      actorId: actorId(actor),
      action: input.active ? 'user.activate' : 'user.deactivate',
      entityType: 'user',
      entityId: id,
    });
  });
}
