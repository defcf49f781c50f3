import 'server-only';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { db, schema, transaction, type Db } from '@/db/client';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { invalidatePublicPages } from '@/lib/server/page-cache';
import { writeAudit } from './audit';
import { name } from './meetings';
import { actorId, requireAdmin, unitIdOf } from './user-refs';

const { units, users, articles, roleGrants, meetingSeries } = schema;

// The units of the group as admins manage them (the console and `npm run units`): add,
// rename, move, retire. A unit that anything refers to (members, articles, role grants,
// meeting series, units below it) is retired, never deleted: it keeps its name on what
// refers to it and takes nothing new. Only a unit nothing refers to may be deleted.

export const UNIT_KINDS = ['group', 'department', 'company'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_CODE = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;
const NAME_MAX = 120;

export type UnitReferences = { members: number; articles: number; grants: number; series: number; children: number };
export type AdminUnit = {
  id: number;
  code: string;
  nameEn: string;
  nameZh: string;
  kind: UnitKind;
  parentId: number | null;
  depth: number;
  retiredAt: Date | null;
  refs: UnitReferences;
};

/** How many rows of `table` name each unit in `column`. */
async function countBy(column: SQLiteColumn, table: SQLiteTable) {
  const rows = await db.select({ id: sql<number | null>`${column}`, n: count() }).from(table).groupBy(column);
  return new Map(rows.filter((r) => r.id !== null).map((r) => [Number(r.id), Number(r.n)]));
}

/** Every unit in tree order with its depth and what refers to it. Admins only. */
export async function listUnitsForAdmin(actor: Actor): Promise<AdminUnit[]> {
  requireAdmin(actor);
  const [rows, members, arts, grants, series, children] = await Promise.all([
    db.select().from(units).orderBy(asc(units.sortOrder), asc(units.id)),
    countBy(users.unitId, users),
    countBy(articles.sourceUnitId, articles),
    countBy(roleGrants.unitId, roleGrants),
    countBy(meetingSeries.unitId, meetingSeries),
    countBy(units.parentId, units),
  ]);
  const byParent = new Map<number | null, typeof rows>();
  for (const r of rows) byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
  const out: AdminUnit[] = [];
  const seen = new Set<number>();
  const walk = (parentId: number | null, depth: number) => {
    for (const r of byParent.get(parentId) ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const refs = { members: members.get(r.id) ?? 0, articles: arts.get(r.id) ?? 0, grants: grants.get(r.id) ?? 0, series: series.get(r.id) ?? 0, children: children.get(r.id) ?? 0 };
      out.push({ id: r.id, code: r.code, nameEn: r.nameEn, nameZh: r.nameZh, kind: r.kind, parentId: r.parentId, depth, retiredAt: r.retiredAt, refs });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  for (const r of rows) if (!seen.has(r.id)) walk(r.parentId, 0);
  return out;
}

function checkKind(kind: string): UnitKind {
  if (!(UNIT_KINDS as readonly string[]).includes(kind)) throw new ValidationError('unit_kind', { kind });
  return kind as UnitKind;
}

async function loadUnit(tx: Db, ref: string | number) {
  const id = await unitIdOf(tx, ref, { allowRetired: true });
  const [row] = await tx.select().from(units).where(eq(units.id, id as number));
  if (!row) throw new NotFoundError();
  return row;
}

function changed() {
  invalidatePublicPages();
}

/** Adds a unit under `parent` (a code or id; none for a top-level unit). Admins only. */
export async function createUnit(actor: Actor, input: { code: string; nameEn: string; nameZh: string; kind?: string; parent?: string | number | null }) {
  requireAdmin(actor);
  const code = input.code.trim().toUpperCase();
  if (!UNIT_CODE.test(code)) throw new ValidationError('unit_code', { code: input.code.slice(0, 40) });
  const nameEn = name(input.nameEn, NAME_MAX, 'nameEn');
  const nameZh = name(input.nameZh, NAME_MAX, 'nameZh');
  const kind = checkKind(input.kind ?? 'company');
  const created = await transaction(async (tx) => {
    const [taken] = await tx.select({ id: units.id }).from(units).where(eq(units.code, code));
    if (taken) throw new ConflictError('unit_code_taken', { code });
    const parentId = await unitIdOf(tx, input.parent);
    const siblings = await tx.select({ n: count() }).from(units).where(parentId === null ? isNull(units.parentId) : eq(units.parentId, parentId));
    const all = await tx.select({ n: count() }).from(units);
    const [row] = await tx
      .insert(units)
      .values({ code, nameEn, nameZh, kind, parentId, sortOrder: Number(all[0].n) + Number(siblings[0].n) })
      .returning({ id: units.id });
    await writeAudit(tx, { actorId: actorId(actor), action: 'unit.create', entityType: 'unit', entityId: row.id, data: { code, nameEn, nameZh, kind, parentId } });
    return { id: row.id, code };
  });
  changed();
  return created;
}

/** Renames a unit, changes its kind, or moves it under another parent (never below itself). Admins only. */
export async function updateUnit(actor: Actor, input: { unit: string | number; nameEn?: string; nameZh?: string; kind?: string; parent?: string | number | null }) {
  requireAdmin(actor);
  await transaction(async (tx) => {
    const before = await loadUnit(tx, input.unit);
    const next: { nameEn?: string; nameZh?: string; kind?: UnitKind; parentId?: number | null } = {};
    if (input.nameEn !== undefined && name(input.nameEn, NAME_MAX, 'nameEn') !== before.nameEn) next.nameEn = name(input.nameEn, NAME_MAX, 'nameEn');
    if (input.nameZh !== undefined && name(input.nameZh, NAME_MAX, 'nameZh') !== before.nameZh) next.nameZh = name(input.nameZh, NAME_MAX, 'nameZh');
    if (input.kind !== undefined && checkKind(input.kind) !== before.kind) next.kind = checkKind(input.kind);
    if (input.parent !== undefined) {
      const parentId = await unitIdOf(tx, input.parent, { allowRetired: true });
      if (parentId !== before.parentId) {
        await unitIdOf(tx, input.parent);
        // The new parent may not be the unit itself or lie below it.
        const all = await tx.select({ id: units.id, parentId: units.parentId }).from(units);
        const parentOf = new Map(all.map((u) => [u.id, u.parentId]));
        for (let u: number | null = parentId, steps = 0; u !== null && steps <= all.length; u = parentOf.get(u) ?? null, steps++) {
          if (u === before.id) throw new ValidationError('unit_cycle', { code: before.code });
        }
        next.parentId = parentId;
      }
    }
    if (Object.keys(next).length === 0) return;
    await tx.update(units).set(next).where(eq(units.id, before.id));
    const from = Object.fromEntries(Object.keys(next).map((k) => [k, before[k as keyof typeof next]]));
    await writeAudit(tx, { actorId: actorId(actor), action: 'unit.update', entityType: 'unit', entityId: before.id, data: { code: before.code, from, to: next } });
  });
  changed();
}

/** What refers to one unit. */
async function referencesOf(tx: Db, id: number): Promise<UnitReferences> {
  const n = async (q: Promise<{ n: number }[]>) => Number((await q)[0]?.n ?? 0);
  const [members, arts, grants, series, children] = await Promise.all([
    n(tx.select({ n: count() }).from(users).where(eq(users.unitId, id))),
    n(tx.select({ n: count() }).from(articles).where(eq(articles.sourceUnitId, id))),
    n(tx.select({ n: count() }).from(roleGrants).where(eq(roleGrants.unitId, id))),
    n(tx.select({ n: count() }).from(meetingSeries).where(eq(meetingSeries.unitId, id))),
    n(tx.select({ n: count() }).from(units).where(eq(units.parentId, id))),
  ]);
  return { members, articles: arts, grants, series, children };
}

/**
 * Retires a unit (or brings it back): it stays on everything that refers to it, and takes
 * no new members, grants or articles. Units below it must be retired or moved first.
 * Returns what refers to it. Admins only.
 */
export async function setUnitRetired(actor: Actor, input: { unit: string | number; retired: boolean }): Promise<UnitReferences> {
  requireAdmin(actor);
  const refs = await transaction(async (tx) => {
    const before = await loadUnit(tx, input.unit);
    const refs = await referencesOf(tx, before.id);
    if (!!before.retiredAt === input.retired) return refs;
    if (input.retired) {
      const [active] = await tx.select({ n: count() }).from(units).where(and(eq(units.parentId, before.id), isNull(units.retiredAt)));
      if (Number(active.n) > 0) throw new ConflictError('unit_has_children', { code: before.code, count: Number(active.n) });
    } else if (before.parentId !== null) {
      const [parent] = await tx.select({ retiredAt: units.retiredAt, code: units.code }).from(units).where(eq(units.id, before.parentId));
      if (parent?.retiredAt) throw new ValidationError('unit_retired', { code: parent.code });
    }
    await tx.update(units).set({ retiredAt: input.retired ? new Date() : null }).where(eq(units.id, before.id));
    await writeAudit(tx, { actorId: actorId(actor), action: input.retired ? 'unit.retire' : 'unit.restore', entityType: 'unit', entityId: before.id, data: { code: before.code, refs } });
    return refs;
  });
  changed();
  return refs;
}

/** Deletes a unit that nothing refers to; one that is referred to is refused with what refers to it. Admins only. */
export async function deleteUnit(actor: Actor, input: { unit: string | number }) {
  requireAdmin(actor);
  await transaction(async (tx) => {
    const before = await loadUnit(tx, input.unit);
    const refs = await referencesOf(tx, before.id);
    if (Object.values(refs).some((v) => v > 0)) throw new ConflictError('unit_in_use', { code: before.code, ...refs });
    await tx.delete(units).where(eq(units.id, before.id));
    await writeAudit(tx, { actorId: actorId(actor), action: 'unit.delete', entityType: 'unit', entityId: before.id, data: { code: before.code, nameEn: before.nameEn, nameZh: before.nameZh } });
  });
  changed();
}
