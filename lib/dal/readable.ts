import 'server-only';
import { aliasedTable, and, desc, eq, isNull, lte, notExists, or, sql, type SQL } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import { READER_FIELDS, readerFieldsOf, type ReaderFields } from '@/lib/article-fields';
import type { Locale } from '@/lib/i18n/config';
import { isStaff, type Viewer } from '@/lib/permissions';
import { imageSources, type ImageSources } from '@/lib/uploads/urls';

const { articles, articleRevisions, categories, units, users, files } = schema;

type SelectedFields = NonNullable<Parameters<typeof db.select>[0]>;

// What readers may see, in SQL, and how an article is shown in a list. canReadArticle in
// lib/permissions.ts is the same rule for one article in hand; every list, search, feed,
// view count and translation link of the readers' pages uses the one here.

/** What a viewer may list depends only on whether they are signed in. */
export const audience = (viewer: Viewer | null) => (viewer ? 'member' : 'guest');

/**
 * The reader every signed-in employee without a staff role stands for on the readers'
 * shared pages (app/[locale]/members): it may read exactly what any such employee may, by
 * the rule above, and is nobody. Per-viewer data (must-reads, notifications) is never read
 * for it; those parts of a page are filled in per request (app/api/viewer).
 */
export const MEMBER_AUDIENCE: Viewer = Object.freeze({
  id: 0,
  name: '',
  email: '',
  locale: 'en' as const,
  grants: Object.freeze([Object.freeze({ role: 'reader' as const, unitId: null })]) as Viewer['grants'],
});

export const isAudience = (viewer: Viewer | null): boolean => viewer === MEMBER_AUDIENCE;

/**
 * Which shared rendering of the readers' pages this viewer may be given: 'guest' (no
 * session, or one that no longer holds), 'member' (signed in, reader only: exactly what
 * MEMBER_AUDIENCE may read), or null when the pages must be rendered for them alone
 * (staff, who also see unpublished work on the readers' pages).
 */
export function sharedAudience(viewer: Viewer | null): 'guest' | 'member' | null {
  if (!viewer) return 'guest';
  return isStaff(viewer) ? null : 'member';
}

/** Published and due, and public unless someone is signed in. `table` is articles or an alias of it. */
export function readable(viewer: Viewer | null, now = new Date(), table: typeof articles = articles): SQL {
  const live = and(eq(table.status, 'published'), lte(table.publishedAt, now)) as SQL;
  return viewer ? live : (and(live, eq(table.visibility, 'public')) as SQL);
}

const translations = aliasedTable(articles, 't');

/**
 * Of a translated pair, list only the version in the reader's language: hide an article
 * whose translation in `locale` the viewer may read.
 */
export function oneOfEachPair(viewer: Viewer | null, locale: Locale, now = new Date()): SQL {
  return or(
    eq(articles.language, locale),
    isNull(articles.translationId),
    notExists(
      db
        .select({ one: sql`1` })
        .from(translations)
        .where(and(eq(translations.id, articles.translationId), eq(translations.language, locale), readable(viewer, now, translations))),
    ),
  ) as SQL;
}

export type ArticleCard = ReaderFields & {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  category: { slug: string; name: string };
  source: string | null;
  /** The author's name, for the byline. */
  author: string | null;
  /** The cover image at card sizes; null when the article has none. */
  thumbnail: CardImage | null;
  isMeeting: boolean;
};

/** An image of a card: its sources and its proportions, so that the page does not jump as it loads. */
export type CardImage = ImageSources & { width: number; height: number };

export type ArticleLink = { id: number; slug: string; title: string; publishedAt: Date | null };

