import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db, schema, transaction, type Db } from '@/db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { type Actor, isAdmin, isSystem, ROLES, type Role } from '@/lib/permissions';
import { writeAudit } from './audit';
import { getUnitIdsByCode } from './units';

const { groupMappings, roleGrants, units } = schema;

// Directory groups → roles. Admins map a group of the identity provider (a name, or the
// object id that Entra ID sends) to a role, optionally scoped to a unit. The roles a user
// holds through groups are kept apart from the ones an admin granted by hand
// (role_grants.source = 'directory') and are replaced whenever the directory tells us the
// user's groups: at each single sign-on, and when a SCIM client changes a group.

/** Group names are compared without case and without a leading slash (Keycloak's paths). */
export const normalizeGroup = (group: string) => group.normalize('NFC').trim().replace(/^\/+/, '').toLowerCase();

export type GroupMapping = { id: number; group: string; role: Role; unitId: number | null; unitCode: string | null };

const requireAdmin = (actor: Actor) => {
  if (!isAdmin(actor)) throw new ForbiddenError();
};
const actorId = (actor: Actor) => (isSystem(actor) ? null : actor.id);

/** Every mapping, by group. Admins only. */
export async function listGroupMappings(actor: Actor): Promise<GroupMapping[]> {
  requireAdmin(actor);
  return db
    .select({ id: groupMappings.id, group: groupMappings.groupName, role: groupMappings.role, unitId: groupMappings.unitId, unitCode: units.code })
    .from(groupMappings)
    .leftJoin(units, eq(units.id, groupMappings.unitId))
    .orderBy(asc(groupMappings.groupName), asc(groupMappings.role), asc(groupMappings.id));
}

/** Maps a group to a role (in a unit, by its code). Admins only. */
export async function addGroupMapping(actor: Actor, input: { group: string; role: Role; unit?: string | null }) {
  requireAdmin(actor);
  const group = normalizeGroup(input.group);
  if (!group) throw new ValidationError('required', { field: 'group' });
  if (group.length > 256) throw new ValidationError('too_long', { field: 'group', max: 256 });
  if (!ROLES.includes(input.role)) throw new ValidationError('unknown_role', { role: input.role });
  const code = input.unit?.trim() || null;
  let unitId: number | null = null;
  if (code) {
    unitId = (await getUnitIdsByCode([code])).get(code.toUpperCase()) ?? null;
    if (unitId === null) throw new ValidationError('unknown_unit', { code });
  }
  return transaction(async (tx) => {
    const same = await tx
      .select({ id: groupMappings.id, unitId: groupMappings.unitId })
      .from(groupMappings)
      .where(and(eq(groupMappings.groupName, group), eq(groupMappings.role, input.role)));
    if (same.some((m) => m.unitId === unitId)) throw new ConflictError('mapping_exists', { group });
    const [row] = await tx.insert(groupMappings).values({ groupName: group, role: input.role, unitId }).returning({ id: groupMappings.id });
    await writeAudit(tx, {
      actorId: actorId(actor),
      action: 'sso.mapping_add',
      entityType: 'group_mapping',
      entityId: row.id,
      toState: input.role,
      data: { group, unit: code },
    });
    return { id: row.id };
  });
}

/** Removes a mapping; the roles it gave go at each user's next sign-in. Admins only. */
export async function removeGroupMapping(actor: Actor, id: number) {
  requireAdmin(actor);
  await transaction(async (tx) => {
    const [row] = await tx.delete(groupMappings).where(eq(groupMappings.id, id)).returning();
    if (!row) throw new NotFoundError('not_found');
    await writeAudit(tx, {
      actorId: actorId(actor),
      action: 'sso.mapping_remove',
      entityType: 'group_mapping',
      entityId: id,
      fromState: row.role,
      data: { group: row.groupName, unitId: row.unitId },
    });
  });
}

const grantKey = (g: { role: string; unitId: number | null }) => `${g.role}@${g.unitId ?? ''}`;

/**
 * Replaces the user's directory roles by those their groups map to, inside the caller's
 * transaction; records the change in the audit log when there is one. Returns the roles.
 */
export async function applyDirectoryGroups(tx: Db, userId: number, groups: string[], via: 'sso' | 'scim') {
  const names = [...new Set(groups.map(normalizeGroup).filter(Boolean))];
  const mapped = names.length
    ? await tx.select({ role: groupMappings.role, unitId: groupMappings.unitId }).from(groupMappings).where(inArray(groupMappings.groupName, names))
    : [];
  const wanted = new Map(mapped.filter((m) => m.role !== 'reader').map((m) => [grantKey(m), m]));
  const current = await tx
    .select({ id: roleGrants.id, role: roleGrants.role, unitId: roleGrants.unitId })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), eq(roleGrants.source, 'directory')));
  const have = new Set(current.map(grantKey));
  const stale = current.filter((g) => !wanted.has(grantKey(g)));
  const added = [...wanted.values()].filter((g) => !have.has(grantKey(g)));
  if (stale.length) await tx.delete(roleGrants).where(inArray(roleGrants.id, stale.map((g) => g.id)));
  if (added.length) await tx.insert(roleGrants).values(added.map((g) => ({ userId, role: g.role, unitId: g.unitId, source: 'directory' as const })));
  if (stale.length || added.length) {
    await writeAudit(tx, {
      actorId: null,
      action: 'role.directory_sync',
      entityType: 'user',
      entityId: userId,
      data: {
        via,
        groups: names,
        granted: added.map((g) => ({ role: g.role, unitId: g.unitId })),
        revoked: stale.map((g) => ({ role: g.role, unitId: g.unitId })),
      },
    });
  }
  return [...wanted.values()];
}
