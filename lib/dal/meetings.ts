import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db, schema, transaction, type Db } from '@/db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { MEETING_KIND_CODE, MEETING_LIMITS } from '@/lib/meeting';
import { canEditArticle, hasRole, isAdmin, type Viewer } from '@/lib/permissions';
import { slugify } from '@/lib/utils';
import { writeAudit } from './audit';
import { invalidatePublicPages } from '@/lib/server/page-cache';
import { getUnitParents } from './units';

const { meetingKinds, meetingSeries } = schema;

// Meeting kinds (annual work meeting, board meeting, …) and meeting series (one unit's
// mid-year work meetings across the years). Names are public: they appear on articles.
// Admins add and rename kinds; editors and admins create series for units they write for,
// and admins rename them. Every change is written to the audit log.

export type MeetingKind = { id: number; code: string; nameEn: string; nameZh: string; sortOrder: number };
export type MeetingSeriesItem = { id: number; slug: string; nameEn: string; nameZh: string; unitId: number | null };

/** Every meeting kind, in order. Public information. */
export async function getMeetingKinds(): Promise<MeetingKind[]> {
  return db
    .select({
      id: meetingKinds.id,
      code: meetingKinds.code,
      nameEn: meetingKinds.nameEn,
      nameZh: meetingKinds.nameZh,
      sortOrder: meetingKinds.sortOrder,
    })
    .from(meetingKinds)
    .orderBy(asc(meetingKinds.sortOrder), asc(meetingKinds.id));
}

/** The name of a kind in `locale`, or null for a code that is not in the table. Public. */
export async function getMeetingKindName(code: string, locale: Locale): Promise<string | null> {
  const [row] = await db
    .select({ nameEn: meetingKinds.nameEn, nameZh: meetingKinds.nameZh })
    .from(meetingKinds)
    .where(eq(meetingKinds.code, code))
    .limit(1);
  return row ? (locale === 'zh' ? row.nameZh : row.nameEn) : null;
}

/** Meeting data naming a kind that is not in the table. */
export class MeetingKindError extends ValidationError {
  constructor() {
    super('meeting_kind');
    this.name = 'MeetingKindError';
  }
}

/** Whether a kind code exists; used when meeting data is saved. */
export async function meetingKindExists(tx: Db, code: string): Promise<boolean> {
  const [row] = await tx.select({ id: meetingKinds.id }).from(meetingKinds).where(eq(meetingKinds.code, code)).limit(1);
  return !!row;
}

/** Every meeting series, oldest first. Public information. */
export async function getMeetingSeries(): Promise<MeetingSeriesItem[]> {
  return db
    .select({
      id: meetingSeries.id,
      slug: meetingSeries.slug,
      nameEn: meetingSeries.nameEn,
      nameZh: meetingSeries.nameZh,
      unitId: meetingSeries.unitId,
    })
    .from(meetingSeries)
    .orderBy(asc(meetingSeries.id));
}

/** Records a change of a kind or series (`meeting_kind.create`, …) on the audit log. */
function auditChange(tx: Db, viewer: Viewer, action: `${'meeting_kind' | 'meeting_series'}.${'create' | 'rename'}`, id: number, data: object) {
  return writeAudit(tx, { actorId: viewer.id, action, entityType: action.split('.')[0], entityId: id, data: data as Record<string, unknown> });
}

/** A name field: trimmed, without control characters, required, bounded. */
export function name(value: string, max: number, field: 'nameEn' | 'nameZh'): string {
  const v = value.replace(/[\u0000-\u001F\u007F]/g, '').trim();
  if (!v) throw new ValidationError('name_required', { field });
  if (v.length > max) throw new ValidationError('name_too_long', { field, max });
  return v;
}

/** Adds a meeting kind. Admins only; codes are unique. */
export async function createMeetingKind(input: {
  viewer: Viewer;
  code?: string;
  nameEn: string;
  nameZh: string;
  sortOrder?: number;
}): Promise<MeetingKind> {
  const { viewer } = input;
  if (!isAdmin(viewer)) throw new ForbiddenError();
  const nameEn = name(input.nameEn, MEETING_LIMITS.kindName, 'nameEn');
  const nameZh = name(input.nameZh, MEETING_LIMITS.kindName, 'nameZh');
  const code = (input.code?.trim() || slugify(nameEn).replace(/-/g, '_')).toLowerCase();
  if (!MEETING_KIND_CODE.test(code)) throw new ValidationError('code_invalid');
  return transaction(async (tx) => {
    const [taken] = await tx.select({ id: meetingKinds.id }).from(meetingKinds).where(eq(meetingKinds.code, code));
    if (taken) throw new ConflictError('code_taken');
    const all = await tx.select({ sortOrder: meetingKinds.sortOrder }).from(meetingKinds);
    const sortOrder = input.sortOrder ?? Math.max(0, ...all.map((r) => r.sortOrder).filter((n) => n < 90)) + 1;
    const [row] = await tx
      .insert(meetingKinds)
      .values({ code, nameEn, nameZh, sortOrder })
      .returning({ id: meetingKinds.id });
    await auditChange(tx, viewer, 'meeting_kind.create', row.id, { code, nameEn, nameZh });
    return { id: row.id, code, nameEn, nameZh, sortOrder };
  });
}

