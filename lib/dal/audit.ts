import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { db, schema, type Db } from '@/db/client';
import { ForbiddenError } from '@/lib/errors';
import { isAdmin, type Viewer } from '@/lib/permissions';
import { viewableHead } from './article-row';
import { getUnitParents } from './units';

const { auditLog, users } = schema;

// The audit log: appended to inside the transaction of what it records, never changed;
// read as an article's timeline and, by admins, as a whole.

export type AuditInput = {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId?: number | null;
  fromState?: string | null;
  toState?: string | null;
  comment?: string | null;
  data?: Record<string, unknown> | null;
};

/** Appends to the audit log, inside the caller's transaction. Never updates or deletes. */
export async function writeAudit(tx: Db, entry: AuditInput) {
  await tx.insert(auditLog).values(entry);
}

export type AuditItem = {
  id: number;
  at: Date;
  actor: string | null;
  action: string;
  entityType: string;
  entityId: number | null;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
  /** Sign-in events: the account's email and the client address. */
  email: string | null;
  client: string | null;
};

const auditColumns = {
  id: auditLog.id,
  at: auditLog.createdAt,
  actor: users.name,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  fromState: auditLog.fromState,
  toState: auditLog.toState,
  comment: auditLog.comment,
  data: auditLog.data,
};

type AuditRow = Omit<AuditItem, 'email' | 'client'> & { data: Record<string, unknown> | null };

const text = (v: unknown) => (typeof v === 'string' ? v : null);
const toItem = ({ data, ...row }: AuditRow): AuditItem => ({ ...row, email: text(data?.email), client: text(data?.client) });

/** An article's own timeline, oldest first. Staff who may see the article. */
export async function getArticleTimeline(input: { viewer: Viewer; id: number }): Promise<AuditItem[]> {
  await viewableHead(input.viewer, input.id, await getUnitParents());
  const rows = await db
    .select(auditColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, 'article'), eq(auditLog.entityId, input.id)))
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id));
  return rows.map(toItem);
}

export const AUDIT_PAGE_SIZE = 50;

/** The whole audit log, filtered by user, article, action and dates, newest first. Admins only. */
export async function searchAuditLog(input: {
  viewer: Viewer;
  userId?: number;
  articleId?: number;
  action?: string;
  from?: Date;
  to?: Date;
  page?: number;
}): Promise<{ items: AuditItem[]; total: number; page: number; pages: number; actions: string[]; users: { id: number; name: string }[] }> {
  if (!isAdmin(input.viewer)) throw new ForbiddenError();
  const page = Math.max(1, input.page ?? 1);
  const where = and(
    input.userId ? eq(auditLog.actorId, input.userId) : undefined,
    input.articleId ? and(eq(auditLog.entityType, 'article'), eq(auditLog.entityId, input.articleId)) : undefined,
    input.action ? eq(auditLog.action, input.action) : undefined,
    input.from ? gte(auditLog.createdAt, input.from) : undefined,
    input.to ? lt(auditLog.createdAt, input.to) : undefined,
  );
  const [[{ total }], items, actions, people] = await Promise.all([
    db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(auditLog).where(where),
    db
      .select(auditColumns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((page - 1) * AUDIT_PAGE_SIZE),
    db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db
      .selectDistinct({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, db.select({ id: auditLog.actorId }).from(auditLog).where(isNotNull(auditLog.actorId))))
      .orderBy(asc(users.name)),
  ]);
  return {
    items: items.map(toItem),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actions.map((a) => a.action),
    users: people,
  };
}
