import 'server-only';
import { and, asc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { db, dialect, rawRows, schema, type Db } from '@/db/client';
import { indexArticle, rebuildSearchIndex as rebuildIndex } from '@/db/search-index';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import type { Viewer } from '@/lib/permissions';
import { facet, plainBody } from '@/lib/search/document';
import { parseQuery, toFts5, toTsQuery, wordBonusFts5, type ParsedQuery } from '@/lib/search/query';
import { highlight, snippet, type Highlighted } from '@/lib/search/snippet';
import { zonedTimeToUtc } from '@/lib/time';
import { memo } from './memo';
import { cardQuery, readable, toCard } from './readable';
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

/** The match condition of a parsed query, per dialect; on PostgreSQL also its score. */
function matchOf(query: ParsedQuery, facets: string[][]): { where: SQL; score?: SQL<number> } | null {
  if (dialect === 'sqlite') {
    const expr = toFts5(query, facets);
    return expr ? { where: sql`search_fts match ${expr}` } : null;
  }
  const q = toTsQuery(query);
  if (!q) return null;
  const text = sql`(' ' || ${searchDocuments.title} || ' | ' || ${searchDocuments.summary} || ' | ' || ${searchDocuments.body} || ' ')`;
  const phrases = q.phrases.map((p) => sql`strpos(${text}, ${p}) > 0`);
  return {
    where: and(sql`search_documents.tsv @@ ${q.tsquery}::tsquery`, ...phrases) as SQL,
    // Weights {D, C, B, A}: whole CJK words, body, summary, title.
    score: sql<number>`ts_rank('{0.3, 0.1, 0.4, 1.0}'::float4[], search_documents.tsv, ${q.tsquery}::tsquery, 1)`,
  };
}

/**
 * Scores of SQLite candidates: 8 when every term is in the title, 4 when every term is in
 * the summary, and 1 for each Chinese term found as a whole word. Each is one more match,
 * limited to the candidates' range of ids, so it costs little however common the words are
 * (bm25 would count every match of every term in the whole index first).
 */
async function sqliteScores(query: ParsedQuery, ids: number[]): Promise<Map<number, number>> {
  const scores = new Map(ids.map((id) => [id, 0]));
  if (!ids.length) return scores;
  const low = Math.min(...ids);
  const high = Math.max(...ids);
  const tiers: [string | null, number][] = [
    [toFts5(query, [], '{title}', false), 8],
    [toFts5(query, [], '{summary}', false), 4],
    ...wordBonusFts5(query).map((expr): [string, number] => [expr, 1]),
  ];
  await Promise.all(
    tiers.map(async ([expr, weight]) => {
      if (!expr) return;
      const rows = await rawRows<{ id: number }>(
        db,
        'sqlite',
        sql`select rowid as id from search_fts where search_fts match ${expr} and rowid >= ${low} and rowid <= ${high}`,
      );
      for (const r of rows) {
        const id = Number(r.id);
        const current = scores.get(id);
        if (current !== undefined) scores.set(id, current + weight);
      }
    }),
  );
  return scores;
}

/**
 * The newest MAX_CANDIDATES + 1 matches the viewer may read on PostgreSQL (`match` on
 * search_documents, `allowed` on articles), the first MAX_CANDIDATES of them scored.
 *
 * Testing a row against the query means detoasting its tsvector (and its text for a
 * phrase), which costs far more than the planner thinks: walking all ids newest first
 * and testing each row, or fetching every match of a common word to sort them, takes up to
 * a second on 100,000 articles. So the matches are taken newest first, in steps: a window
 * of the newest ids (the primary key gives the rows, each is tested), as long as what the
 * windows found says that more windows are cheaper than asking the GIN index for all the
 * older matches; then the GIN index for the rest. A common word is answered by a window or
 * two, a rare one by the index. Only the candidates kept are scored (ts_rank reads the
 * whole tsvector of each).
 */
async function postgresCandidates(match: SQL, allowed: SQL, score: SQL<number>): Promise<{ id: number; score: number }[]> {
  const want = MAX_CANDIDATES + 1;
  const [bounds] = await rawRows<{ low: number | string | null; high: number | string | null }>(
    db,
    'postgres',
    sql`select min(article_id) as low, max(article_id) as high from search_documents`,
  );
  if (bounds?.low === null || bounds?.low === undefined || bounds.high === null) return [];
  const lowest = Number(bounds.low);
  let top = Number(bounds.high) + 1;
  const ids: number[] = [];
  /** Which of `found` (newest first) the viewer may read, up to what is still wanted. */
  const keep = async (found: number[]) => {
    for (let at = 0; at < found.length && ids.length < want; at += 4 * want) {
      const chunk = found.slice(at, at + 4 * want);
      const rows = await rawRows<{ id: number | string }>(
        db,
        'postgres',
        sql`select articles.id from articles where articles.id = any(${`{${chunk.join(',')}}`}::int[]) and ${allowed} order by articles.id desc limit ${want - ids.length}`,
      );
      for (const r of rows) ids.push(Number(r.id));
    }
  };
  // Relative costs measured on 100,000 articles: testing a row, and fetching a match the
  // GIN index found.
  const TEST = 15;
  const FETCH = 2;
  let scanned = 0;
  let matched = 0;
  let span = 2048;
  while (ids.length < want && top > lowest) {
    const bottom = Math.max(lowest, top - span);
    const rows = await rawRows<{ id: number | string }>(
      db,
      'postgres',
      sql`select article_id as id from search_documents where ${match} and article_id >= ${bottom} and article_id < ${top} order by article_id desc`,
    );
    const found = rows.map((r) => Number(r.id));
    await keep(found);
    scanned += top - bottom;
    matched += found.length;
    top = bottom;
    const missing = want - ids.length;
    if (!missing || top <= lowest) break;
    const density = matched / scanned;
    const share = matched ? (ids.length || 0.5) / matched : 1;
    const windowIds = missing / Math.max(density * share, 1e-9);
    if (density * (top - lowest) * FETCH < Math.min(windowIds, top - lowest) * TEST) {
      // The rest from the GIN index: bitmap scans only, the window not being an index
      // condition, so the planner cannot go back to testing every row.
      const rest = await db.transaction(async (tx) => {
        await rawRows(tx as unknown as Db, 'postgres', sql`select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true)`);
        return rawRows<{ id: number | string }>(
          tx as unknown as Db,
          'postgres',
          sql`select article_id as id from search_documents where ${match} and article_id + 0 < ${top} order by article_id desc`,
        );
      });
      await keep(rest.map((r) => Number(r.id)));
      break;
    }
    span = Math.max(span, Math.ceil(windowIds * 1.25));
  }
  const ranked = ids.slice(0, MAX_CANDIDATES);
  const scores = new Map<number, number>();
  if (ranked.length) {
    const rows = await rawRows<{ id: number | string; score: number | string }>(
      db,
      'postgres',
      sql`select article_id as id, ${score} as score from search_documents where article_id = any(${`{${ranked.join(',')}}`}::int[])`,
    );
    for (const r of rows) scores.set(Number(r.id), Number(r.score));
  }
  return ids.map((id) => ({ id, score: scores.get(id) ?? 0 }));
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
  const match = matchOf(parsed, filtered.facets);
  if (!match) return { status: 'no_terms' };
  const filters = [...filtered.conditions, ...filtered.documentConditions];

  // The newest MAX_CANDIDATES matches the viewer may read are ranked, and the total is
  // exact up to that many: a query that matches half of the archive is answered as fast as
  // a rare one (the index is walked newest first and stops there), and what it shows are
  // the best of the recent matches, which is what a news reader wants.
  const where = and(match.where, readable(viewer, now), ...filters) as SQL;
  const idColumn = dialect === 'sqlite' ? sql`search_fts.rowid` : sql`search_documents.article_id`;
  const kindJoin = input.filters?.kind ? sql` join search_documents on search_documents.article_id = search_fts.rowid` : sql``;
  const from =
    dialect === 'sqlite'
      ? sql`search_fts${kindJoin} join articles on articles.id = search_fts.rowid`
      : sql`search_documents join articles on articles.id = search_documents.article_id`;
  const newest = sql`from ${from} where ${where} order by ${idColumn} desc limit ${MAX_CANDIDATES + 1}`;
  let candidates: { id: number; score: number }[];
  if (dialect === 'sqlite') {
    const rows = await rawRows<{ id: number }>(db, dialect, sql`select ${idColumn} as id ${newest}`);
    const scores = await sqliteScores(parsed, rows.slice(0, MAX_CANDIDATES).map((r) => Number(r.id)));
    candidates = rows.map((r) => ({ id: Number(r.id), score: scores.get(Number(r.id)) ?? 0 }));
  } else {
    candidates = await postgresCandidates(
      and(match.where, ...filtered.documentConditions) as SQL,
      and(readable(viewer, now), ...filtered.conditions) as SQL,
      match.score as SQL<number>,
    );
  }
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
        title: highlight(r.title, parsed.highlight),
        snippet: snippet(text, parsed.highlight),
      },
    ];
  });
  return { status: 'ok', hits, total, more, page, pages, truncated: parsed.truncated };
}
