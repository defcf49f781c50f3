import 'server-only';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { schema, transaction, type Db } from '@/db/client';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { ConflictError, ValidationError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { type Actor, isSystem, ROLES, type Role } from '@/lib/permissions';
import { writeAudit } from './audit';
import { createInvitation, PASSWORD_MIN } from './invitations';
import { actorId, assertAdminRemains, checkEmail, checkName, lockAdmins, requireAdmin, unitIdOf, userIdOf, type UserRef } from './user-refs';

const { users, roleGrants, units } = schema;

// Changes of accounts by admins, from the console (users named by id) and from `npm run
// users` (by email). Each one is checked here, runs in one transaction with its audit
// entry, and none may leave the portal without an active admin.

function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new ValidationError('unknown_role', { role });
  return role as Role;
}

function checkPassword(password: string | undefined) {
  if (password === undefined) return;
  if (password.length < PASSWORD_MIN) throw new ValidationError('password_short', { min: PASSWORD_MIN });
  if (password.length > 200) throw new ValidationError('too_long', { max: 200 });
}

export type NewUserInput = {
  email: string;
  name: string;
  /** The role granted besides reader, scoped to `unit` (a code or an id) when given. */
  role?: Role;
  /** The employee's unit; also the scope of `role`. */
  unit?: string | number | null;
  /** Further grants (the CSV import). */
  grants?: { role: Role; unit: string | number | null }[];
  locale?: Locale;
  /** A chosen password; without it and without `invite`, one is generated. */
  password?: string;
  /** Send an invitation to choose a password instead of setting one. */
  invite?: boolean;
  active?: boolean;
};

export type NewUserResult = { id: number; password: string | null; invitation: { link: string; mailed: boolean } | null };

/** Inserts a user inside the caller's transaction (admin already checked), with grants and audit. */
export async function insertUser(tx: Db, actor: Actor, input: NewUserInput, passwordHash: string | null): Promise<number> {
  const email = checkEmail(input.email);
  const name = checkName(input.name);
  const unitId = await unitIdOf(tx, input.unit);
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (existing) throw new ValidationError('email_taken', { email });
  const [user] = await tx
    .insert(users)
    .values({ email, name, passwordHash, unitId, locale: input.locale ?? 'en', active: input.active ?? true })
    .returning({ id: users.id });
  const grants = new Map<string, { role: Role; unitId: number | null }>([['reader:', { role: 'reader', unitId: null }]]);
  if (input.role && input.role !== 'reader') grants.set(`${input.role}:${unitId ?? ''}`, { role: checkRole(input.role), unitId });
  for (const g of input.grants ?? []) {
    const scope = await unitIdOf(tx, g.unit);
    grants.set(`${g.role}:${scope ?? ''}`, { role: checkRole(g.role), unitId: scope });
  }
  await tx.insert(roleGrants).values([...grants.values()].map((g) => ({ userId: user.id, ...g })));
  await writeAudit(tx, {
    actorId: actorId(actor),
    action: 'user.create',
    entityType: 'user',
    entityId: user.id,
    toState: input.role ?? 'reader',
    data: { email, unit: input.unit ?? null, grants: [...grants.keys()] },
  });
  return user.id;
}

/** Creates a user; returns the password when one was generated, or the invitation link. Admins only. */
export async function createUser(actor: Actor, input: NewUserInput): Promise<NewUserResult> {
  requireAdmin(actor);
  checkPassword(input.password);
  const generated = input.password === undefined && !input.invite ? generatePassword() : null;
  const secret = input.password ?? generated;
  const passwordHash = secret ? await hashPassword(secret) : null;
  return transaction(async (tx) => {
    const id = await insertUser(tx, actor, input, passwordHash);
    const invitation = input.invite
      ? await createInvitation(tx, { id, email: checkEmail(input.email), name: checkName(input.name), locale: input.locale ?? 'en' })
      : null;
    if (invitation) await writeAudit(tx, { actorId: actorId(actor), action: 'user.invite', entityType: 'user', entityId: id, data: { mailed: invitation.mailed } });
    return { id, password: generated, invitation };
  });
}

/** Changes a user's name, email and unit. Admins only; an email another account has is refused. */
export async function updateUser(actor: Actor, input: { user: UserRef; name?: string; email?: string; unit?: string | number | null }) {
  requireAdmin(actor);
  await transaction(async (tx) => {
    const id = await userIdOf(tx, input.user);
    const [before] = await tx
      .select({ name: users.name, email: users.email, unitId: users.unitId, unit: units.code })
      .from(users)
      .leftJoin(units, eq(units.id, users.unitId))
      .where(eq(users.id, id));
    const next: { name?: string; email?: string; unitId?: number | null } = {};
    if (input.name !== undefined && checkName(input.name) !== before.name) next.name = checkName(input.name);
    if (input.email !== undefined && checkEmail(input.email) !== before.email) {
      const email = checkEmail(input.email);
      const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.email, email), ne(users.id, id))).limit(1);
      if (taken) throw new ValidationError('email_taken', { email });
      next.email = email;
    }
    if (input.unit !== undefined) {
      // Keeping a unit that has since been retired is allowed; moving into one is not.
      const unitId = await unitIdOf(tx, input.unit, { allowRetired: true });
      if (unitId !== before.unitId) next.unitId = await unitIdOf(tx, input.unit);
    }
    if (Object.keys(next).length === 0) return;
    await tx.update(users).set(next).where(eq(users.id, id));
    const from = Object.fromEntries(Object.keys(next).map((k) => [k, k === 'unitId' ? before.unit : before[k as 'name' | 'email']]));
    const to = { ...next, ...('unitId' in next ? { unitId: input.unit ?? null } : {}) };
    await writeAudit(tx, { actorId: actorId(actor), action: 'user.update', entityType: 'user', entityId: id, data: { from, to } });
  });
}

