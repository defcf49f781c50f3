import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { createTranslator } from 'use-intl/core';
import { db, schema, transaction, type Db } from '@/db/client';
import { hashPassword } from '@/lib/auth/password';
import { env } from '@/lib/env';
import { ValidationError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh.json';
import { writeAudit } from './audit';

const { invitations, users, mailOutbox } = schema;

// Invitations: a link, mailed when SMTP is configured and shown once to the admin who sent
// it, with which a new employee (or one whose password an admin reset) chooses a password.
// Only a hash of the token is stored; a link works once and for seven days.

export const INVITATION_DAYS = 7;
export const PASSWORD_MIN = 12;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The portal's address of a path: absolute on AUTH_URL when it is known. */
export function portalLink(path: string): string {
  return env.AUTH_URL ? new URL(path, new URL(env.AUTH_URL).origin).toString() : path;
}

/** The catalogs the invitation mail is written from, in the invited person's language. */
const MESSAGES = { en, zh } as const;

/**
 * Creates an invitation for a user inside the caller's transaction (which has authorized
 * it), ends the earlier ones, and queues the mail when SMTP is configured.
 * Returns the link, to be shown once.
 */
export async function createInvitation(tx: Db, user: { id: number; email: string; name: string; locale: Locale }): Promise<{ link: string; mailed: boolean }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await tx.update(invitations).set({ usedAt: now }).where(and(eq(invitations.userId, user.id), isNull(invitations.usedAt)));
  await tx.insert(invitations).values({
    userId: user.id,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 3600_000),
  });
  const link = portalLink(`/welcome/${token}`);
  if (!env.SMTP_URL) return { link, mailed: false };
  const t = createTranslator({ locale: user.locale, messages: MESSAGES[user.locale] as typeof en, namespace: 'adminMail' });
  await tx.insert(mailOutbox).values({
    toAddress: user.email,
    subject: t('inviteSubject'),
    body: [t('inviteBody', { name: user.name, days: INVITATION_DAYS }), '', link, '', '--', t('footer')].join('\n'),
    nextAttemptAt: now,
  });
  return { link, mailed: true };
}

/** Who an invitation link is for, or null when it is unknown, used or expired. Public: the link is the key. */
export async function getInvitation(token: string): Promise<{ email: string; name: string } | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({ email: users.email, name: users.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.usedAt), gt(invitations.expiresAt, new Date()), eq(users.active, true), isNull(users.erasedAt)))
    .limit(1);
  return row ?? null;
}

/** Sets the password of an invitation's user and uses the invitation up. Public: the link is the key. */
export async function acceptInvitation(input: { token: string; password: string }): Promise<{ email: string }> {
  if (input.password.length < PASSWORD_MIN) throw new ValidationError('password_short', { min: PASSWORD_MIN });
  if (input.password.length > 200) throw new ValidationError('too_long', { max: 200 });
  const passwordHash = await hashPassword(input.password);
  return transaction(async (tx) => {
    const [row] = await tx
      .select({ id: invitations.id, userId: invitations.userId, email: users.email })
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.userId))
      .where(
        and(
          eq(invitations.tokenHash, /^[\w-]{20,100}$/.test(input.token) ? hashToken(input.token) : '-'),
          isNull(invitations.usedAt),
          gt(invitations.expiresAt, new Date()),
          eq(users.active, true),
          isNull(users.erasedAt),
        ),
      )
      .limit(1);
    if (!row) throw new ValidationError('invitation_invalid');
    await tx.update(invitations).set({ usedAt: new Date() }).where(eq(invitations.id, row.id));
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, row.userId));
    await writeAudit(tx, { actorId: row.userId, action: 'user.accept_invitation', entityType: 'user', entityId: row.userId });
    return { email: row.email };
  });
}
