import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import { createTranslator } from 'use-intl/core';
import { db, schema, transaction, type Db } from '@/db/client';
import { env } from '@/lib/env';
import type { ErrorCode } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { errorText } from '@/lib/i18n/errors';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh.json';
import { roleCovers, type Grant, type Role, type UnitParents, type Viewer } from '@/lib/permissions';

const { notifications, mailOutbox, users, roleGrants, articles, articleRevisions, units } = schema;

// Workflow notifications: an inbox row per person concerned and, when a mail server is
// configured, a mail in the outbox. Both are written inside the transition's transaction,
// so they exist exactly when the transition does; lib/server/mailer.ts sends the mail later,
// and a mail server that is down never holds up or fails a transition.

export type NotificationKind = 'submitted' | 'approved' | 'changes_requested' | 'rejected' | 'published' | 'schedule_failed';

export type NotifyInput = {
  kind: NotificationKind;
  articleId: number;
  /** Who made the move; null for the system (the scheduler). Never notified themself. */
  actorId: number | null;
  /** The comment of the move, or a failure (by code), which each recipient is told in their language. */
  data: { title: string; comment?: string | null; failure?: ErrorCode };
};

export type Recipient = { id: number; email: string; name: string; locale: Locale };

export type InboxItem = {
  id: number;
  kind: NotificationKind;
  articleId: number | null;
  title: string;
  actorName: string | null;
  comment: string | null;
  createdAt: Date;
  read: boolean;
};

export type InboxPage = { items: InboxItem[]; total: number; unread: number; page: number; pages: number };

export const INBOX_PAGE_SIZE = 20;

/** Mail attempts before a message is given up (the row stays, with its last error). */
export const MAIL_MAX_ATTEMPTS = 10;

const MESSAGES = { en, zh } as const;

/**
 * The people to notify of a move, without the actor, inactive users and duplicates:
 * - submitted: the approvers whose scope covers the article's source unit (admins only if
 *   they hold the approver role), except the revision's last editor, who may not approve it;
 * - approved, changes_requested, rejected: the author and the last editor of the working revision;
 * - published: the author;
 * - schedule_failed: the editors whose scope covers the article's unit, and every admin.
 * Internal: called by notify() inside a transition that has already been authorized.
 */
export async function recipientsFor(
  tx: Db,
  input: { kind: NotificationKind; articleId: number; actorId: number | null },
): Promise<Recipient[]> {
  const [article] = await tx
    .select({
      authorId: articles.authorId,
      sourceUnitId: articles.sourceUnitId,
      lastEditorId: articleRevisions.editorId,
    })
    .from(articles)
    .leftJoin(
      articleRevisions,
      eq(articleRevisions.id, sql`coalesce(${articles.workingRevisionId}, ${articles.liveRevisionId})`),
    )
    .where(eq(articles.id, input.articleId))
    .limit(1);
  if (!article) return [];

  let ids: number[] = [];
  const excluded = new Set<number>();
  if (input.actorId !== null) excluded.add(input.actorId);
  switch (input.kind) {
    case 'submitted':
      ids = await holdersCovering(tx, ['approver'], article.sourceUnitId);
      if (article.lastEditorId !== null) excluded.add(article.lastEditorId);
      break;
    case 'approved':
    case 'changes_requested':
    case 'rejected':
      ids = [article.authorId, ...(article.lastEditorId !== null ? [article.lastEditorId] : [])];
      break;
    case 'published':
      ids = [article.authorId];
      break;
    case 'schedule_failed':
      ids = await holdersCovering(tx, ['editor', 'admin'], article.sourceUnitId);
      break;
  }
  const wanted = [...new Set(ids)].filter((id) => !excluded.has(id));
  if (wanted.length === 0) return [];
  return tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(inArray(users.id, wanted), eq(users.active, true)))
    .orderBy(asc(users.id));
}