/**
 * Sets a new password (or sends an invitation to choose one) and ends the user's sessions.
 * Admins only. Returns the generated password or the invitation link, to show once.
 */
export async function setUserPassword(actor: Actor, input: { user: UserRef; password?: string; invite?: boolean }) {
  requireAdmin(actor);
  checkPassword(input.password);
  const password = input.invite ? null : (input.password ?? generatePassword());
  const passwordHash = password ? await hashPassword(password) : null;
  return transaction(async (tx) => {
    const id = await userIdOf(tx, input.user);
    const [u] = await tx.select({ email: users.email, name: users.name, locale: users.locale }).from(users).where(eq(users.id, id));
    const set = passwordHash ? { passwordHash } : {};
    await tx.update(users).set({ ...set, sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, id));
    const invitation = input.invite ? await createInvitation(tx, { id, ...u }) : null;
    await writeAudit(tx, { actorId: actorId(actor), action: input.invite ? 'user.invite' : 'user.set_password', entityType: 'user', entityId: id });
    return { password: input.password === undefined ? password : null, invitation };
  });
}

/** Grants a role, optionally scoped to a unit (not a retired one). Admins only. */
export async function grantRole(actor: Actor, input: { user: UserRef; role: Role; unit?: string | number | null }) {
  requireAdmin(actor);
  const role = checkRole(input.role);
  return transaction(async (tx) => {
    const id = await userIdOf(tx, input.user);
    const unitId = await unitIdOf(tx, input.unit);
    const [existing] = await tx
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .where(and(eq(roleGrants.userId, id), eq(roleGrants.role, role), unitId === null ? isNull(roleGrants.unitId) : eq(roleGrants.unitId, unitId)))
      .limit(1);
    if (existing) return { granted: false };
    await tx.insert(roleGrants).values({ userId: id, role, unitId });
    await writeAudit(tx, { actorId: actorId(actor), action: 'role.grant', entityType: 'user', entityId: id, toState: role, data: { unit: input.unit ?? null } });
    return { granted: true };
  });
}

/**
 * Revokes a role: one grant (`grantId`), one unit's grant (`unit`), or every grant of the
 * role. Admins only; the last active admin keeps theirs.
 */
export async function revokeRole(actor: Actor, input: { user: UserRef; role: Role; unit?: string | number | null; grantId?: number }) {
  requireAdmin(actor);
  return transaction(async (tx) => {
    await lockAdmins(tx);
    const id = await userIdOf(tx, input.user);
    const unitId = input.unit === undefined || input.unit === null ? null : await unitIdOf(tx, input.unit, { allowRetired: true });
    const rows = await tx
      .delete(roleGrants)
      .where(
        and(
          eq(roleGrants.userId, id),
          eq(roleGrants.role, input.role),
          input.grantId !== undefined ? eq(roleGrants.id, input.grantId) : undefined,
          unitId !== null ? eq(roleGrants.unitId, unitId) : undefined,
        ),
      )
      .returning({ id: roleGrants.id, unitId: roleGrants.unitId });
    if (rows.length === 0) return { removed: 0 };
    if (input.role === 'admin') await assertAdminRemains(tx);
    const codes = await Promise.all(rows.map((r) => (r.unitId === null ? null : tx.select({ code: units.code }).from(units).where(eq(units.id, r.unitId)).then((u) => u[0]?.code ?? null))));
    await writeAudit(tx, { actorId: actorId(actor), action: 'role.revoke', entityType: 'user', entityId: id, fromState: input.role, data: { units: codes } });
    return { removed: rows.length };
  });
}

/** Deactivates (ending their sessions at once) or reactivates a user. Admins only; never the last active admin. */
export async function setUserActive(actor: Actor, input: { user: UserRef; active: boolean }) {
  requireAdmin(actor);
  await transaction(async (tx) => {
    await lockAdmins(tx);
    const id = await userIdOf(tx, input.user);
    if (!input.active) refuseOwnAccount(actor, id);
    const [before] = await tx.select({ active: users.active }).from(users).where(eq(users.id, id));
    if (before.active === input.active) return;
    await tx.update(users).set({ active: input.active, sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, id));
    if (!input.active) await assertAdminRemains(tx);
    await writeAudit(tx, { actorId: actorId(actor), action: input.active ? 'user.activate' : 'user.deactivate', entityType: 'user', entityId: id });
  });
}

/** Ends every session of a user on every device, on the audit log. Admins only. */
export async function signOutEverywhere(actor: Actor, input: { user: UserRef }) {
  requireAdmin(actor);
  await transaction(async (tx) => {
    const id = await userIdOf(tx, input.user);
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, id));
    await writeAudit(tx, { actorId: actorId(actor), action: 'user.sign_out_everywhere', entityType: 'user', entityId: id });
  });
}

/** Refuses a change an admin makes to their own account from the console that would lock them out. */
export function refuseOwnAccount(actor: Actor, userId: number) {
  if (!isSystem(actor) && actor.id === userId) throw new ConflictError('own_account');
}
