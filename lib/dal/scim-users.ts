import 'server-only';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, schema, transaction, type Db } from '@/db/client';
import { ScimError, type Filter, type Page, notFound, SCIM, parseFilter } from '@/lib/scim/protocol';
import type { UserFields } from '@/lib/scim/users';
import { writeAudit } from './audit';
import type { ScimClient } from './scim-tokens';
import { getUnitIdsByCode } from './units';

const { users, userIdentities, units, roleGrants } = schema;

// Users over SCIM. A provisioning client may list, read, create, replace and patch any
// account; DELETE deactivates (articles and the audit log keep their author), and a
// deactivation ends every session of the user at once.

type Row = { id: number; email: string; name: string; active: boolean; locale: 'en' | 'zh'; createdAt: Date; updatedAt: Date; unit: string | null };

const columns = {
  id: users.id,
  email: users.email,
  name: users.name,
  active: users.active,
  locale: users.locale,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  unit: units.code,
};

export type ScimUser = ReturnType<typeof toResource>;

function toResource(row: Row, externalId: string | null, base: string) {
  return {
    schemas: [SCIM.user, ...(row.unit ? [SCIM.enterprise] : [])],
    id: String(row.id),
    ...(externalId ? { externalId } : {}),
    userName: row.email,
    displayName: row.name,
    name: { formatted: row.name },
    emails: [{ value: row.email, type: 'work', primary: true }],
    active: row.active,
    preferredLanguage: row.locale,
    ...(row.unit ? { [SCIM.enterprise]: { department: row.unit } } : {}),
    meta: { resourceType: 'User', created: row.createdAt.toISOString(), lastModified: row.updatedAt.toISOString(), location: `${base}/scim/v2/Users/${row.id}` },
  };
}

async function resources(where: ReturnType<typeof eq> | undefined, base: string, page?: Page) {
  let query = db.select(columns).from(users).leftJoin(units, eq(units.id, users.unitId)).where(where).orderBy(asc(users.id)).$dynamic();
  if (page) query = query.limit(page.count).offset(page.startIndex - 1);
  const rows = await query;
  const ids = rows.map((r) => r.id);
  const external = ids.length
    ? await db
        .select({ userId: userIdentities.userId, subject: userIdentities.subject })
        .from(userIdentities)
        .where(and(eq(userIdentities.provider, 'scim'), inArray(userIdentities.userId, ids)))
    : [];
  const byUser = new Map(external.map((e) => [e.userId, e.subject]));
  return rows.map((r) => toResource(r, byUser.get(r.id) ?? null, base));
}

export const USER_FILTERS = ['userName', 'externalId', 'id'] as const;

function whereOf(filter: Filter | null) {
  if (!filter) return undefined;
  if (filter.attribute === 'userName') return eq(users.email, filter.value.trim().toLowerCase());
  if (filter.attribute === 'id') return eq(users.id, /^\d{1,15}$/.test(filter.value) ? Number(filter.value) : -1);
  return inArray(
    users.id,
    db.select({ id: userIdentities.userId }).from(userIdentities).where(and(eq(userIdentities.provider, 'scim'), eq(userIdentities.subject, filter.value))),
  );
}

export async function scimListUsers(_client: ScimClient, input: { filter: string | null; page: Page; base: string }) {
  const where = whereOf(parseFilter(input.filter, USER_FILTERS));
  const [{ total }] = await db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(users).where(where);
  const list = input.page.count === 0 ? [] : await resources(where, input.base, input.page);
  return { list, total };
}

export async function scimGetUser(_client: ScimClient, id: string, base: string) {
  const n = /^\d{1,15}$/.test(id) ? Number(id) : NaN;
  const [found] = Number.isSafeInteger(n) ? await resources(eq(users.id, n), base) : [];
  if (!found) throw notFound('User', id);
  return found;
}

async function assertEmailFree(tx: Db, email: string, userId: number | null) {
  const [other] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), userId === null ? undefined : ne(users.id, userId)))
    .limit(1);
  if (other) throw new ScimError(409, `userName ${email} is already taken by user ${other.id}`, 'uniqueness');
}

