import 'server-only';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import { verifyPassword } from '@/lib/auth/password';
import { env } from '@/lib/env';
import { writeAudit } from './audit';
import { normalizeEmail } from './users';

const { users, signInAttempts } = schema;

// The sign-in lockout: one counter per account and one per client address, in the
// database, so that every instance and both ways in (the sign-in form and Auth.js's own
// endpoint) count together. An account is locked after NEWSROOM_LOGIN_MAX_FAILURES failures
// within 15 minutes, for 15 minutes. A client address that fails
// NEWSROOM_LOGIN_CLIENT_MAX_FAILURES times is refused (429) before any password is checked,
// so that nobody can lock every account by spraying wrong passwords from one place.

export const LOCK_WINDOW_MS = 15 * 60 * 1000;

export type SignInResult =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; reason: 'invalid' | 'locked' | 'throttled' | 'sso_only' };

const accountKey = (email: string) => `account:${email}`;
const clientKey = (client: string) => `client:${client}`;

/** When the client address may try again, or null when it is not throttled. */
export async function clientThrottledUntil(client: string, now = new Date()): Promise<Date | null> {
  return lockedUntil(clientKey(client), now);
}

async function lockedUntil(key: string, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ until: signInAttempts.lockedUntil })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.key, key), gt(signInAttempts.lockedUntil, now)))
    .limit(1);
  return row?.until ?? null;
}

/**
 * Counts one failure against `key`; locks it when the count reaches `max`. Returns true
 * when this very failure locked it (so the lockout is recorded once).
 */
async function countFailure(key: string, max: number, now: Date): Promise<boolean> {
  // A window that has run out starts again (a lock ends with its window: it is set later).
  await db
    .delete(signInAttempts)
    .where(
      and(
        eq(signInAttempts.key, key),
        lt(signInAttempts.windowStart, new Date(now.getTime() - LOCK_WINDOW_MS)),
        or(isNull(signInAttempts.lockedUntil), lt(signInAttempts.lockedUntil, now)),
      ),
    );
  const [row] = await db
    .insert(signInAttempts)
    .values({ key, failures: 1, windowStart: now })
    .onConflictDoUpdate({ target: signInAttempts.key, set: { failures: sql`${signInAttempts.failures} + 1` } })
    .returning({ failures: signInAttempts.failures });
  if (!row || row.failures < max) return false;
  const locked = await db
    .update(signInAttempts)
    .set({ lockedUntil: new Date(now.getTime() + LOCK_WINDOW_MS) })
    .where(and(eq(signInAttempts.key, key), or(isNull(signInAttempts.lockedUntil), lt(signInAttempts.lockedUntil, now))))
    .returning({ key: signInAttempts.key });
  return locked.length > 0;
}

export type SignInEvent = {
  action: 'auth.sign_in' | 'auth.sign_in_failed' | 'auth.lockout' | 'auth.throttle' | 'auth.break_glass' | 'auth.sso_link' | 'auth.sso_refused';
  userId?: number | null;
  email?: string | null;
  client: string;
  method: 'password' | 'sso';
  reason?: string;
  data?: Record<string, unknown>;
};

/** Writes a sign-in event to the audit log: when, which account, from which address. */
export async function auditSignIn(event: SignInEvent) {
  await writeAudit(db, {
    actorId: event.userId ?? null,
    action: event.action,
    entityType: 'user',
    entityId: event.userId ?? null,
    toState: event.reason ?? null,
    data: { email: event.email ?? null, client: event.client, method: event.method, ...event.data },
  });
}

/**
 * Checks an email and password. Public by nature: it is the sign-in. Unknown emails,
 * wrong passwords and deactivated accounts give the same answer after the same work, and
 * an unknown email is locked like a real one.
 */
export async function verifyCredentials(input: { email: string; password: string; client?: string }): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const client = input.client ?? 'unknown';
  const now = new Date();
  const fail = async (reason: 'invalid' | 'locked' | 'sso_only', userId: number | null = null): Promise<SignInResult> => {
    await auditSignIn({ action: 'auth.sign_in_failed', userId, email, client, method: 'password', reason });
    return { ok: false, reason };
  };
  if (await clientThrottledUntil(client, now)) return { ok: false, reason: 'throttled' };
  const breakGlass = !!env.NEWSROOM_BREAK_GLASS_EMAIL && normalizeEmail(env.NEWSROOM_BREAK_GLASS_EMAIL) === email;
  if (!env.NEWSROOM_LOCAL_SIGN_IN && !breakGlass) return fail('sso_only');
  if (await lockedUntil(accountKey(email), now)) {
    await verifyPassword(null, input.password);
    return fail('locked');
  }
  const [user] = await db
    .select({ id: users.id, hash: users.passwordHash, active: users.active, sv: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const valid = await verifyPassword(user?.hash, input.password);
  if (!user || !valid || !user.active) {
    const [accountLocked, clientLocked] = await Promise.all([
      countFailure(accountKey(email), env.NEWSROOM_LOGIN_MAX_FAILURES, now),
      countFailure(clientKey(client), env.NEWSROOM_LOGIN_CLIENT_MAX_FAILURES, now),
    ]);
    await fail('invalid', user?.id ?? null);
    if (accountLocked) await auditSignIn({ action: 'auth.lockout', userId: user?.id ?? null, email, client, method: 'password' });
    if (clientLocked) await auditSignIn({ action: 'auth.throttle', email, client, method: 'password' });
    return { ok: false, reason: 'invalid' };
  }
  await db.delete(signInAttempts).where(eq(signInAttempts.key, accountKey(email)));
  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
  await auditSignIn({ action: breakGlass && !env.NEWSROOM_LOCAL_SIGN_IN ? 'auth.break_glass' : 'auth.sign_in', userId: user.id, email, client, method: 'password' });
  if (breakGlass && !env.NEWSROOM_LOCAL_SIGN_IN) {
    console.warn(`[auth] BREAK-GLASS SIGN-IN: ${email} signed in with a password from ${client} while local sign-in is off`);
  }
  return { ok: true, userId: user.id, sessionVersion: user.sv };
}
