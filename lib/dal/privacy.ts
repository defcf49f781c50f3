import 'server-only';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { db, schema, transaction } from '@/db/client';
import { NotFoundError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { writeAudit } from './audit';
import { refuseOwnAccount } from './user-admin';
import { actorId, assertAdminRemains, lockAdmins, requireAdmin, userIdOf, type UserRef } from './user-refs';

const s = schema;

// Data protection: everything Newsroom holds about one person, as JSON, and erasure. An
// erased account keeps its row, emptied of the person (name, email, password, unit, roles,
// reading history, inbox, feed links), so that the articles they wrote and the audit
// entries of what they did stay, attributed to "former employee". The audit log itself is
// never changed: its rows are append-only, and the database refuses anything else.

export const FORMER_EMPLOYEE = 'Former employee';

/** Everything held about one user, as a JSON-ready object, on the audit log. Admins only. */
export async function exportUserData(actor: Actor, ref: UserRef) {
  requireAdmin(actor);
  const id = await userIdOf(db, ref);
  const [profile] = await db
    .select({
      id: s.users.id,
      email: s.users.email,
      name: s.users.name,
      active: s.users.active,
      locale: s.users.locale,
      unit: s.units.code,
      hasPassword: sql<boolean>`(${s.users.passwordHash} is not null)`.mapWith((v) => v === true || v === 1 || v === '1' || v === 't'),
      lastLoginAt: s.users.lastLoginAt,
      createdAt: s.users.createdAt,
      updatedAt: s.users.updatedAt,
    })
    .from(s.users)
    .leftJoin(s.units, eq(s.units.id, s.users.unitId))
    .where(eq(s.users.id, id));
  const [roles, articles, revisions, reviews, files, reading, acknowledgements, notifications, feedTokens, invitations, audit] = await Promise.all([
    db.select({ role: s.roleGrants.role, unit: s.units.code, grantedAt: s.roleGrants.createdAt }).from(s.roleGrants).leftJoin(s.units, eq(s.units.id, s.roleGrants.unitId)).where(eq(s.roleGrants.userId, id)),
    db.select({ id: s.articles.id, status: s.articles.status, createdAt: s.articles.createdAt, publishedAt: s.articles.publishedAt }).from(s.articles).where(eq(s.articles.authorId, id)).orderBy(asc(s.articles.id)),
    db.select({ articleId: s.articleRevisions.articleId, version: s.articleRevisions.version, title: s.articleRevisions.title, savedAt: s.articleRevisions.updatedAt }).from(s.articleRevisions).where(eq(s.articleRevisions.editorId, id)).orderBy(asc(s.articleRevisions.id)),
    db.select({ articleId: s.articleRevisions.articleId, version: s.articleRevisions.version, outcome: s.articleRevisions.reviewOutcome, comment: s.articleRevisions.reviewComment, reviewedAt: s.articleRevisions.reviewedAt }).from(s.articleRevisions).where(eq(s.articleRevisions.reviewerId, id)),
    db.select({ key: s.files.key, name: s.files.originalName, mime: s.files.mime, size: s.files.size, articleId: s.files.articleId, createdAt: s.files.createdAt }).from(s.files).where(eq(s.files.uploaderId, id)),
    db.select({ articleId: s.articleReaders.articleId, firstViewedAt: s.articleReaders.firstViewedAt }).from(s.articleReaders).where(eq(s.articleReaders.userId, id)),
    db.select({ articleId: s.mustReadAcks.articleId, ackedAt: s.mustReadAcks.ackedAt }).from(s.mustReadAcks).where(eq(s.mustReadAcks.userId, id)),
    db.select({ kind: s.notifications.kind, articleId: s.notifications.articleId, data: s.notifications.data, readAt: s.notifications.readAt, createdAt: s.notifications.createdAt }).from(s.notifications).where(eq(s.notifications.userId, id)),
    db.select({ createdAt: s.feedTokens.createdAt, lastUsedAt: s.feedTokens.lastUsedAt }).from(s.feedTokens).where(eq(s.feedTokens.userId, id)),
    db.select({ createdAt: s.invitations.createdAt, expiresAt: s.invitations.expiresAt, usedAt: s.invitations.usedAt }).from(s.invitations).where(eq(s.invitations.userId, id)),
    db
      .select({ at: s.auditLog.createdAt, action: s.auditLog.action, entityType: s.auditLog.entityType, entityId: s.auditLog.entityId, fromState: s.auditLog.fromState, toState: s.auditLog.toState, comment: s.auditLog.comment, byThisUser: sql<boolean>`(${s.auditLog.actorId} = ${id})`.mapWith((v) => v === true || v === 1 || v === '1' || v === 't') })
      .from(s.auditLog)
      .where(or(eq(s.auditLog.actorId, id), and(eq(s.auditLog.entityType, 'user'), eq(s.auditLog.entityId, id))))
      .orderBy(asc(s.auditLog.id)),
  ]);
  await writeAudit(db, { actorId: actorId(actor), action: 'user.export_data', entityType: 'user', entityId: id });
  return {
    exportedAt: new Date().toISOString(),
    profile,
    roles,
    articlesAuthored: articles,
    revisionsSaved: revisions,
    reviews: reviews.filter((r) => r.outcome),
    filesUploaded: files,
    articlesRead: reading,
    mustReadAcknowledgements: acknowledgements,
    notifications,
    feedLinks: feedTokens,
    invitations,
    auditEntries: audit,
  };
}

/**
 * Erases a user: the row is emptied and kept (articles and audit entries point at it and
 * read "former employee"), sessions end, and their personal rows go. Admins only; not
 * one's own account, never the last active admin. Cannot be undone.
 */
export async function eraseUser(actor: Actor, ref: UserRef): Promise<void> {
  requireAdmin(actor);
  await transaction(async (tx) => {
    await lockAdmins(tx);
    const id = await userIdOf(tx, ref);
    refuseOwnAccount(actor, id);
    const [before] = await tx.select({ email: s.users.email }).from(s.users).where(eq(s.users.id, id));
    if (!before) throw new NotFoundError('unknown_user', { email: `#${id}` });
    await tx
      .update(s.users)
      .set({
        email: `erased-${id}@erased.invalid`,
        name: FORMER_EMPLOYEE,
        passwordHash: null,
        active: false,
        unitId: null,
        lastLoginAt: null,
        erasedAt: new Date(),
        sessionVersion: sql`${s.users.sessionVersion} + 1`,
      })
      .where(eq(s.users.id, id));
    await tx.delete(s.roleGrants).where(eq(s.roleGrants.userId, id));
    await tx.delete(s.feedTokens).where(eq(s.feedTokens.userId, id));
    await tx.delete(s.invitations).where(eq(s.invitations.userId, id));
    await tx.delete(s.notifications).where(eq(s.notifications.userId, id));
    await tx.delete(s.articleReaders).where(eq(s.articleReaders.userId, id));
    await tx.delete(s.mustReadAcks).where(eq(s.mustReadAcks.userId, id));
    // Mail to the address that has not gone out yet would only bounce; what went out is the recipient's.
    await tx.delete(s.mailOutbox).where(and(eq(s.mailOutbox.toAddress, before.email), isNull(s.mailOutbox.sentAt)));
    await assertAdminRemains(tx);
    await writeAudit(tx, { actorId: actorId(actor), action: 'user.erase', entityType: 'user', entityId: id });
  });
}
