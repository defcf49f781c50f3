import { and, sql } from 'drizzle-orm';
import type { Db, SearchEngine } from '@/db/dialect';
import type { ParsedQuery } from '@/lib/search/query';
import { toFts5, wordBonusFts5 } from './fts5';

// Search on SQLite: the FTS5 table search_fts, kept in step with search_documents by the
// triggers of migration 0005 (its rowid is the article id).

/**
 * Scores of the candidates: 8 when every term is in the title, 4 when every term is in
 * the summary, and 1 for each Chinese term found as a whole word. Each is one more match,
 * limited to the candidates' range of ids, so it costs little however common the words are
 * (bm25 would count every match of every term in the whole index first).
 */
async function scores(database: Db, query: ParsedQuery, ids: number[]): Promise<Map<number, number>> {
  const scored = new Map(ids.map((id) => [id, 0]));
  if (!ids.length) return scored;
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
      const found = await database.all<{ id: number }>(
        sql`select rowid as id from search_fts where search_fts match ${expr} and rowid >= ${low} and rowid <= ${high}`,
      );
      for (const r of found) {
        const id = Number(r.id);
        const current = scored.get(id);
        if (current !== undefined) scored.set(id, current + weight);
      }
    }),
  );
  return scored;
}

export const sqliteSearch: SearchEngine = {
  async candidates(database, { query, facets, allowed, documentConditions, limit }) {
    const expr = toFts5(query, facets);
    if (!expr) return null;
    // The index is walked newest first (by rowid) and stops at the limit.
    const where = and(sql`search_fts match ${expr}`, allowed, ...documentConditions);
    const documents = documentConditions.length
      ? sql` join search_documents on search_documents.article_id = search_fts.rowid`
      : sql``;
    const found = await database.all<{ id: number }>(
      sql`select search_fts.rowid as id from search_fts${documents} join articles on articles.id = search_fts.rowid where ${where} order by search_fts.rowid desc limit ${limit + 1}`,
    );
    const scored = await scores(database, query, found.slice(0, limit).map((r) => Number(r.id)));
    return found.map((r) => ({ id: Number(r.id), score: scored.get(Number(r.id)) ?? 0 }));
  },

  async afterRebuild(database) {
    // Rebuild the FTS5 b-trees from the table too, and merge them into one.
    await database.run(sql`insert into search_fts(search_fts) values ('rebuild')`);
    await database.run(sql`insert into search_fts(search_fts) values ('optimize')`);
  },

  async size(database) {
    let bytes = 0;
    for (const table of ['search_fts', 'search_documents']) {
      const [row] = await database.all<{ n: number | null }>(sql.raw(`select sum(pgsize) as n from dbstat where name like '${table}%'`));
      bytes += Number(row?.n ?? 0);
    }
    return bytes;
  },
};
