import 'server-only';
import { aliasedTable, and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { adapter, db, schema } from '@/db/client';
import type { Locale } from '@/lib/i18n/config';
import { canEditArticle, type Viewer } from '@/lib/permissions';
import { workState, type WorkState } from '@/lib/workflow';
import { requireStaff } from './article-row';
import { getMeetingKinds } from './meetings';
import { named } from './readable';
import { failedSchedule, staffScopes, touchedBy, workStateIs } from './staff-scope';
import { getUnitParents } from './units';

const { articles, articleRevisions, categories, units, users } = schema;

// The staff article list: every article the viewer may edit or review, filtered by work
// state, unit, category, author, language and meeting kind, searched by title, sorted and
// paged. The same scopes as the staff desk (lib/dal/staff-scope.ts).

export const STAFF_STATES = ['draft', 'in_review', 'approved', 'scheduled', 'failed', 'published', 'rejected', 'archived'] as const;
export type StaffStateFilter = (typeof STAFF_STATES)[number];
export const STAFF_SORTS = ['updated', 'oldest', 'published', 'title'] as const;
export type StaffSort = (typeof STAFF_SORTS)[number];
export const STAFF_PAGE_SIZE = 25;

export type StaffArticleFilters = {
  state?: StaffStateFilter;
  unit?: number;
  category?: number;
  author?: number;
  language?: 'en' | 'zh';
  kind?: string;
  /** Only articles the viewer wrote or edited. */
  mine?: boolean;
  q?: string;
  sort?: StaffSort;
  page?: number;
};

export type StaffArticleRow = {
  id: number;
  title: string;
  state: WorkState;
  /** Live for readers while a new revision is in progress. */
  live: boolean;
  failed: boolean;
  language: 'en' | 'zh';
  category: string;
  unit: string | null;
  author: string;
  editor: string;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  /** The viewer may edit it; otherwise only review or read it. */
  canEdit: boolean;
};

export type StaffArticleList = {
  items: StaffArticleRow[];
  total: number;
  page: number;
  pages: number;
  /** The choices of the filters: only units, categories and authors the viewer may see. */
  options: {
    units: { value: number; label: string }[];
    categories: { value: number; label: string }[];
    authors: { value: number; label: string }[];
    kinds: { value: string; label: string }[];
  };
};

/** A LIKE pattern that matches `text` anywhere, its wildcards taken literally. */
const containing = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const ORDER: Record<StaffSort, (title: SQL) => SQL[]> = {
  updated: () => [desc(articles.updatedAt), desc(articles.id)],
  oldest: () => [asc(articles.updatedAt), asc(articles.id)],
  // Never published last, on both databases.
  published: () => [sql`case when ${articles.publishedAt} is null then 1 else 0 end`, desc(articles.publishedAt), desc(articles.id)],
  title: (title) => [asc(sql`lower(${title})`), asc(articles.id)],
};

/** The articles the viewer may edit or review, as the staff article list shows them. Staff only. */
export async function listStaffArticles(input: { viewer: Viewer; locale: Locale; filters?: StaffArticleFilters; pageSize?: number }): Promise<StaffArticleList> {
  const { viewer, locale } = input;
  requireStaff(viewer);
  const f = input.filters ?? {};
  const pageSize = input.pageSize ?? STAFF_PAGE_SIZE;
  const scopes = await staffScopes(viewer);
  const author = aliasedTable(users, 'author');
  const current = aliasedTable(articleRevisions, 'current_revision');
  const title = sql`${current.title}`;
  const conditions: (SQL | undefined)[] = [scopes.visible];
  if (f.state) conditions.push(f.state === 'failed' ? failedSchedule() : workStateIs(f.state));
  if (f.unit) conditions.push(eq(articles.sourceUnitId, f.unit));
  if (f.category) conditions.push(eq(articles.categoryId, f.category));
  if (f.mine) conditions.push(touchedBy(viewer));
  if (f.author) conditions.push(eq(articles.authorId, f.author));
  if (f.language) conditions.push(eq(articles.language, f.language));
  if (f.kind) conditions.push(eq(adapter.jsonText(current.meeting, 'kind'), f.kind));
  const q = f.q?.trim();
  if (q) conditions.push(sql`lower(${title}) like ${containing(q)} escape '\\'`);
  const where = and(...conditions);

  const from = () =>
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(articles)
      .innerJoin(current, eq(current.id, sql`coalesce(${articles.workingRevisionId}, ${articles.liveRevisionId})`));
  const [{ total }] = await from().where(where);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, f.page ?? 1), pages);
  const [rows, parents, options] = await Promise.all([
    db
      .select({
        id: articles.id,
        title: current.title,
        status: articles.status,
        pendingState: articles.pendingState,
        liveRevisionId: articles.liveRevisionId,
        workingRevisionId: articles.workingRevisionId,
        scheduleError: articles.scheduleError,
        language: articles.language,
        sourceUnitId: articles.sourceUnitId,
        categoryEn: categories.nameEn,
        categoryZh: categories.nameZh,
        unitEn: units.nameEn,
        unitZh: units.nameZh,
        author: author.name,
        editor: users.name,
        updatedAt: articles.updatedAt,
        publishedAt: articles.publishedAt,
        scheduledAt: articles.scheduledAt,
      })
      .from(articles)
      .innerJoin(current, eq(current.id, sql`coalesce(${articles.workingRevisionId}, ${articles.liveRevisionId})`))
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .leftJoin(units, eq(units.id, articles.sourceUnitId))
      .innerJoin(author, eq(author.id, articles.authorId))
      .innerJoin(users, eq(users.id, current.editorId))
      .where(where)
      .orderBy(...ORDER[f.sort ?? 'updated'](title))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    getUnitParents(),
    filterOptions(scopes.visible, locale),
  ]);
  const items = rows.map((r): StaffArticleRow => {
    const state = workState(r);
    return {
      id: r.id,
      title: r.title,
      state,
      live: r.status === 'published' && state !== 'published',
      failed: state === 'scheduled' && r.scheduleError !== null,
      language: r.language,
      category: named(locale, { nameEn: r.categoryEn, nameZh: r.categoryZh }),
      unit: r.unitEn === null || r.unitZh === null ? null : named(locale, { nameEn: r.unitEn, nameZh: r.unitZh }),
      author: r.author,
      editor: r.editor,
      updatedAt: r.updatedAt,
      publishedAt: r.publishedAt,
      scheduledAt: r.scheduledAt,
      canEdit: canEditArticle(viewer, r, parents),
    };
  });
  return { items, total, page, pages, options };
}

/** The filters' choices: units and categories, and the authors of articles the viewer may see. */
async function filterOptions(visible: SQL | undefined, locale: Locale): Promise<StaffArticleList['options']> {
  const [unitRows, categoryRows, authorRows, kinds] = await Promise.all([
    db.select({ id: units.id, nameEn: units.nameEn, nameZh: units.nameZh }).from(units).orderBy(asc(units.id)),
    db
      .select({ id: categories.id, nameEn: categories.nameEn, nameZh: categories.nameZh })
      .from(categories)
      .orderBy(asc(categories.sortOrder), asc(categories.id)),
    db
      .selectDistinct({ id: users.id, name: users.name })
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .where(visible)
      .orderBy(asc(users.name)),
    getMeetingKinds(),
  ]);
  return {
    units: unitRows.map((u) => ({ value: u.id, label: named(locale, u) })),
    categories: categoryRows.map((c) => ({ value: c.id, label: named(locale, c) })),
    authors: authorRows.map((a) => ({ value: a.id, label: a.name })),
    kinds: kinds.map((k) => ({ value: k.code, label: named(locale, k) })),
  };
}
