import 'server-only';
import { and, asc, desc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import { db, dialect, schema, type Db } from '@/db/client';
import { indexArticle, rebuildSearchIndex as rebuildIndex } from '@/db/search-index';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import type { Viewer } from '@/lib/permissions';
import { plainBody } from '@/lib/search/document';
import { parseQuery, toFts5, toTsQuery, type ParsedQuery } from '@/lib/search/query';
import { highlight, snippet, type Highlighted } from '@/lib/search/snippet';
import { zonedTimeToUtc } from '@/lib/time';
import { memo } from './memo';
import { expandScope, getUnitOptions, getUnitParents } from './units';

const { articles, articleRevisions, categories, units, searchDocuments, meetingKinds } = schema;

export const SEARCH_PAGE_SIZE = 10;

/**
 * Keeps the search index in step with an article's live revision. Call it inside the
 * transaction that publishes, unpublishes or otherwise changes what readers see.
 */
export function syncSearchDocument(tx: Db, articleId: number) {
  return indexArticle(tx, schema, articleId);
}

/** Rebuilds the whole index (IT's `npm run search:rebuild`; tests). No viewer: not for pages. */
export function rebuildSearchIndex(opts: { onProgress?: (done: number) => void } = {}) {
  return rebuildIndex(db, schema, dialect, opts);
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
  title: Highlighted;
  snippet: Highlighted;
};

export type SearchResult =
  | { status: 'empty' }
  | { status: 'no_terms' }
  | {
      status: 'ok';
      hits: SearchHit[];
      total: number;
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

/** Published and due, and public unless someone is signed in: what the viewer may read. */
function readable(viewer: Viewer | null, now: Date): SQL {
  const live = and(eq(articles.status, 'published'), lte(articles.publishedAt, now)) as SQL;
  return viewer ? live : (and(live, eq(articles.visibility, 'public')) as SQL);
}

async function filterConditions(filters: SearchFilters): Promise<SQL[] | null> {
  const out: SQL[] = [];
  if (filters.category) {
    const [c] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, filters.category));
    if (!c) return null;
    out.push(eq(articles.categoryId, c.id));
  }
  if (filters.unit) {
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, filters.unit));
    if (!u) return null;
    out.push(inArray(articles.sourceUnitId, expandScope([u.id], await getUnitParents())));
  }
  if (filters.year !== undefined) {
    const from = zonedTimeToUtc(`${String(filters.year).padStart(4, '0')}-01-01T00:00`, env.NEWSROOM_TIME_ZONE);
    const to = zonedTimeToUtc(`${String(filters.year + 1).padStart(4, '0')}-01-01T00:00`, env.NEWSROOM_TIME_ZONE);
    if (!from || !to) return null;
    out.push(gte(articles.publishedAt, from), lt(articles.publishedAt, to));
  }
  if (filters.kind) out.push(eq(searchDocuments.meetingKind, filters.kind));
  return out;
}

/** The match condition and the score (higher is better) of a parsed query, per dialect. */
function matchOf(query: ParsedQuery): { where: SQL; score: SQL<number>; from: SQL } | null {
  if (dialect === 'sqlite') {
    const expr = toFts5(query);
    if (!expr) return null;
    return {
      from: sql`search_fts`,
      where: sql`search_fts match ${expr}`,
      // bm25 is lower for better matches; weights: title, summary, body, whole words.
      score: sql<number>`(-bm25(search_fts, 10.0, 4.0, 1.0, 3.0))`,
    };
  }
  const q = toTsQuery(query);
  if (!q) return null;
  const text = sql`(' ' || ${searchDocuments.title} || ' | ' || ${searchDocuments.summary} || ' | ' || ${searchDocuments.body} || ' ')`;
  const phrases = q.phrases.map((p) => sql`strpos(${text}, ${p}) > 0`);
  return {
    from: sql``,
    where: and(sql`search_documents.tsv @@ ${q.tsquery}::tsquery`, ...phrases) as SQL,
    // Weights {D, C, B, A}: whole CJK words, body, summary, title.
    score: sql<number>`ts_rank('{0.3, 0.1, 0.4, 1.0}'::float4[], search_documents.tsv, ${q.tsquery}::tsquery, 1)`,
  };
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
  const match = matchOf(parsed);
  if (!match) return { status: 'no_terms' };
  const now = input.now ?? new Date();
  const filters = await filterConditions(input.filters ?? {});
  const page = Math.max(1, Math.min(input.page ?? 1, 1000));
  if (!filters) return { status: 'ok', hits: [], total: 0, page, pages: 1, truncated: parsed.truncated };

  const where = and(match.where, readable(viewer, now), ...filters);
  const base = (columns: Record<string, unknown>) => {
    const q = db.select(columns as never).from(searchDocuments);
    const withFts =
      dialect === 'sqlite' ? q.innerJoin(sql`search_fts` as never, sql`search_fts.rowid = ${searchDocuments.articleId}`) : q;
    return withFts.innerJoin(articles, eq(articles.id, searchDocuments.articleId));
  };
  const [{ total }] = (await base({ total: sql<number>`count(*)`.mapWith(Number) }).where(where)) as { total: number }[];
  const pages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  if (total === 0 || page > pages) return { status: 'ok', hits: [], total, page, pages, truncated: parsed.truncated };

  const ranked = (await base({ id: articles.id, score: match.score })
    .where(where)
    .orderBy(desc(match.score), desc(articles.publishedAt), desc(articles.id))
    .limit(SEARCH_PAGE_SIZE)
    .offset((page - 1) * SEARCH_PAGE_SIZE)) as { id: number; score: number }[];
  const ids = ranked.map((r) => r.id);
  const rows = ids.length
    ? await db
        .select({
          id: articles.id,
          slug: articles.slug,
          language: articles.language,
          publishedAt: articles.publishedAt,
          visibility: articles.visibility,
          categorySlug: categories.slug,
          categoryEn: categories.nameEn,
          categoryZh: categories.nameZh,
          unitEn: units.nameEn,
          unitZh: units.nameZh,
          sourceText: articles.sourceText,
          title: articleRevisions.title,
          summary: articleRevisions.summary,
          body: articleRevisions.body,
          meeting: articleRevisions.meeting,
        })
        .from(articles)
        .innerJoin(articleRevisions, eq(articleRevisions.id, articles.liveRevisionId))
        .innerJoin(categories, eq(categories.id, articles.categoryId))
        .leftJoin(units, eq(units.id, articles.sourceUnitId))
        .where(and(inArray(articles.id, ids), readable(viewer, now)))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const zh = locale === 'zh';
  const hits: SearchHit[] = ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const text = [r.summary, plainBody({ body: r.body, meeting: r.meeting ?? null })].filter(Boolean).join('\n');
    return [
      {
        id: r.id,
        slug: r.slug,
        language: r.language,
        publishedAt: r.publishedAt,
        visibility: r.visibility,
        category: { slug: r.categorySlug, name: zh ? r.categoryZh : r.categoryEn },
        source: r.sourceText || (zh ? r.unitZh : r.unitEn),
        isMeeting: !!r.meeting,
        title: highlight(r.title, parsed.highlight),
        snippet: snippet(text, parsed.highlight),
      },
    ];
  });
  return { status: 'ok', hits, total, page, pages, truncated: parsed.truncated };
}