async function setExternalId(tx: Db, userId: number, externalId: string | null) {
  if (externalId !== null) {
    const [other] = await tx
      .select({ userId: userIdentities.userId })
      .from(userIdentities)
      .where(and(eq(userIdentities.provider, 'scim'), eq(userIdentities.subject, externalId)))
      .limit(1);
    if (other && other.userId !== userId) throw new ScimError(409, `externalId ${externalId} belongs to user ${other.userId}`, 'uniqueness');
    if (other) return;
  }
  await tx.delete(userIdentities).where(and(eq(userIdentities.provider, 'scim'), eq(userIdentities.userId, userId)));
  if (externalId !== null) await tx.insert(userIdentities).values({ userId, provider: 'scim', subject: externalId });
}

/** Writes the given fields to a user, inside the caller's transaction, and records what changed. */
async function applyFields(tx: Db, client: ScimClient, userId: number, fields: UserFields) {
  const [current] = await tx.select({ email: users.email, active: users.active }).from(users).where(eq(users.id, userId));
  if (!current) throw notFound('User', String(userId));
  if (fields.email !== undefined && fields.email !== current.email) await assertEmailFree(tx, fields.email, userId);
  let unitId: number | undefined;
  if (fields.department) unitId = (await getUnitIdsByCode([fields.department])).get(fields.department.toUpperCase());
  const deactivating = fields.active === false && current.active;
  const set = {
      ...(fields.email !== undefined ? { email: fields.email } : {}),
      ...(fields.name !== undefined ? { name: fields.name } : {}),
      ...(fields.locale !== undefined ? { locale: fields.locale } : {}),
      ...(fields.active !== undefined ? { active: fields.active } : {}),
      ...(unitId !== undefined ? { unitId } : {}),
      // A leaver loses access at once: every session of theirs ends with the deactivation.
      ...(deactivating ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
  };
  if (Object.keys(set).length) await tx.update(users).set(set).where(eq(users.id, userId));
  if (fields.externalId !== undefined) await setExternalId(tx, userId, fields.externalId);
  if (fields.active !== undefined && fields.active !== current.active) {
    await writeAudit(tx, { actorId: null, action: fields.active ? 'user.activate' : 'user.deactivate', entityType: 'user', entityId: userId, data: { via: 'scim', token: client.tokenId } });
  }
  const changed = (['email', 'name', 'locale', 'externalId'] as const).filter((k) => fields[k] !== undefined);
  if (changed.length || unitId !== undefined) {
    await writeAudit(tx, { actorId: null, action: 'user.update', entityType: 'user', entityId: userId, data: { via: 'scim', token: client.tokenId, fields: changed, unitId: unitId ?? null } });
  }
}

export async function scimCreateUser(client: ScimClient, fields: UserFields & { email: string; name: string }, base: string) {
  const id = await transaction(async (tx) => {
    await assertEmailFree(tx, fields.email, null);
    const [row] = await tx
      .insert(users)
      .values({ email: fields.email, name: fields.name, passwordHash: null, active: fields.active ?? true, locale: fields.locale ?? 'en' })
      .returning({ id: users.id });
    await tx.insert(roleGrants).values({ userId: row.id, role: 'reader', unitId: null });
    await writeAudit(tx, { actorId: null, action: 'user.create', entityType: 'user', entityId: row.id, toState: 'reader', data: { email: fields.email, via: 'scim', token: client.tokenId } });
    await applyFields(tx, client, row.id, { externalId: fields.externalId, department: fields.department });
    return row.id;
  });
  return scimGetUser(client, String(id), base);
}

async function existingId(id: string) {
  const n = /^\d{1,15}$/.test(id) ? Number(id) : NaN;
  const [row] = Number.isSafeInteger(n) ? await db.select({ id: users.id }).from(users).where(eq(users.id, n)) : [];
  if (!row) throw notFound('User', id);
  return row.id;
}

/** PUT and PATCH: the fields given change, the others stay. */
export async function scimUpdateUser(client: ScimClient, id: string, fields: UserFields, base: string) {
  const userId = await existingId(id);
  await transaction((tx) => applyFields(tx, client, userId, fields));
  return scimGetUser(client, id, base);
}

/** DELETE deactivates: the account stays for the articles and the audit log, and its sessions end. */
export async function scimDeleteUser(client: ScimClient, id: string) {
  const userId = await existingId(id);
  await transaction((tx) => applyFields(tx, client, userId, { active: false }));
}
