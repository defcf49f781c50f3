import 'server-only';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, schema, transaction, type Db } from '@/db/client';
import type { GroupFields, GroupPatch } from '@/lib/scim/groups';
import { type Filter, type Page, notFound, parseFilter, SCIM, ScimError } from '@/lib/scim/protocol';
import { writeAudit } from './audit';
import { applyDirectoryGroups } from './directory-groups';
import type { ScimClient } from './scim-tokens';

const { scimGroups, scimGroupMembers, users } = schema;

// Groups over SCIM. A group's displayName is what the group → role mapping matches
// (/staff/admin/sso): whenever a group's members or name change, the directory roles of
// every user concerned are worked out again from all their groups, at once.

export const GROUP_FILTERS = ['displayName', 'externalId', 'id'] as const;

type GroupRow = { id: number; displayName: string; externalId: string | null; createdAt: Date };

async function toResources(rows: GroupRow[], base: string, withMembers: boolean) {
  const ids = rows.map((r) => r.id);
  const members =
    withMembers && ids.length
      ? await db
          .select({ groupId: scimGroupMembers.groupId, userId: users.id, name: users.name })
          .from(scimGroupMembers)
          .innerJoin(users, eq(users.id, scimGroupMembers.userId))
          .where(inArray(scimGroupMembers.groupId, ids))
          .orderBy(asc(users.id))
      : [];
  return rows.map((r) => ({
    schemas: [SCIM.group],
    id: String(r.id),
    ...(r.externalId ? { externalId: r.externalId } : {}),
    displayName: r.displayName,
    ...(withMembers
      ? {
          members: members
            .filter((m) => m.groupId === r.id)
            .map((m) => ({ value: String(m.userId), display: m.name, $ref: `${base}/scim/v2/Users/${m.userId}` })),
        }
      : {}),
    meta: { resourceType: 'Group', created: r.createdAt.toISOString(), location: `${base}/scim/v2/Groups/${r.id}` },
  }));
}

const groupColumns = { id: scimGroups.id, displayName: scimGroups.displayName, externalId: scimGroups.externalId, createdAt: scimGroups.createdAt };

function whereOf(filter: Filter | null) {
  if (!filter) return undefined;
  if (filter.attribute === 'displayName') return sql`lower(${scimGroups.displayName}) = ${filter.value.trim().toLowerCase()}`;
  if (filter.attribute === 'id') return eq(scimGroups.id, /^\d{1,15}$/.test(filter.value) ? Number(filter.value) : -1);
  return eq(scimGroups.externalId, filter.value);
}

export async function scimListGroups(_client: ScimClient, input: { filter: string | null; page: Page; base: string; members: boolean }) {
  const where = whereOf(parseFilter(input.filter, GROUP_FILTERS));
  const [{ total }] = await db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(scimGroups).where(where);
  const rows =
    input.page.count === 0
      ? []
      : await db.select(groupColumns).from(scimGroups).where(where).orderBy(asc(scimGroups.id)).limit(input.page.count).offset(input.page.startIndex - 1);
  return { list: await toResources(rows, input.base, input.members), total };
}

async function groupRow(id: string, database: Db = db) {
  const n = /^\d{1,15}$/.test(id) ? Number(id) : NaN;
  const [row] = Number.isSafeInteger(n) ? await database.select(groupColumns).from(scimGroups).where(eq(scimGroups.id, n)) : [];
  if (!row) throw notFound('Group', id);
  return row;
}

export async function scimGetGroup(_client: ScimClient, id: string, base: string, members = true) {
  return (await toResources([await groupRow(id)], base, members))[0];
}

async function assertNameFree(tx: Db, displayName: string, groupId: number | null) {
  const [other] = await tx
    .select({ id: scimGroups.id })
    .from(scimGroups)
    .where(and(sql`lower(${scimGroups.displayName}) = ${displayName.toLowerCase()}`, groupId === null ? undefined : ne(scimGroups.id, groupId)))
    .limit(1);
  if (other) throw new ScimError(409, `displayName ${displayName} is already taken by group ${other.id}`, 'uniqueness');
}