/** The columns of a card: the live revision's title and summary, the category and the source. */
export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articleRevisions.title,
  summary: articleRevisions.summary,
  publishedAt: articles.publishedAt,
  categorySlug: categories.slug,
  categoryEn: categories.nameEn,
  categoryZh: categories.nameZh,
  unitEn: units.nameEn,
  unitZh: units.nameZh,
  sourceText: articles.sourceText,
  seriesId: articles.seriesId,
  authorName: users.name,
  coverKey: files.key,
  coverVariants: files.variants,
  coverWidth: files.width,
  coverHeight: files.height,
  hasMeeting: sql<number>`case when ${articleRevisions.meeting} is null then 0 else 1 end`.mapWith(Number),
  ...(Object.fromEntries(READER_FIELDS.map((f) => [f, articles[f]])) as { [F in (typeof READER_FIELDS)[number]]: (typeof articles)[F] }),
};

export type CardRow = ReaderFields & {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  categorySlug: string;
  categoryEn: string;
  categoryZh: string;
  unitEn: string | null;
  unitZh: string | null;
  sourceText: string | null;
  seriesId: number | null;
  authorName: string | null;
  coverKey: string | null;
  coverVariants: number[] | null;
  coverWidth: number | null;
  coverHeight: number | null;
  hasMeeting: number;
};

/** The name of a category, unit or series in the reader's language. */
export const named = (locale: Locale, row: { nameEn: string; nameZh: string }) => (locale === 'zh' ? row.nameZh : row.nameEn);

/** A category by its slug, named in the reader's language; undefined when there is none. Public. */
export async function findCategory(slug: string, locale: Locale) {
  const [row] = await db
    .select({ id: categories.id, slug: categories.slug, nameEn: categories.nameEn, nameZh: categories.nameZh })
    .from(categories)
    .where(eq(categories.slug, slug))
    .limit(1);
  return row && { id: row.id, slug: row.slug, name: named(locale, row) };
}

/** What a card says its source is: the free text, else the unit's name. */
export const sourceOf = (locale: Locale, sourceText: string | null, unit: { nameEn: string; nameZh: string } | null | undefined) =>
  sourceText || (unit ? named(locale, unit) : null);

export function toCard(row: CardRow, locale: Locale): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishedAt: row.publishedAt,
    category: { slug: row.categorySlug, name: named(locale, { nameEn: row.categoryEn, nameZh: row.categoryZh }) },
    source: sourceOf(locale, row.sourceText, row.unitEn === null ? null : { nameEn: row.unitEn, nameZh: row.unitZh ?? '' }),
    author: row.authorName,
    thumbnail: cardImage({ key: row.coverKey, variants: row.coverVariants, width: row.coverWidth, height: row.coverHeight }),
    ...readerFieldsOf(row),
    isMeeting: row.hasMeeting === 1,
  };
}

/** A card's cover: a third of the page at most on wide screens, the whole width on small ones. */
const CARD_SIZES = '(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 24rem';

/** The sources of a cover image at card sizes, or null when there is no stored image. */
export function cardImage(file: { key: string | null; variants: number[] | null; width: number | null; height: number | null }): CardImage | null {
  if (!file.key || !file.variants?.length || !file.width || !file.height) return null;
  return {
    ...imageSources({ key: file.key, variants: file.variants }, { width: 640, sizes: CARD_SIZES }),
    width: file.width,
    height: file.height,
  };
}

/** The live revision of the articles `where` selects, with category and source unit, as card rows (plus `extra` columns). */
export function cardQuery<E extends SelectedFields = Record<never, never>>(where: SQL | undefined, extra?: E) {
  return db
    .select({ ...cardColumns, ...(extra as E) })
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, articles.liveRevisionId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(units, eq(units.id, articles.sourceUnitId))
    .leftJoin(users, eq(users.id, articles.authorId))
    .leftJoin(files, and(eq(files.key, articles.coverKey), eq(files.kind, 'image')))
    .where(where);
}

export const newestFirst = [desc(articles.publishedAt), desc(articles.id)] as const;

/** The live title of the articles `where` selects, for previous/next links. */
export function linkQuery(where: SQL | undefined) {
  return db
    .select({ id: articles.id, slug: articles.slug, title: articleRevisions.title, publishedAt: articles.publishedAt })
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, articles.liveRevisionId))
    .where(where);
}
