import 'server-only';
import { and, asc, desc, eq, gt, inArray, lt, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import type { Locale } from '@/lib/i18n/config';
import type { Viewer } from '@/lib/permissions';
import { cardQuery, linkQuery, newestFirst, oneOfEachPair, readable, toCard, type ArticleCard, type ArticleLink, type CardRow } from './readable';

const { articles, articleTags } = schema;

// The links around a live article on its page: the previous and next article of its
// category, the previous and next meeting of its series, and related news. All readable by
// the viewer.

type Around = { previous: ArticleLink | null; next: ArticleLink | null };

export async function linksAround(input: {
  viewer: Viewer | null;
  locale: Locale;
  id: number;
  publishedAt: Date;
  categoryId: number;
  seriesId: number | null;
  translationId: number | null;
  tagIds: number[];
}): Promise<Around & { series: Around | null; related: ArticleCard[] }> {
  const { viewer, locale, id, publishedAt, seriesId, translationId } = input;
  const [neighbours, series, related] = await Promise.all([
    adjacent(and(readable(viewer), eq(articles.categoryId, input.categoryId), ne(articles.id, id)), publishedAt, id),
    // Meetings of the series in the reader's language where a translation exists, never the
    // article's own translation.
    seriesId
      ? adjacent(
          and(
            readable(viewer),
            oneOfEachPair(viewer, locale),
            eq(articles.seriesId, seriesId),
            notInArray(articles.id, translationId ? [id, translationId] : [id]),
            // The other-language twin of this article (published at the same time) is not a neighbour.
            translationId ? undefined : sql`(${articles.translationId} is null or ${articles.translationId} <> ${id})`,
          ),
          publishedAt,
          id,
        )
      : null,
    getRelated({ ...input, excludeIds: translationId ? [translationId] : [] }),
  ]);
  return { ...neighbours, series, related };
}

/** The articles `base` selects just before and just after the article, by publication time. */
async function adjacent(base: SQL | undefined, publishedAt: Date, id: number): Promise<Around> {
  const [previous, next] = await Promise.all([
    linkQuery(and(base, or(lt(articles.publishedAt, publishedAt), and(eq(articles.publishedAt, publishedAt), lt(articles.id, id)))))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(1),
    linkQuery(and(base, or(gt(articles.publishedAt, publishedAt), and(eq(articles.publishedAt, publishedAt), gt(articles.id, id)))))
      .orderBy(asc(articles.publishedAt), asc(articles.id))
      .limit(1),
  ]);
  return { previous: previous[0] ?? null, next: next[0] ?? null };
}

/**
 * Related news: articles of the same meeting series, sharing tags, or of the same
 * category, ranked by those ties and then by recency. Never the article itself or its
 * translation.
 */
async function getRelated(input: {
  viewer: Viewer | null;
  locale: Locale;
  id: number;
  categoryId: number;
  seriesId: number | null;
  tagIds: number[];
  excludeIds: number[];
}): Promise<ArticleCard[]> {
  const { viewer, locale, id } = input;
  const exclude = [id, ...input.excludeIds];
  const base = and(readable(viewer), oneOfEachPair(viewer, locale), notInArray(articles.id, exclude));
  const [bySeries, byTag, byCategory] = await Promise.all([
    input.seriesId ? cardQuery(and(base, eq(articles.seriesId, input.seriesId))).orderBy(...newestFirst).limit(10) : [],
    input.tagIds.length
      ? db
          .select({ articleId: articleTags.articleId, shared: sql<number>`count(*)`.mapWith(Number) })
          .from(articleTags)
          .where(and(inArray(articleTags.tagId, input.tagIds), notInArray(articleTags.articleId, exclude)))
          .groupBy(articleTags.articleId)
          .orderBy(desc(sql`count(*)`))
          .limit(30)
      : [],
    cardQuery(and(base, eq(articles.categoryId, input.categoryId))).orderBy(...newestFirst).limit(10),
  ]);
  const tagShare = new Map(byTag.map((t) => [t.articleId, t.shared]));
  const tagCards = tagShare.size ? await cardQuery(and(base, inArray(articles.id, [...tagShare.keys()]))) : [];
  const scored = new Map<number, { card: ArticleCard; score: number }>();
  const add = (rows: CardRow[], score: (r: CardRow) => number) => {
    for (const r of rows) {
      const s = score(r);
      const prev = scored.get(r.id);
      if (prev) prev.score += s;
      else scored.set(r.id, { card: toCard(r, locale), score: s });
    }
  };
  add(bySeries, () => 4);
  add(tagCards, (r) => 2 * (tagShare.get(r.id) ?? 0));
  add(byCategory, () => 1);
  return [...scored.values()]
    .sort((a, b) => b.score - a.score || (b.card.publishedAt?.getTime() ?? 0) - (a.card.publishedAt?.getTime() ?? 0))
    .slice(0, 5)
    .map((x) => x.card);
}