async function assertUsers(tx: Db, ids: number[]) {
  if (!ids.length) return;
  const found = new Set((await tx.select({ id: users.id }).from(users).where(inArray(users.id, ids))).map((u) => u.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new ScimError(400, `members: user ${missing} does not exist`, 'invalidValue');
}

/** Works out again the directory roles of the given users from all their SCIM groups. */
async function resync(tx: Db, userIds: number[]) {
  for (const userId of new Set(userIds)) {
    const names = await tx
      .select({ name: scimGroups.displayName })
      .from(scimGroupMembers)
      .innerJoin(scimGroups, eq(scimGroups.id, scimGroupMembers.groupId))
      .where(eq(scimGroupMembers.userId, userId));
    await applyDirectoryGroups(tx, userId, names.map((n) => n.name), 'scim');
  }
}

async function members(tx: Db, groupId: number) {
  return (await tx.select({ userId: scimGroupMembers.userId }).from(scimGroupMembers).where(eq(scimGroupMembers.groupId, groupId))).map((m) => m.userId);
}

/** Applies a change to a group inside a transaction: its name, externalId and members. */
async function change(tx: Db, client: ScimClient, groupId: number, patch: GroupPatch) {
  const before = await members(tx, groupId);
  if (patch.displayName !== undefined) await assertNameFree(tx, patch.displayName, groupId);
  const fields = { ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}), ...(patch.externalId !== undefined ? { externalId: patch.externalId } : {}) };
  if (Object.keys(fields).length) await tx.update(scimGroups).set(fields).where(eq(scimGroups.id, groupId));
  const target = new Set(patch.replace ?? before);
  for (const id of patch.add) target.add(id);
  for (const id of patch.remove) target.delete(id);
  const added = [...target].filter((id) => !before.includes(id));
  const removed = before.filter((id) => !target.has(id));
  await assertUsers(tx, added);
  if (removed.length) await tx.delete(scimGroupMembers).where(and(eq(scimGroupMembers.groupId, groupId), inArray(scimGroupMembers.userId, removed)));
  if (added.length) await tx.insert(scimGroupMembers).values(added.map((userId) => ({ groupId, userId })));
  if (Object.keys(fields).length || added.length || removed.length) {
    await writeAudit(tx, { actorId: null, action: 'scim.group_update', entityType: 'scim_group', entityId: groupId, data: { token: client.tokenId, ...fields, added, removed } });
  }
  // A new name may match other mappings: every member is worked out again then.
  await resync(tx, patch.displayName !== undefined ? [...before, ...added] : [...added, ...removed]);
}

export async function scimCreateGroup(client: ScimClient, fields: GroupFields, base: string) {
  const id = await transaction(async (tx) => {
    await assertNameFree(tx, fields.displayName, null);
    const [row] = await tx.insert(scimGroups).values({ displayName: fields.displayName, externalId: fields.externalId }).returning({ id: scimGroups.id });
    await writeAudit(tx, { actorId: null, action: 'scim.group_create', entityType: 'scim_group', entityId: row.id, data: { token: client.tokenId, displayName: fields.displayName } });
    await change(tx, client, row.id, { add: fields.members, remove: [] });
    return row.id;
  });
  return scimGetGroup(client, String(id), base);
}

export async function scimUpdateGroup(client: ScimClient, id: string, patch: GroupPatch, base: string) {
  const row = await groupRow(id);
  await transaction((tx) => change(tx, client, row.id, patch));
  return scimGetGroup(client, id, base);
}

export async function scimDeleteGroup(client: ScimClient, id: string) {
  const row = await groupRow(id);
  await transaction(async (tx) => {
    const before = await members(tx, row.id);
    await tx.delete(scimGroupMembers).where(eq(scimGroupMembers.groupId, row.id));
    await tx.delete(scimGroups).where(eq(scimGroups.id, row.id));
    await writeAudit(tx, { actorId: null, action: 'scim.group_delete', entityType: 'scim_group', entityId: row.id, data: { token: client.tokenId, displayName: row.displayName } });
    await resync(tx, before);
  });
}
