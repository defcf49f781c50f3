import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { env } from '@/lib/env';
import { type SearchSource, searchDocument } from '@/lib/search/document';
import type { Db, DialectAdapter, Schema } from './dialect';

/** What a search document is made of: the article's fields and its live revision's text. */
const sourceColumns = ({ articles, articleRevisions }: Schema) => ({
  articleId: articles.id,
  status: articles.status,
  language: articles.language,
  visibility: articles.visibility,
  categoryId: articles.categoryId,
  sourceUnitId: articles.sourceUnitId,
  publishedAt: articles.publishedAt,
  revisionId: articleRevisions.id,
  title: articleRevisions.title,
  summary: articleRevisions.summary,
  body: articleRevisions.body,
  meeting: articleRevisions.meeting,
});

const documentOf = (row: Omit<SearchSource, 'meeting'> & { meeting: SearchSource['meeting'] | undefined }) =>
  searchDocument({ ...row, meeting: row.meeting ?? null }, env.NEWSROOM_TIME_ZONE);

// Writes the search index (search_documents; FTS5 and the tsvector follow by the custom SQL
// of migration 0005). Data only: callers decide when. The index holds the live revision of
// published articles; who may see them is checked when searching. The year an article
// counts under is that of the portal's time zone (NEWSROOM_TIME_ZONE).

/**
 * Brings one article's row in line with its live revision: written while the article is
 * published, removed otherwise. Call it inside the transaction that changes the article.
 */
export async function indexArticle(tx: Db, schema: Schema, articleId: number) {
  const { articles, articleRevisions, searchDocuments } = schema;
  const [row] = await tx
    .select(sourceColumns(schema))
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, articles.liveRevisionId))
    .where(eq(articles.id, articleId));
  if (!row || row.status !== 'published') {
    await tx.delete(searchDocuments).where(eq(searchDocuments.articleId, articleId));
    return false;
  }
  const doc = documentOf(row);
  const { revisionId, language, meetingKind, title, summary, body, words, facets } = doc;
  await tx
    .insert(searchDocuments)
    .values(doc)
    .onConflictDoUpdate({
      target: searchDocuments.articleId,
      set: { revisionId, language, meetingKind, title, summary, body, words, facets, updatedAt: new Date() },
    });
  return true;
}

/**
 * Rebuilds the whole index from the live revisions of published articles, in batches.
 * Returns the number of articles indexed.
 */
export async function rebuildSearchIndex(
  database: Db,
  adapter: DialectAdapter,
  opts: { batch?: number; onProgress?: (done: number) => void } = {},
) {
  const { schema } = adapter;
  const { articles, articleRevisions, searchDocuments } = schema;
  const batch = opts.batch ?? 500;
  // Rows are overwritten in place and stale ones removed at the end, so searches keep
  // working while the index is rebuilt.
  let after = 0;
  let done = 0;
  for (;;) {
    const rows = await database
      .select(sourceColumns(schema))
      .from(articles)
      .innerJoin(articleRevisions, eq(articleRevisions.id, articles.liveRevisionId))
      .where(and(eq(articles.status, 'published'), isNotNull(articles.liveRevisionId), gt(articles.id, after)))
      .orderBy(asc(articles.id))
      .limit(batch);
    if (!rows.length) break;
    const docs = rows.map(documentOf);
    await database
      .insert(searchDocuments)
      .values(docs)
      .onConflictDoUpdate({
        target: searchDocuments.articleId,
        set: {
          revisionId: sql`excluded.revision_id`,
          language: sql`excluded.language`,
          meetingKind: sql`excluded.meeting_kind`,
          title: sql`excluded.title`,
          summary: sql`excluded.summary`,
          body: sql`excluded.body`,
          words: sql`excluded.words`,
          facets: sql`excluded.facets`,
          updatedAt: new Date(),
        },
      });
    after = rows[rows.length - 1].articleId;
    done += rows.length;
    opts.onProgress?.(done);
  }
  await database.delete(searchDocuments).where(
    sql`not exists (select 1 from articles a where a.id = ${searchDocuments.articleId} and a.status = 'published' and a.live_revision_id is not null)`,
  );
  await adapter.search.afterRebuild(database);
  return done;
}

/** Whether the index lacks published articles (after an upgrade from a version without search). */
export async function searchIndexIsStale(database: Db, schema: Schema) {
  const { articles, searchDocuments } = schema;
  const [published] = await database
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(articles)
    .where(and(eq(articles.status, 'published'), isNotNull(articles.liveRevisionId)));
  const [indexed] = await database.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(searchDocuments);
  return published.n !== indexed.n;
}