/** Renames a meeting kind (its code never changes: meeting data refers to it). Admins only. */
export async function renameMeetingKind(input: { viewer: Viewer; id: number; nameEn: string; nameZh: string }): Promise<MeetingKind> {
  const renamed = await renameEntry(input, MEETING_LIMITS.kindName, 'meeting_kind', {
    load: async (tx) => (await tx.select().from(meetingKinds).where(eq(meetingKinds.id, input.id)))[0],
    save: (tx, names) => tx.update(meetingKinds).set(names).where(eq(meetingKinds.id, input.id)),
    audit: (before) => ({ code: before.code }),
  });
  return { id: renamed.id, code: renamed.code, nameEn: renamed.nameEn, nameZh: renamed.nameZh, sortOrder: renamed.sortOrder };
}

/**
 * Creates a meeting series. Editors for a unit in their scope (or none, when unscoped) and
 * admins. The slug comes from the English name and is made unique.
 */
export async function createMeetingSeries(input: {
  viewer: Viewer;
  nameEn: string;
  nameZh: string;
  unitId: number | null;
}): Promise<MeetingSeriesItem> {
  const { viewer } = input;
  if (!isAdmin(viewer) && !hasRole(viewer, 'editor')) throw new ForbiddenError();
  const nameEn = name(input.nameEn, MEETING_LIMITS.seriesName, 'nameEn');
  const nameZh = name(input.nameZh, MEETING_LIMITS.seriesName, 'nameZh');
  const parents = await getUnitParents();
  if (input.unitId !== null && !parents.has(input.unitId)) throw new ValidationError('unit_invalid');
  if (!canEditArticle(viewer, { sourceUnitId: input.unitId }, parents)) throw new ForbiddenError();
  return transaction(async (tx) => {
    const same = await tx.select({ id: meetingSeries.id, nameEn: meetingSeries.nameEn }).from(meetingSeries);
    if (same.some((s) => s.nameEn.toLowerCase() === nameEn.toLowerCase())) throw new ConflictError('name_taken');
    const base = slugify(nameEn).slice(0, 80) || 'series';
    const slugs = new Set((await tx.select({ slug: meetingSeries.slug }).from(meetingSeries)).map((r) => r.slug));
    let slug = base;
    for (let i = 2; slugs.has(slug); i++) slug = `${base}-${i}`;
    const [row] = await tx
      .insert(meetingSeries)
      .values({ slug, nameEn, nameZh, unitId: input.unitId })
      .returning({ id: meetingSeries.id });
    await auditChange(tx, viewer, 'meeting_series.create', row.id, { slug, nameEn, nameZh, unitId: input.unitId });
    return { id: row.id, slug, nameEn, nameZh, unitId: input.unitId };
  });
}

/** Renames a meeting series; its address (slug) stays. Admins only. */
export async function renameMeetingSeries(input: { viewer: Viewer; id: number; nameEn: string; nameZh: string }) {
  await renameEntry(input, MEETING_LIMITS.seriesName, 'meeting_series', {
    load: async (tx) => (await tx.select().from(meetingSeries).where(eq(meetingSeries.id, input.id)))[0],
    save: (tx, names) => tx.update(meetingSeries).set(names).where(eq(meetingSeries.id, input.id)),
    audit: () => ({}),
  });
}

/**
 * Renames a kind or a series in both languages, on the audit log, and forgets the pages
 * that show its old name. Admins only.
 */
async function renameEntry<R extends { nameEn: string; nameZh: string }>(
  input: { viewer: Viewer; id: number; nameEn: string; nameZh: string },
  max: number,
  entityType: 'meeting_kind' | 'meeting_series',
  row: { load: (tx: Db) => Promise<R | undefined>; save: (tx: Db, names: { nameEn: string; nameZh: string }) => Promise<unknown>; audit: (before: R) => object },
): Promise<R> {
  const { viewer } = input;
  if (!isAdmin(viewer)) throw new ForbiddenError();
  const names = { nameEn: name(input.nameEn, max, 'nameEn'), nameZh: name(input.nameZh, max, 'nameZh') };
  const renamed = await transaction(async (tx) => {
    const before = await row.load(tx);
    if (!before) throw new NotFoundError();
    await row.save(tx, names);
    await auditChange(tx, viewer, `${entityType}.rename`, input.id, {
      ...row.audit(before),
      from: { nameEn: before.nameEn, nameZh: before.nameZh },
      to: names,
    });
    return { ...before, ...names };
  });
  invalidatePublicPages();
  return renamed;
}
