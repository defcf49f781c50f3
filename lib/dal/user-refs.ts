import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { schema, type Db } from '@/db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { type Actor, isAdmin, isSystem } from '@/lib/permissions';

// What the user administration functions share: who may call them, how a user and a unit
// are named (by id from the console, by email and unit code from the command line), and the
// rule that the portal always keeps one active admin.

const { users, roleGrants, units, settings } = schema;

export const normalizeEmail = (email: string) => email.normalize('NFC').trim().toLowerCase();

/** An email address as accounts use it: one @, no spaces, a dot in the domain, 254 characters at most. */
export function checkEmail(raw: string): string {
  const email = normalizeEmail(raw);
  if (email.length > 254 || !/^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/.test(email)) throw new ValidationError('email_invalid', { email: raw.slice(0, 80) });
  return email;
}

/** A person's name: trimmed, no control characters, 1–200 characters. */
export function checkName(raw: string): string {
  const name = raw.replace(/[\u0000-\u001F\u007F]/g, ' ').trim();
  if (!name) throw new ValidationError('user_name_required');
  if (name.length > 200) throw new ValidationError('too_long', { max: 200 });
  return name;
}

export function requireAdmin(actor: Actor) {
  if (!isAdmin(actor)) throw new ForbiddenError();
}

/** The id to record as the actor in the audit log: null for the command line (the system). */
export const actorId = (actor: Actor) => (isSystem(actor) ? null : actor.id);

/** A user named by id (the console) or by email (the command line). */
export type UserRef = number | string;

/** The id of a user who has not been erased; NotFoundError otherwise. */
export async function userIdOf(tx: Db, ref: UserRef): Promise<number> {
  const where = typeof ref === 'number' ? eq(users.id, ref) : eq(users.email, normalizeEmail(ref));
  const [user] = await tx.select({ id: users.id, erasedAt: users.erasedAt }).from(users).where(where).limit(1);
  if (!user || user.erasedAt) throw new NotFoundError('unknown_user', { email: typeof ref === 'string' ? normalizeEmail(ref) : `#${ref}` });
  return user.id;
}

/** A unit named by code or id. New members and grants need a unit that is not retired. */
export async function unitIdOf(tx: Db, ref: string | number | null | undefined, opts: { allowRetired?: boolean } = {}): Promise<number | null> {
  if (ref === null || ref === undefined || ref === '') return null;
  const where = typeof ref === 'number' ? eq(units.id, ref) : eq(units.code, ref.trim().toUpperCase());
  const [unit] = await tx.select({ id: units.id, code: units.code, retiredAt: units.retiredAt }).from(units).where(where).limit(1);
  if (!unit) throw new ValidationError('unknown_unit', { code: String(ref) });
  if (unit.retiredAt && !opts.allowRetired) throw new ValidationError('unit_retired', { code: unit.code });
  return unit.id;
}

/**
 * Serializes every change that could leave the portal without an admin: on PostgreSQL the
 * row lock makes a second such transaction wait for the first to commit (SQLite runs one
 * writer at a time anyway). Call first thing in the transaction.
 */
export async function lockAdmins(tx: Db) {
  await tx
    .insert(settings)
    .values({ key: 'lock:admins', value: null })
    .onConflictDoUpdate({ target: settings.key, set: { updatedAt: new Date() } });
}

/** After a change inside the transaction: refuses it when no active admin would remain. */
export async function assertAdminRemains(tx: Db) {
  const [{ n }] = await tx
    .select({ n: sql<number>`count(distinct ${users.id})`.mapWith(Number) })
    .from(users)
    .innerJoin(roleGrants, and(eq(roleGrants.userId, users.id), eq(roleGrants.role, 'admin')))
    .where(and(eq(users.active, true), isNull(users.erasedAt)));
  if (n === 0) throw new ConflictError('last_admin');
}