/** Users holding one of `roles` for `unitId`: unscoped, or scoped to that unit or one above it. Admin is never scoped. */
async function holdersCovering(tx: Db, roles: Role[], unitId: number | null): Promise<number[]> {
  const rows = await tx
    .select({ userId: roleGrants.userId, role: roleGrants.role, unitId: roleGrants.unitId })
    .from(roleGrants)
    .where(inArray(roleGrants.role, roles));
  if (rows.length === 0) return [];
  const parents = await unitParentsIn(tx);
  const grantsByUser = new Map<number, Grant[]>();
  for (const r of rows) {
    // An admin grant is global whatever unit it names.
    const grant: Grant = { role: r.role, unitId: r.role === 'admin' ? null : r.unitId };
    grantsByUser.set(r.userId, [...(grantsByUser.get(r.userId) ?? []), grant]);
  }
  const out: number[] = [];
  for (const [userId, grants] of grantsByUser) {
    const holder = { id: userId, name: '', email: '', locale: 'en', grants } satisfies Viewer;
    if (roles.some((role) => roleCovers(holder, role, unitId, parents))) out.push(userId);
  }
  return out;
}

/** The unit tree as the transaction sees it (a dozen rows; not the cached copy). */
async function unitParentsIn(tx: Db): Promise<UnitParents> {
  const rows = await tx.select({ id: units.id, parentId: units.parentId }).from(units);
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

/**
 * Records a workflow move for the people concerned (see recipientsFor): one inbox row each
 * and, when SMTP_URL is set, one queued mail each in the recipient's language. Runs inside
 * the caller's transaction, which has authorized the move; sends nothing itself.
 */
export async function notify(tx: Db, input: NotifyInput): Promise<void> {
  const recipients = await recipientsFor(tx, input);
  if (recipients.length === 0) return;
  const title = input.data.title;
  const { failure } = input.data;
  const commentFor = (locale: Locale) => (failure ? errorText(failure, {}, locale) : input.data.comment?.trim() || null);
  await tx.insert(notifications).values(
    recipients.map((r) => ({
      userId: r.id,
      kind: input.kind,
      articleId: input.articleId,
      actorId: input.actorId,
      data: { title, comment: commentFor(r.locale) },
    })),
  );
  if (!env.SMTP_URL) return;
  let actorName: string | null = null;
  if (input.actorId !== null) {
    const [actor] = await tx.select({ name: users.name }).from(users).where(eq(users.id, input.actorId)).limit(1);
    actorName = actor?.name ?? null;
  }
  const link = articleLink(input.articleId);
  const now = new Date();
  await tx.insert(mailOutbox).values(
    recipients.map((r) => ({
      toAddress: r.email,
      ...composeMail({ locale: r.locale, kind: input.kind, title, actorName, comment: commentFor(r.locale), link }),
      nextAttemptAt: now,
    })),
  );
}

/** The staff page of an article: absolute on the portal's address (AUTH_URL) when it is known. */
function articleLink(articleId: number): string {
  const path = `/staff/articles/${articleId}`;
  return env.AUTH_URL ? new URL(path, new URL(env.AUTH_URL).origin).toString() : path;
}

/** Subject and plain-text body of a notification mail, in the recipient's language. */
function composeMail(input: {
  locale: Locale;
  kind: NotificationKind;
  title: string;
  actorName: string | null;
  comment: string | null;
  link: string;
}): { subject: string; body: string } {
  const t = createTranslator({ locale: input.locale, messages: MESSAGES[input.locale], namespace: 'mail' });
  const values = { title: input.title, actor: input.actorName ?? t('system') };
  // Mail headers are one line: a title with a line break must not add any.
  const subject = t(`subject.${input.kind}`, values).replace(/[\r\n]+/g, ' ').slice(0, 250);
  const lines = [t(`body.${input.kind}`, values)];
  if (input.comment) lines.push('', t('comment'), input.comment);
  lines.push('', t('open', { link: input.link }), '', '--', t('footer'));
  return { subject, body: lines.join('\n') };
}

/** The viewer's own notifications, newest first, a page of 20. Null for a page past the end. */
export async function getInbox({ viewer, page = 1 }: { viewer: Viewer; page?: number }): Promise<InboxPage | null> {
  const [totals] = await db
    .select({
      total: count(),
      unread: sql<number>`coalesce(sum(case when ${notifications.readAt} is null then 1 else 0 end), 0)`,
    })
    .from(notifications)
    .where(eq(notifications.userId, viewer.id));
  const total = Number(totals?.total ?? 0);
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  if (!Number.isSafeInteger(page) || page < 1 || page > pages) return null;
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      articleId: notifications.articleId,
      data: notifications.data,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      actorName: users.name,
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(eq(notifications.userId, viewer.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(INBOX_PAGE_SIZE)
    .offset((page - 1) * INBOX_PAGE_SIZE);
  return {
    total,
    unread: Number(totals?.unread ?? 0),
    page,
    pages,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      articleId: r.articleId,
      title: typeof r.data?.title === 'string' ? r.data.title : '',
      actorName: r.actorName,
      comment: typeof r.data?.comment === 'string' ? r.data.comment : null,
      createdAt: r.createdAt,
      read: r.readAt !== null,
    })),
  };
}

