import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import type { Locale } from '@/lib/i18n/config';
import type { Viewer } from '@/lib/permissions';
import { memo } from './memo';
import { audience, cardQuery, isAudience, findCategory, named, newestFirst, oneOfEachPair, readable, toCard, type ArticleCard } from './readable';

const { articles, categories, mustReadAcks } = schema;

// The readers' lists: the front page, the news pages by category, must-read reminders.

export const PAGE_SIZE = 12;

export type ArticlePage = { items: ArticleCard[]; total: number; page: number; pages: number };

/**
 * Published articles, newest first, optionally of one category. Anonymous viewers get
 * public articles only; the total counts only what the viewer may read.
 * Returns null when the category does not exist or the page is past the end.
 */
export async function getPublishedArticles(input: {
  viewer: Viewer | null;
  locale: Locale;
  categorySlug?: string;
  page: number;
}): Promise<(ArticlePage & { category: { slug: string; name: string } | null }) | null> {
  const { viewer, locale, page } = input;
  const key = `list:${locale}:${audience(viewer)}:${input.categorySlug ?? ''}:${page}`;
  return memo(key, () => loadPublishedArticles(viewer, locale, input.categorySlug, page));
}

async function loadPublishedArticles(viewer: Viewer | null, locale: Locale, categorySlug: string | undefined, page: number) {
  const category = categorySlug === undefined ? null : await findCategory(categorySlug, locale);
  if (category === undefined) return null;
  const where = and(
    readable(viewer),
    oneOfEachPair(viewer, locale),
    category ? eq(articles.categoryId, category.id) : undefined,
  );
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(articles)
    .where(where);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pages) return null;
  const rows = await cardQuery(where)
    .orderBy(...newestFirst)
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return {
    items: rows.map((r) => toCard(r, locale)),
    total,
    page,
    pages,
    category: category && { slug: category.slug, name: category.name },
  };
}

export type FrontPage = {
  pinned: ArticleCard[];
  featured: ArticleCard[];
  sections: { category: { slug: string; name: string }; items: ArticleCard[] }[];
};

/** The front page: pinned, featured and the latest per category, all readable by the viewer. */
export async function getFrontPage(input: { viewer: Viewer | null; locale: Locale }): Promise<FrontPage> {
  return memo(`front:${input.locale}:${audience(input.viewer)}`, () => loadFrontPage(input.viewer, input.locale));
}

async function loadFrontPage(viewer: Viewer | null, locale: Locale): Promise<FrontPage> {
  const base = and(readable(viewer), oneOfEachPair(viewer, locale));
  const [pinned, featured, cats] = await Promise.all([
    cardQuery(and(base, eq(articles.pinned, true))).orderBy(...newestFirst).limit(3),
    cardQuery(and(base, eq(articles.featured, true), eq(articles.pinned, false))).orderBy(...newestFirst).limit(4),
    db
      .select({ id: categories.id, slug: categories.slug, nameEn: categories.nameEn, nameZh: categories.nameZh })
      .from(categories)
      .orderBy(asc(categories.sortOrder), asc(categories.id)),
  ]);
  const sections = await Promise.all(
    cats.map(async (c) => ({
      category: { slug: c.slug, name: named(locale, c) },
      items: (await cardQuery(and(base, eq(articles.categoryId, c.id))).orderBy(...newestFirst).limit(4)).map((r) =>
        toCard(r, locale),
      ),
    })),
  );
  return {
    pinned: pinned.map((r) => toCard(r, locale)),
    featured: featured.map((r) => toCard(r, locale)),
    sections: sections.filter((s) => s.items.length > 0),
  };
}

/** Must-read articles the signed-in viewer has not yet acknowledged. Empty for anonymous viewers. */
export async function getUnacknowledgedMustReads(input: { viewer: Viewer | null; locale: Locale }) {
  const { viewer, locale } = input;
  if (!viewer || isAudience(viewer)) return [];
  const rows = await cardQuery(
    and(
      readable(viewer),
      oneOfEachPair(viewer, locale),
      eq(articles.mustRead, true),
      sql`not exists (select 1 from must_read_acks a where a.article_id = ${articles.id} and a.user_id = ${viewer.id})`,
    ),
  )
    .orderBy(...newestFirst)
    .limit(5);
  return rows.map((r) => toCard(r, locale));
}

/** Records that the viewer has read a must-read article. Signed-in viewers, readable articles only. */
export async function acknowledgeMustRead(input: { viewer: Viewer; articleId: number }) {
  const [article] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, input.articleId), readable(input.viewer), eq(articles.mustRead, true)))
    .limit(1);
  if (!article) return false;
  await db
    .insert(mustReadAcks)
    .values({ articleId: article.id, userId: input.viewer.id, ackedAt: new Date() })
    .onConflictDoNothing();
  return true;
}

/** Every category, in order; public information. */
export async function getCategories(locale: Locale) {
  const rows = await db
    .select({ slug: categories.slug, nameEn: categories.nameEn, nameZh: categories.nameZh })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.id));
  return rows.map((r) => ({ slug: r.slug, name: named(locale, r) }));
}
