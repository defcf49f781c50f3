import 'server-only';
import { and, asc, eq, exists, inArray, isNotNull, isNull, like, or, sql } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import { toCsv } from '@/lib/csv';
import type { Actor, Role } from '@/lib/permissions';
import { writeAudit } from './audit';
import { actorId, requireAdmin } from './user-refs';
import { expandScope, getUnitParents } from './units';

const { users, roleGrants, units } = schema;

// The people of the portal as admins see them: searched, filtered and paged in the console,
// listed by `npm run users -- list`, exported as CSV. Admins only.

export type UserGrant = { id: number; role: Role; unitId: number | null; unit: string | null };
export type UserListItem = {
  id: number;
  email: string;
  name: string;
  active: boolean;
  unitId: number | null;
  unit: string | null;
  lastLoginAt: Date | null;
  hasPassword: boolean;
  grants: UserGrant[];
};

export type UserFilters = {
  q?: string;
  /** Members of this unit or of a unit below it. */
  unitId?: number;
  role?: Role;
  status?: 'active' | 'inactive';
  page?: number;
};

export const USERS_PAGE_SIZE = 25;

/** `like` pattern of a search text, its wildcards taken literally. */
const pattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

async function whereOf(filters: UserFilters) {
  const q = filters.q?.trim().slice(0, 200);
  const scope = filters.unitId ? expandScope([filters.unitId], await getUnitParents()) : null;
  return and(
    isNull(users.erasedAt),
    q ? or(like(sql`lower(${users.name})`, sql`${pattern(q)} escape '\\'`), like(users.email, sql`${pattern(q)} escape '\\'`)) : undefined,
    scope ? inArray(users.unitId, scope) : undefined,
    filters.role && filters.role !== 'reader'
      ? exists(db.select({ one: sql`1` }).from(roleGrants).where(and(eq(roleGrants.userId, users.id), eq(roleGrants.role, filters.role))))
      : undefined,
    filters.status ? eq(users.active, filters.status === 'active') : undefined,
  );
}

async function withGrants(rows: Omit<UserListItem, 'grants'>[]): Promise<UserListItem[]> {
  if (rows.length === 0) return [];
  const grants = await db
    .select({ id: roleGrants.id, userId: roleGrants.userId, role: roleGrants.role, unitId: roleGrants.unitId, unit: units.code })
    .from(roleGrants)
    .leftJoin(units, eq(units.id, roleGrants.unitId))
    .where(inArray(roleGrants.userId, rows.map((r) => r.id)))
    .orderBy(asc(roleGrants.role), asc(units.code));
  const byUser = new Map<number, UserGrant[]>();
  for (const g of grants) {
    const list = byUser.get(g.userId) ?? [];
    list.push({ id: g.id, role: g.role, unitId: g.unitId, unit: g.unit ?? null });
    byUser.set(g.userId, list);
  }
  return rows.map((r) => ({ ...r, grants: byUser.get(r.id) ?? [] }));
}

const listColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  active: users.active,
  unitId: users.unitId,
  unit: units.code,
  lastLoginAt: users.lastLoginAt,
  hasPassword: sql<boolean>`(${users.passwordHash} is not null)`.mapWith((v) => v === true || v === 1 || v === '1' || v === 't'),
};

/** One page of users matching the filters, by name. Admins only. */
export async function searchUsers(actor: Actor, filters: UserFilters = {}) {
  requireAdmin(actor);
  const where = await whereOf(filters);
  const [{ total }] = await db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(users).where(where);
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1)), pages);
  const rows = await db
    .select(listColumns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(where)
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
    .limit(USERS_PAGE_SIZE)
    .offset((page - 1) * USERS_PAGE_SIZE);
  return { items: await withGrants(rows), total, page, pages };
}

/** Every user (not erased), by email: the command line's list. Admins only. */
export async function listUsers(actor: Actor): Promise<UserListItem[]> {
  requireAdmin(actor);
  const rows = await db.select(listColumns).from(users).leftJoin(units, eq(units.id, users.unitId)).where(isNull(users.erasedAt)).orderBy(asc(users.email));
  return withGrants(rows);
}

/** One user as the console's edit page shows them, or null. Admins only. */
export async function getUserDetail(actor: Actor, id: number) {
  requireAdmin(actor);
  const [row] = await db
    .select({ ...listColumns, locale: users.locale, createdAt: users.createdAt })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.id, id), isNull(users.erasedAt)));
  if (!row) return null;
  const [withG] = await withGrants([row]);
  return { ...withG, locale: row.locale, createdAt: row.createdAt };
}

/** The columns of the CSV export, which the import reads back. */
export const USER_CSV_COLUMNS = ['email', 'name', 'unit', 'roles', 'active', 'last_sign_in'] as const;

/** "editor@OU-EAST;approver": the roles besides reader, with their unit scopes. */
export const formatGrants = (grants: { role: Role; unit: string | null }[]) =>
  grants
    .filter((g) => g.role !== 'reader')
    .map((g) => (g.unit ? `${g.role}@${g.unit}` : g.role))
    .join(';');

/** Users matching the filters (every page) as CSV, on the audit log. Admins only. */
export async function exportUsersCsv(actor: Actor, filters: Omit<UserFilters, 'page'> = {}): Promise<string> {
  requireAdmin(actor);
  const rows = await db.select(listColumns).from(users).leftJoin(units, eq(units.id, users.unitId)).where(await whereOf(filters)).orderBy(asc(users.email));
  const items = await withGrants(rows);
  await writeAudit(db, { actorId: actorId(actor), action: 'user.export_csv', entityType: 'user', data: { count: items.length, filters } });
  return toCsv(
    USER_CSV_COLUMNS,
    items.map((u) => [u.email, u.name, u.unit ?? '', formatGrants(u.grants), u.active ? 'yes' : 'no', u.lastLoginAt?.toISOString() ?? '']),
  );
}

/** How many active admins there are (the console warns on the last one). */
export async function countActiveAdmins(actor: Actor): Promise<number> {
  requireAdmin(actor);
  const [{ n }] = await db
    .select({ n: sql<number>`count(distinct ${users.id})`.mapWith(Number) })
    .from(users)
    .innerJoin(roleGrants, and(eq(roleGrants.userId, users.id), eq(roleGrants.role, 'admin')))
    .where(and(eq(users.active, true), isNull(users.erasedAt), isNotNull(users.id)));
  return n;
}
