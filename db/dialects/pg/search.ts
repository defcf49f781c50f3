import { and, sql, type SQL } from 'drizzle-orm';
import type { Candidate, Db, SearchEngine } from '@/db/dialect';
import type { ParsedQuery } from '@/lib/search/query';
import { searchDocuments } from '../../schema/pg';
import { toTsQuery } from './tsquery';
import { rows as rawRows } from './typed';

// Search on PostgreSQL: the weighted tsvector column search_documents.tsv and its GIN
// index, kept in step with the row by migration 0005.

/** The match condition of a parsed query, and its score. */
function matchOf(query: ParsedQuery): { where: SQL; score: SQL<number> } | null {
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
 * The newest `limit` + 1 matches the viewer may read (`match` on search_documents,
 * `allowed` on articles), the first `limit` of them scored.
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
async function newestMatches(database: Db, match: SQL, allowed: SQL, score: SQL<number>, limit: number): Promise<Candidate[]> {
  const want = limit + 1;
  const [bounds] = await rawRows<{ low: number | string | null; high: number | string | null }>(
    database,
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
        database,
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
      database,
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
      const rest = await database.transaction(async (tx) => {
        await rawRows(tx, sql`select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true)`);
        return rawRows<{ id: number | string }>(
          tx,
          sql`select article_id as id from search_documents where ${match} and article_id + 0 < ${top} order by article_id desc`,
        );
      });
      await keep(rest.map((r) => Number(r.id)));
      break;
    }
    span = Math.max(span, Math.ceil(windowIds * 1.25));
  }
  const ranked = ids.slice(0, limit);
  const scores = new Map<number, number>();
  if (ranked.length) {
    const rows = await rawRows<{ id: number | string; score: number | string }>(
      database,
      sql`select article_id as id, ${score} as score from search_documents where article_id = any(${`{${ranked.join(',')}}`}::int[])`,
    );
    for (const r of rows) scores.set(Number(r.id), Number(r.score));
  }
  return ids.map((id) => ({ id, score: scores.get(id) ?? 0 }));
}

export const pgSearch: SearchEngine = {
  async candidates(database, { query, allowed, documentConditions, limit }) {
    // Filters are conditions here; the facet tokens narrow the match on SQLite only.
    const match = matchOf(query);
    if (!match) return null;
    return newestMatches(database, and(match.where, ...documentConditions) as SQL, allowed, match.score, limit);
  },

  async afterRebuild(database) {
    // The planner needs fresh statistics of both tables that searches join.
    await rawRows(database, sql`analyze articles, search_documents`);
  },

  async size(database) {
    const [row] = await rawRows<{ n: string }>(database, sql`select pg_total_relation_size('search_documents') as n`);
    return Number(row.n);
  },
};