/** How many of the viewer's own notifications are unread (one indexed count, for the header). */
export async function getUnreadCount({ viewer }: { viewer: Viewer }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/**
 * Marks the viewer's own notifications read: those of `ids`, or all of them when `ids` is
 * undefined. Ids of other people's notifications are ignored. Returns how many changed.
 */
export async function markNotificationsRead({ viewer, ids }: { viewer: Viewer; ids?: number[] }): Promise<number> {
  if (ids !== undefined) {
    ids = [...new Set(ids.filter((id) => Number.isSafeInteger(id) && id > 0))];
    if (ids.length === 0) return 0;
  }
  const where = and(
    eq(notifications.userId, viewer.id),
    isNull(notifications.readAt),
    ids === undefined ? undefined : inArray(notifications.id, ids),
  );
  const now = new Date();
  const changed = await transaction((tx) =>
    tx.update(notifications).set({ readAt: now }).where(where).returning({ id: notifications.id }),
  );
  return changed.length;
}

// The outbox, for lib/server/mailer.ts only: the server's own background work, never
// reachable from a request, so these take no viewer.

export type OutboxMail = { id: number; toAddress: string; subject: string; body: string; attempts: number };

/**
 * Takes one due mail for sending: moves its next attempt to `leaseUntil` with a conditional
 * update, so that of several instances sharing one database only one gets each mail.
 * Returns null when nothing is due. Internal (mailer only).
 */
export async function claimDueMail({ now, leaseUntil }: { now: Date; leaseUntil: Date }): Promise<OutboxMail | null> {
  const due = and(
    isNull(mailOutbox.sentAt),
    lte(mailOutbox.nextAttemptAt, now),
    lt(mailOutbox.attempts, MAIL_MAX_ATTEMPTS),
  );
  return transaction(async (tx) => {
    const candidates = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(due)
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
      .limit(5);
    for (const c of candidates) {
      // Another instance that claimed this row first has moved next_attempt_at past `now`:
      // PostgreSQL re-checks the condition after waiting for its lock, and no row comes back.
      const [claimed] = await tx
        .update(mailOutbox)
        .set({ nextAttemptAt: leaseUntil })
        .where(and(eq(mailOutbox.id, c.id), due))
        .returning({
          id: mailOutbox.id,
          toAddress: mailOutbox.toAddress,
          subject: mailOutbox.subject,
          body: mailOutbox.body,
          attempts: mailOutbox.attempts,
        });
      if (claimed) return claimed;
    }
    return null;
  });
}

/** Records a mail as sent. Internal (mailer only). */
export async function recordMailSent({ id, now }: { id: number; now: Date }): Promise<void> {
  await transaction((tx) =>
    tx
      .update(mailOutbox)
      .set({ sentAt: now, attempts: sql`${mailOutbox.attempts} + 1`, lastError: null })
      .where(eq(mailOutbox.id, id)),
  );
}

/** Records a failed attempt and when to try again. Internal (mailer only). */
export async function recordMailFailure({
  id,
  error,
  nextAttemptAt,
}: {
  id: number;
  error: string;
  nextAttemptAt: Date;
}): Promise<void> {
  await transaction((tx) =>
    tx
      .update(mailOutbox)
      .set({ attempts: sql`${mailOutbox.attempts} + 1`, lastError: error, nextAttemptAt })
      .where(and(eq(mailOutbox.id, id), isNull(mailOutbox.sentAt))),
  );
}
