import 'server-only';
import { and, asc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { adapter, db, schema, type Db } from '@/db/client';
import { indexArticle, rebuildSearchIndex as rebuildIndex } from '@/db/search-index';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import type { Viewer } from '@/lib/permissions';
import { facet, plainBody } from '@/lib/search/document';
import { parseQuery } from '@/lib/search/query';
import { highlight, snippet, type Highlighted } from '@/lib/search/snippet';
import { zonedTimeToUtc } from '@/lib/time';
import { getMeetingKinds } from './meetings';
import { memo } from './memo';
import { cardQuery, readable, toCard, type CardImage } from './readable';
import { expandScope, getUnitOptions, getUnitParents } from './units';

const { articles, articleRevisions, categories, units, searchDocuments, meetingKinds } = schema;

export const SEARCH_PAGE_SIZE = 10;
/** How many of the newest matches are ranked (and counted exactly). */
export const MAX_CANDIDATES = 1000;

/**
 * Keeps the search index in step with an article's live revision. Call it inside the
 * transaction that publishes, unpublishes or otherwise changes what readers see.
 */
export function syncSearchDocument(tx: Db, articleId: number) {
  return indexArticle(tx, schema, articleId);
}

/** Rebuilds the whole index (IT's `npm run search:rebuild`; tests). No viewer: not for pages. */
export function rebuildSearchIndex(opts: { onProgress?: (done: number) => void } = {}) {
  return rebuildIndex(db, adapter, opts);
}

export type SearchFilters = {
  category?: string;
  unit?: string;
  year?: number;
  kind?: string;
};

export type SearchHit = {
  id: number;
  slug: string;
  language: Locale;
  publishedAt: Date | null;
  visibility: 'internal' | 'public';
  category: { slug: string; name: string };
  source: string | null;
  isMeeting: boolean;
  /** The kind of meeting a meeting report covers ("Mid-year work meeting"), in the reader's language. */
  meetingKind: string | null;
  thumbnail: CardImage | null;
  title: Highlighted;
  snippet: Highlighted;
};

export type SearchResult =
  | { status: 'empty' }
  | { status: 'no_terms' }
  | {
      status: 'ok';
      hits: SearchHit[];
      /** Matches ranked, at most MAX_CANDIDATES. */
      total: number;
      /** More than MAX_CANDIDATES articles match: only the newest of them were ranked. */
      more: boolean;
      page: number;
      pages: number;
      truncated: boolean;
    };

/** The choices of the search filters; all public information. */
export async function getSearchFilterOptions(locale: Locale) {
  const zh = locale === 'zh';
  const [cats, unitList, kinds, range] = await Promise.all([
    db
      .select({ slug: categories.slug, nameEn: categories.nameEn, nameZh: categories.nameZh })
      .from(categories)
      .orderBy(asc(categories.sortOrder), asc(categories.id)),
    getUnitOptions(locale),
    db
      .select({ code: meetingKinds.code, nameEn: meetingKinds.nameEn, nameZh: meetingKinds.nameZh })
      .from(meetingKinds)
      .orderBy(asc(meetingKinds.sortOrder), asc(meetingKinds.id)),
    memo('search:years', () =>
      db
        .select({
          first: sql<unknown>`min(${articles.publishedAt})`,
          last: sql<unknown>`max(${articles.publishedAt})`,
        })
        .from(articles)
        .where(eq(articles.status, 'published')),
    ),
  ]);
  const year = (v: unknown) => {
    if (v === null || v === undefined) return null;
    const d = v instanceof Date ? v : new Date(typeof v === 'number' ? v : String(v));
    return Number.isNaN(d.getTime()) ? null : d.getUTCFullYear();
  };
  const first = year(range[0]?.first);
  const last = Math.max(year(range[0]?.last) ?? new Date().getUTCFullYear(), new Date().getUTCFullYear());
  const years: number[] = [];
  for (let y = last; first !== null && y >= first && years.length < 50; y--) years.push(y);
  return {
    categories: cats.map((c) => ({ value: c.slug, label: zh ? c.nameZh : c.nameEn })),
    units: unitList.map((u) => ({ value: u.code, label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}` })),
    kinds: kinds.map((k) => ({ value: k.code, label: zh ? k.nameZh : k.nameEn })),
    years,
  };
}

/**
 * The filters as SQL conditions on articles (`conditions`) and on search_documents
 * (`documentConditions`), and as facet tokens (any of each group) that
 * narrow the full-text match itself on SQLite. Null when a filter names nothing that exists.
 */
async function filterConditions(
  filters: SearchFilters,
  viewer: Viewer | null,
): Promise<{ conditions: SQL[]; documentConditions: SQL[]; facets: string[][] } | null> {
  const out: SQL[] = [];
  const documentConditions: SQL[] = [];
  const facets: string[][] = viewer ? [] : [[facet.visibility('public')]];
  if (filters.category) {
    const [c] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, filters.category));
    if (!c) return null;
    out.push(eq(articles.categoryId, c.id));
    facets.push([facet.category(c.id)]);
  }
  if (filters.unit) {
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, filters.unit));
    if (!u) return null;
    const scope = expandScope([u.id], await getUnitParents());
    out.push(inArray(articles.sourceUnitId, scope));
    facets.push(scope.map(facet.unit));
  }
  if (filters.year !== undefined) {
    const from = zonedTimeToUtc(`${String(filters.year).padStart(4, '0')}-01-01T00:00`, env.NEWSROOM_TIME_ZONE);
    const to = zonedTimeToUtc(`${String(filters.year + 1).padStart(4, '0')}-01-01T00:00`, env.NEWSROOM_TIME_ZONE);
    if (!from || !to) return null;
    out.push(gte(articles.publishedAt, from), lt(articles.publishedAt, to));
    facets.push([facet.year(filters.year)]);
  }
  if (filters.kind) {
    documentConditions.push(eq(searchDocuments.meetingKind, filters.kind));
    facets.push([facet.kind(filters.kind)]);
  }
  return { conditions: out, documentConditions, facets };
}

/**
 * Full-text search over the live revision of the articles the viewer may read: anonymous
 * viewers get public published articles only, in the hits and in the total alike.
 * Never throws on what the reader typed.
 */
export async function searchArticles(input: {
  viewer: Viewer | null;
  locale: Locale;
  query: string;
  filters?: SearchFilters;
  page?: number;
  now?: Date;
}): Promise<SearchResult> {
  const { viewer, locale } = input;
  if (!input.query.trim()) return { status: 'empty' };
  const parsed = parseQuery(input.query);
  if (!parsed.terms.length) return { status: 'no_terms' };
  const now = input.now ?? new Date();
  const page = Math.max(1, Math.min(input.page ?? 1, 1000));
  const filtered = await filterConditions(input.filters ?? {}, viewer);
  if (!filtered) return { status: 'ok', hits: [], total: 0, more: false, page, pages: 1, truncated: parsed.truncated };
  // The newest MAX_CANDIDATES matches the viewer may read are ranked, and the total is
  // exact up to that many: a query that matches half of the archive is answered as fast as
  // a rare one (the index is walked newest first and stops there), and what it shows are
  // the best of the recent matches, which is what a news reader wants.
  const candidates = await adapter.search.candidates(db, {
    query: parsed,
    facets: filtered.facets,
    allowed: and(readable(viewer, now), ...filtered.conditions) as SQL,
    documentConditions: filtered.documentConditions,
    limit: MAX_CANDIDATES,
  });
  if (!candidates) return { status: 'no_terms' };
  const more = candidates.length > MAX_CANDIDATES;
  const ranked = candidates
    .slice(0, MAX_CANDIDATES)
    // Newest first among equal scores: ids follow publication order.
    .sort((a, b) => b.score - a.score || b.id - a.id);
  const total = ranked.length;
  const pages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  if (total === 0 || page > pages) return { status: 'ok', hits: [], total, more, page, pages, truncated: parsed.truncated };
  const pageIds = ranked.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE);
  const ids = pageIds.map((r) => r.id);
  const rows = ids.length
    ? await cardQuery(and(inArray(articles.id, ids), readable(viewer, now)), { body: articleRevisions.body, meeting: articleRevisions.meeting })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const kindNames = rows.some((r) => r.meeting)
    ? new Map((await getMeetingKinds()).map((k) => [k.code, locale === 'zh' ? k.nameZh : k.nameEn]))
    : new Map<string, string>();
  const hits: SearchHit[] = ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const card = toCard(r, locale);
    const text = [r.summary, plainBody({ body: r.body, meeting: r.meeting ?? null })].filter(Boolean).join('\n');
    return [
      {
        id: card.id,
        slug: card.slug,
        language: card.language,
        publishedAt: card.publishedAt,
        visibility: card.visibility,
        category: card.category,
        source: card.source,
        isMeeting: card.isMeeting,
        meetingKind: (r.meeting && kindNames.get(r.meeting.kind)) || null,
        thumbnail: card.thumbnail,
        title: highlight(r.title, parsed.highlight),
        snippet: snippet(text, parsed.highlight),
      },
    ];
  });
  return { status: 'ok', hits, total, more, page, pages, truncated: parsed.truncated };
}
