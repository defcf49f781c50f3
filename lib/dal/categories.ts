import 'server-only';
import { asc, count, eq, isNull } from 'drizzle-orm';
import { db, schema, transaction } from '@/db/client';
import { ConflictError, ValidationError } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { invalidatePublicPages } from '@/lib/server/page-cache';
import { slugify } from '@/lib/utils';
import { writeAudit } from './audit';
import { name } from './meetings';
import { actorId, requireAdmin } from './user-refs';

const { categories, articles } = schema;

// Categories as admins manage them (the console and `npm run categories`): add, rename in
// both languages, reorder, retire. A retired category keeps its articles and its address,
// and takes no new articles. Every change is on the audit log.

const NAME_MAX = 80;
export const CATEGORY_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

export type AdminCategory = { id: number; slug: string; nameEn: string; nameZh: string; sortOrder: number; retiredAt: Date | null; articles: number };

/** Every category in order, retired ones included, with its number of articles. Admins only. */
export async function listCategoriesForAdmin(actor: Actor): Promise<AdminCategory[]> {
  requireAdmin(actor);
  const [rows, counts] = await Promise.all([
    db.select().from(categories).orderBy(asc(categories.sortOrder), asc(categories.id)),
    db.select({ id: articles.categoryId, n: count() }).from(articles).groupBy(articles.categoryId),
  ]);
  const n = new Map(counts.map((c) => [c.id, Number(c.n)]));
  return rows.map((r) => ({ id: r.id, slug: r.slug, nameEn: r.nameEn, nameZh: r.nameZh, sortOrder: r.sortOrder, retiredAt: r.retiredAt, articles: n.get(r.id) ?? 0 }));
}

async function find(ref: string | number) {
  const [row] = await db.select().from(categories).where(typeof ref === 'number' ? eq(categories.id, ref) : eq(categories.slug, ref.trim().toLowerCase()));
  if (!row) throw new ValidationError('unknown_category', { slug: String(ref) });
  return row;
}

function done() {
  invalidatePublicPages();
}

/** Adds a category at the end; its address (slug) comes from the English name unless given. Admins only. */
export async function createCategory(actor: Actor, input: { slug?: string; nameEn: string; nameZh: string }) {
  requireAdmin(actor);
  const nameEn = name(input.nameEn, NAME_MAX, 'nameEn');
  const nameZh = name(input.nameZh, NAME_MAX, 'nameZh');
  const slug = (input.slug?.trim() || slugify(nameEn)).toLowerCase();
  if (!CATEGORY_SLUG.test(slug)) throw new ValidationError('category_slug', { slug: slug.slice(0, 60) });
  const created = await transaction(async (tx) => {
    const [taken] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug));
    if (taken) throw new ConflictError('category_slug_taken', { slug });
    const all = await tx.select({ sortOrder: categories.sortOrder }).from(categories);
    const sortOrder = Math.max(-1, ...all.map((c) => c.sortOrder)) + 1;
    const [row] = await tx.insert(categories).values({ slug, nameEn, nameZh, sortOrder }).returning({ id: categories.id });
    await writeAudit(tx, { actorId: actorId(actor), action: 'category.create', entityType: 'category', entityId: row.id, data: { slug, nameEn, nameZh } });
    return { id: row.id, slug };
  });
  done();
  return created;
}

/** Renames a category in both languages; its address stays. Admins only. */
export async function renameCategory(actor: Actor, input: { category: string | number; nameEn: string; nameZh: string }) {
  requireAdmin(actor);
  const names = { nameEn: name(input.nameEn, NAME_MAX, 'nameEn'), nameZh: name(input.nameZh, NAME_MAX, 'nameZh') };
  const before = await find(input.category);
  if (before.nameEn === names.nameEn && before.nameZh === names.nameZh) return;
  await transaction(async (tx) => {
    await tx.update(categories).set(names).where(eq(categories.id, before.id));
    await writeAudit(tx, { actorId: actorId(actor), action: 'category.rename', entityType: 'category', entityId: before.id, data: { slug: before.slug, from: { nameEn: before.nameEn, nameZh: before.nameZh }, to: names } });
  });
  done();
}

/** Moves a category one place up or down in the order readers see. Admins only. */
export async function moveCategory(actor: Actor, input: { category: string | number; direction: 'up' | 'down' }) {
  requireAdmin(actor);
  const target = await find(input.category);
  await transaction(async (tx) => {
    const rows = await tx.select({ id: categories.id }).from(categories).orderBy(asc(categories.sortOrder), asc(categories.id));
    const i = rows.findIndex((r) => r.id === target.id);
    const j = input.direction === 'up' ? i - 1 : i + 1;
    if (i < 0 || j < 0 || j >= rows.length) return;
    [rows[i], rows[j]] = [rows[j], rows[i]];
    // Renumbered as a whole, so that equal or missing orders never make a move a no-op.
    for (const [k, r] of rows.entries()) await tx.update(categories).set({ sortOrder: k }).where(eq(categories.id, r.id));
    await writeAudit(tx, { actorId: actorId(actor), action: 'category.reorder', entityType: 'category', entityId: target.id, data: { slug: target.slug, from: i, to: j } });
  });
  done();
}

/** Retires a category (or brings it back): its articles keep it; it takes no new ones. Admins only. */
export async function setCategoryRetired(actor: Actor, input: { category: string | number; retired: boolean }) {
  requireAdmin(actor);
  const before = await find(input.category);
  if (!!before.retiredAt === input.retired) return;
  await transaction(async (tx) => {
    if (input.retired) {
      const [left] = await tx.select({ n: count() }).from(categories).where(isNull(categories.retiredAt));
      if (Number(left.n) <= 1) throw new ConflictError('last_category');
    }
    await tx.update(categories).set({ retiredAt: input.retired ? new Date() : null }).where(eq(categories.id, before.id));
    await writeAudit(tx, { actorId: actorId(actor), action: input.retired ? 'category.retire' : 'category.restore', entityType: 'category', entityId: before.id, data: { slug: before.slug } });
  });
  done();
}

