import 'server-only';
import { asc, inArray, sql } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import type { Locale } from '@/lib/i18n/config';
import type { UnitParents } from '@/lib/permissions';
import { memo } from './memo';

export type UnitNode = { id: number; code: string; name: string; parentId: number | null; depth: number; retired: boolean };

type UnitRow = { id: number; code: string; nameEn: string; nameZh: string; parentId: number | null; retiredAt: Date | null };
type UnitTree = { parents: UnitParents; nodes: UnitRow[] };

/** The unit hierarchy, for scope checks. Public information: unit names appear on articles. */
export async function getUnitParents(): Promise<UnitParents> {
  return (await loadTree()).parents;
}

/** Units in tree order (each after its parent), with their depth, for pickers. */
export async function getUnitOptions(locale: Locale): Promise<UnitNode[]> {
  const { nodes } = await loadTree();
  const children = new Map<number | null, typeof nodes>();
  for (const n of nodes) {
    const list = children.get(n.parentId) ?? [];
    list.push(n);
    children.set(n.parentId, list);
  }
  const out: UnitNode[] = [];
  const known = new Set(nodes.map((n) => n.id));
  const walk = (parentId: number | null, depth: number) => {
    for (const n of children.get(parentId) ?? []) {
      out.push({ id: n.id, code: n.code, parentId: n.parentId, depth, name: locale === 'zh' ? n.nameZh : n.nameEn, retired: !!n.retiredAt });
      walk(n.id, depth + 1);
    }
  };
  walk(null, 0);
  // Units whose parent is missing still appear, at the top level.
  for (const n of nodes) if (n.parentId !== null && !known.has(n.parentId)) walk(n.parentId, 0);
  return out;
}

function loadTree(): Promise<UnitTree> {
  return memo('units:tree', async () => {
    const rows = await db
      .select({
        id: schema.units.id,
        code: schema.units.code,
        nameEn: schema.units.nameEn,
        nameZh: schema.units.nameZh,
        parentId: schema.units.parentId,
        retiredAt: schema.units.retiredAt,
      })
      .from(schema.units)
      .orderBy(asc(schema.units.sortOrder), asc(schema.units.id));
    return { parents: new Map(rows.map((r) => [r.id, r.parentId])), nodes: rows };
  });
}

/** Every unit id covered by the given scope units (each unit and everything below it). */
export function expandScope(scope: number[], parents: UnitParents): number[] {
  const children = new Map<number, number[]>();
  for (const [id, parent] of parents) {
    if (parent === null) continue;
    const list = children.get(parent) ?? [];
    list.push(id);
    children.set(parent, list);
  }
  const out = new Set<number>();
  const stack = [...scope];
  while (stack.length) {
    const id = stack.pop() as number;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...out];
}

/** Unit ids by code (codes compared in upper case); unknown codes are left out. Read afresh. */
export async function getUnitIdsByCode(codes: string[]): Promise<Map<string, number>> {
  const wanted = [...new Set(codes.map((c) => c.trim().toUpperCase()).filter(Boolean))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: schema.units.id, code: schema.units.code })
    .from(schema.units)
    .where(inArray(sql`upper(${schema.units.code})`, wanted));
  return new Map(rows.map((r) => [r.code.toUpperCase(), r.id]));
}
