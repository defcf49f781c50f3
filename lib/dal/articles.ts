import 'server-only';
import { cache } from 'react';
import { and, asc, desc, eq, gt, inArray, lt, lte, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import type { Locale } from '@/lib/i18n/config';
import type { MeetingData } from '@/lib/meeting';
import { tagSlug, type RevisionMeta } from '@/lib/article-fields';
import { canReadArticle, canViewDraft, type Viewer } from '@/lib/permissions';
import { imageSources, type ImageSources } from '@/lib/uploads/urls';
import { getMeetingKindName } from './meetings';
import { memo } from './memo';
import { getUnitParents } from './units';
import { pendingViews } from './views';

const { articles, articleRevisions, categories, units, tags, articleTags, articleViews, meetingSeries, mustReadAcks } =
  schema;

export const PAGE_SIZE = 12;

export type ArticleCard = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  language: Locale;
  publishedAt: Date | null;
  category: { slug: string; name: string };
  source: string | null;
  visibility: 'internal' | 'public';
  pinned: boolean;
  featured: boolean;
  mustRead: boolean;
  isMeeting: boolean;
};

export type ArticleLink = { id: number; slug: string; title: string; publishedAt: Date | null };

export type ArticleFile = { key: string; name: string; size: number; mime: string; url: string };

export type ArticleDetail = ArticleCard & {
  status: string;
  cover: (ImageSources & { alt: string }) | null;
  attachments: ArticleFile[];
  body: string;
  tags: { slug: string; name: string }[];
  meeting: MeetingData | null;
  /** The name of the meeting's kind in the reader's language. */
  meetingKindName: string | null;
  series: { slug: string; name: string } | null;
  /** The previous and next readable meeting of the article's series, by publication. */
  seriesNav: { name: string; previous: ArticleLink | null; next: ArticleLink | null } | null;
  translation: (ArticleLink & { language: Locale }) | null;
  views: number;
  readers: number;
  related: ArticleCard[];
  previous: ArticleLink | null;
  next: ArticleLink | null;
};

export type ArticleResult =
  | { kind: 'ok'; article: ArticleDetail; preview: boolean }
  | { kind: 'sign-in' }
  | { kind: 'not-found' };

/** What a viewer may list depends only on whether they are signed in. */
const audience = (viewer: Viewer | null) => (viewer ? 'member' : 'guest');

/** Published and due, and public unless someone is signed in. */
function readable(viewer: Viewer | null, now = new Date()): SQL {
  const live = and(eq(articles.status, 'published'), lte(articles.publishedAt, now)) as SQL;
  return viewer ? live : (and(live, eq(articles.visibility, 'public')) as SQL);
}

/**
 * Of a translated pair, list only the version in the reader's language: hide an article
 * whose translation in `locale` is itself readable.
 */
function oneOfEachPair(viewer: Viewer | null, locale: Locale): SQL {
  const visibility = viewer ? sql`` : sql` and t.visibility = 'public'`;
  return sql`(${articles.language} = ${locale} or ${articles.translationId} is null or not exists (
    select 1 from articles t where t.id = ${articles.translationId} and t.language = ${locale}
      and t.status = 'published'${visibility}))`;
}

const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articleRevisions.title,
  summary: articleRevisions.summary,
  language: articles.language,
  publishedAt: articles.publishedAt,
  categorySlug: categories.slug,
  categoryEn: categories.nameEn,
  categoryZh: categories.nameZh,
  unitEn: units.nameEn,
  unitZh: units.nameZh,
  sourceText: articles.sourceText,
  visibility: articles.visibility,
  pinned: articles.pinned,
  featured: articles.featured,
  mustRead: articles.mustRead,
  seriesId: articles.seriesId,
  hasMeeting: sql<number>`case when ${articleRevisions.meeting} is null then 0 else 1 end`.mapWith(Number),
};

type CardRow = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  language: Locale;
  publishedAt: Date | null;
  categorySlug: string;
  categoryEn: string;
  categoryZh: string;
  unitEn: string | null;
  unitZh: string | null;
  sourceText: string | null;
  visibility: 'internal' | 'public';
  pinned: boolean;
  featured: boolean;
  mustRead: boolean;
  seriesId: number | null;
  hasMeeting: number;
};

function toCard(row: CardRow, locale: Locale): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    language: row.language,
    publishedAt: row.publishedAt,
    category: { slug: row.categorySlug, name: locale === 'zh' ? row.categoryZh : row.categoryEn },
    source: row.sourceText || (locale === 'zh' ? row.unitZh : row.unitEn),
    visibility: row.visibility,
    pinned: row.pinned,
    featured: row.featured,
    mustRead: row.mustRead,
    isMeeting: row.hasMeeting === 1,
  };
}

/** The live revision of readable articles, with category and source unit. */
function cardQuery(where: SQL | undefined) {
  return db
    .select(cardColumns)
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, articles.liveRevisionId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(units, eq(units.id, articles.sourceUnitId))
    .where(where);
}

const newestFirst = [desc(articles.publishedAt), desc(articles.id)] as const;

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
  let category: { id: number; slug: string; name: string } | null = null;
  if (categorySlug !== undefined) {
    const [row] = await db
      .select({ id: categories.id, slug: categories.slug, nameEn: categories.nameEn, nameZh: categories.nameZh })
      .from(categories)
      .where(eq(categories.slug, categorySlug))
      .limit(1);
    if (!row) return null;
    category = { id: row.id, slug: row.slug, name: locale === 'zh' ? row.nameZh : row.nameEn };
  }
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
    items: rows.map((r) => toCard(r as CardRow, locale)),
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
      category: { slug: c.slug, name: locale === 'zh' ? c.nameZh : c.nameEn },
      items: (await cardQuery(and(base, eq(articles.categoryId, c.id))).orderBy(...newestFirst).limit(4)).map((r) =>
        toCard(r as CardRow, locale),
      ),
    })),
  );
  return {
    pinned: pinned.map((r) => toCard(r as CardRow, locale)),
    featured: featured.map((r) => toCard(r as CardRow, locale)),
    sections: sections.filter((s) => s.items.length > 0),
  };
}

/** Must-read articles the signed-in viewer has not yet acknowledged. Empty for anonymous viewers. */
export async function getUnacknowledgedMustReads(input: { viewer: Viewer | null; locale: Locale }) {
  const { viewer, locale } = input;
  if (!viewer) return [];
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
  return rows.map((r) => toCard(r as CardRow, locale));
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

/**
 * One article for the readers' page. Published articles follow their visibility; an
 * unpublished one is shown (as a preview of its working revision) to staff only, and is
 * "not found" for everyone else, so that its existence is not revealed.
 */
export function getArticleForReader(input: { viewer: Viewer | null; locale: Locale; id: number }): Promise<ArticleResult> {
  return articleOnce(input.viewer, input.locale, input.id);
}

// Within one request, the page and its metadata share one read (the viewer object is the
// same per request, since getViewer is cached too).
const articleOnce = cache((viewer: Viewer | null, locale: Locale, id: number) => loadArticle(viewer, locale, id));

async function loadArticle(viewer: Viewer | null, locale: Locale, id: number): Promise<ArticleResult> {
  const [head] = await db
    .select({
      id: articles.id,
      status: articles.status,
      visibility: articles.visibility,
      publishedAt: articles.publishedAt,
      liveRevisionId: articles.liveRevisionId,
      workingRevisionId: articles.workingRevisionId,
      sourceUnitId: articles.sourceUnitId,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!head) return { kind: 'not-found' };
  const now = new Date();
  const live = head.status === 'published' && !!head.publishedAt && head.publishedAt <= now;
  if (!canReadArticle(viewer, head, now)) {
    return live && !viewer ? { kind: 'sign-in' } : { kind: 'not-found' };
  }
  // Unpublished work is for the staff of its unit only.
  if (!live && !canViewDraft(viewer, head, await getUnitParents())) return { kind: 'not-found' };
  const revisionId = live ? head.liveRevisionId : (head.workingRevisionId ?? head.liveRevisionId);
  if (!revisionId) return { kind: 'not-found' };
  // Everything but the counts is the same for every reader of this revision in this
  // language who is signed in (or not): build it once, keyed by the revision.
  const detail = live
    ? await memo(`article:${id}:${revisionId}:${locale}:${audience(viewer)}`, () => buildDetail(viewer, locale, id, revisionId, live))
    : await buildDetail(viewer, locale, id, revisionId, live);
  if (!detail) return { kind: 'not-found' };
  const [counts] = await db
    .select({ views: articleViews.views, readers: articleViews.readers })
    .from(articleViews)
    .where(eq(articleViews.articleId, id));
  const pending = pendingViews(id);
  return {
    kind: 'ok',
    preview: !live,
    article: { ...detail, views: (counts?.views ?? 0) + pending.views, readers: (counts?.readers ?? 0) + pending.readers },
  };
}

async function buildDetail(
  viewer: Viewer | null,
  locale: Locale,
  id: number,
  revisionId: number,
  live: boolean,
): Promise<ArticleDetail | null> {
  if (!live) return buildPreview(viewer, locale, id, revisionId);
  const [row] = await db
    .select({
      ...cardColumns,
      status: articles.status,
      translationId: articles.translationId,
      categoryId: articles.categoryId,
      title: articleRevisions.title,
      summary: articleRevisions.summary,
      body: articleRevisions.body,
      meeting: articleRevisions.meeting,
      meta: articleRevisions.meta,
      coverKey: articles.coverKey,
      seriesSlug: meetingSeries.slug,
      seriesEn: meetingSeries.nameEn,
      seriesZh: meetingSeries.nameZh,
    })
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, revisionId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(units, eq(units.id, articles.sourceUnitId))
    .leftJoin(meetingSeries, eq(meetingSeries.id, articles.seriesId))
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) return null;

  const [tagRows, translation, neighbours, filesOf, kindName, seriesNeighbours] = await Promise.all([
    db
      .select({ id: tags.id, slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, id))
      .orderBy(asc(tags.name)),
    row.translationId
      ? cardQuery(and(eq(articles.id, row.translationId), readable(viewer))).limit(1)
      : Promise.resolve([]),
    live ? getNeighbours(viewer, row.categoryId, row.publishedAt as Date, id) : Promise.resolve(null),
    articleFiles(row.coverKey, row.meta?.attachments ?? [], row.title),
    row.meeting ? getMeetingKindName(row.meeting.kind, locale) : Promise.resolve(null),
    live && row.seriesId
      ? getSeriesNeighbours(viewer, locale, row.seriesId, row.publishedAt as Date, id, row.translationId)
      : Promise.resolve(null),
  ]);
  const relatedCards = await getRelated({
    viewer,
    locale,
    id,
    categoryId: row.categoryId,
    seriesId: row.seriesId,
    tagIds: tagRows.map((t) => t.id),
    excludeIds: row.translationId ? [row.translationId] : [],
  });
  const card = toCard(row as CardRow, locale);
  const tr = translation[0];
  return {
    ...card,
    ...filesOf,
    status: row.status,
    body: row.body,
    tags: tagRows.map((t) => ({ slug: t.slug, name: t.name })),
    meeting: row.meeting ?? null,
    meetingKindName: kindName,
    series: row.seriesSlug
      ? { slug: row.seriesSlug, name: (locale === 'zh' ? row.seriesZh : row.seriesEn) ?? row.seriesSlug }
      : null,
    seriesNav:
      seriesNeighbours && row.seriesSlug
        ? { name: (locale === 'zh' ? row.seriesZh : row.seriesEn) ?? row.seriesSlug, ...seriesNeighbours }
        : null,
    translation: tr ? { id: tr.id, slug: tr.slug, title: tr.title, publishedAt: tr.publishedAt, language: tr.language } : null,
    views: 0,
    readers: 0,
    related: relatedCards,
    previous: neighbours?.previous ?? null,
    next: neighbours?.next ?? null,
  };
}

/** The cover image and attachments of a revision, in its order; files that are gone are left out. */
async function articleFiles(coverKey: string | null, attachmentKeys: string[], title: string) {
  const keys = [...(coverKey ? [coverKey] : []), ...attachmentKeys];
  const rows = keys.length
    ? await db
        .select({
          key: schema.files.key,
          name: schema.files.originalName,
          size: schema.files.size,
          mime: schema.files.mime,
          kind: schema.files.kind,
          variants: schema.files.variants,
        })
        .from(schema.files)
        .where(inArray(schema.files.key, keys))
    : [];
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const cover = coverKey ? byKey.get(coverKey) : undefined;
  return {
    cover:
      cover && cover.kind === 'image'
        ? { ...imageSources({ key: cover.key, variants: cover.variants ?? [] }, { width: 1024 }), alt: title }
        : null,
    attachments: attachmentKeys.flatMap((k) => {
      const f = byKey.get(k);
      return f ? [{ key: f.key, name: f.name, size: f.size, mime: f.mime, url: `/files/${f.key}` }] : [];
    }),
  };
}

/**
 * An unpublished revision as readers would see it once published: its own fields (category,
 * source, tags, flags) rather than the live copy on the article row. Callers check access.
 */
async function buildPreview(viewer: Viewer | null, locale: Locale, id: number, revisionId: number) {
  const [rev] = await db
    .select({ meta: articleRevisions.meta, publishedAt: articles.publishedAt })
    .from(articleRevisions)
    .innerJoin(articles, eq(articles.id, articleRevisions.articleId))
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, id)));
  if (!rev) return null;
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      language: articles.language,
      categoryId: articles.categoryId,
      sourceUnitId: articles.sourceUnitId,
      sourceText: articles.sourceText,
      visibility: articles.visibility,
      pinned: articles.pinned,
      featured: articles.featured,
      mustRead: articles.mustRead,
      seriesId: articles.seriesId,
      translationId: articles.translationId,
      title: articleRevisions.title,
      summary: articleRevisions.summary,
      body: articleRevisions.body,
      meeting: articleRevisions.meeting,
    })
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, revisionId))
    .where(eq(articles.id, id));
  if (!row) return null;
  const meta: Partial<RevisionMeta> = rev.meta ?? {};
  const f = {
    categoryId: meta.categoryId ?? row.categoryId,
    sourceUnitId: meta.sourceUnitId !== undefined ? meta.sourceUnitId : row.sourceUnitId,
    sourceText: meta.sourceText ?? row.sourceText ?? '',
    language: meta.language ?? row.language,
    seriesId: meta.seriesId !== undefined ? meta.seriesId : row.seriesId,
    translationId: meta.translationId !== undefined ? meta.translationId : row.translationId,
    visibility: meta.visibility ?? row.visibility,
    pinned: meta.pinned ?? row.pinned,
    featured: meta.featured ?? row.featured,
    mustRead: meta.mustRead ?? row.mustRead,
  };
  const [[category], [unit], [series], tagRows, translation, filesOf, kindName] = await Promise.all([
    db.select().from(categories).where(eq(categories.id, f.categoryId)),
    f.sourceUnitId ? db.select().from(units).where(eq(units.id, f.sourceUnitId)) : Promise.resolve([]),
    f.seriesId ? db.select().from(meetingSeries).where(eq(meetingSeries.id, f.seriesId)) : Promise.resolve([]),
    meta.tags
      ? Promise.resolve(meta.tags.map((name) => ({ slug: tagSlug(name), name })))
      : db
          .select({ slug: tags.slug, name: tags.name })
          .from(articleTags)
          .innerJoin(tags, eq(tags.id, articleTags.tagId))
          .where(eq(articleTags.articleId, id)),
    f.translationId ? cardQuery(and(eq(articles.id, f.translationId), readable(viewer))).limit(1) : Promise.resolve([]),
    articleFiles(meta.coverKey ?? null, meta.attachments ?? [], row.title),
    row.meeting ? getMeetingKindName(row.meeting.kind, locale) : Promise.resolve(null),
  ]);
  if (!category) return null;
  const zh = locale === 'zh';
  const tr = translation[0];
  return {
    id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    language: f.language,
    publishedAt: rev.publishedAt,
    category: { slug: category.slug, name: zh ? category.nameZh : category.nameEn },
    source: f.sourceText || (unit ? (zh ? unit.nameZh : unit.nameEn) : null),
    visibility: f.visibility,
    pinned: f.pinned,
    featured: f.featured,
    mustRead: f.mustRead,
    isMeeting: !!row.meeting,
    ...filesOf,
    status: row.status,
    body: row.body,
    tags: tagRows,
    meeting: row.meeting ?? null,
    meetingKindName: kindName,
    series: series ? { slug: series.slug, name: zh ? series.nameZh : series.nameEn } : null,
    seriesNav: null,
    translation: tr ? { id: tr.id, slug: tr.slug, title: tr.title, publishedAt: tr.publishedAt, language: tr.language } : null,
    views: 0,
    readers: 0,
    related: [],
    previous: null,
    next: null,
  } satisfies ArticleDetail;
}

/**
 * The working revision of an article (or one given revision) as readers would see it,
 * for staff who may see the article's unpublished work. Never cached.
 */
export async function getArticlePreview(input: {
  viewer: Viewer;
  locale: Locale;
  id: number;
  revisionId?: number;
}): Promise<ArticleDetail | null> {
  const { viewer, id } = input;
  const [head] = await db
    .select({
      sourceUnitId: articles.sourceUnitId,
      liveRevisionId: articles.liveRevisionId,
      workingRevisionId: articles.workingRevisionId,
    })
    .from(articles)
    .where(eq(articles.id, id));
  if (!head || !canViewDraft(viewer, head, await getUnitParents())) return null;
  const revisionId = input.revisionId ?? head.workingRevisionId ?? head.liveRevisionId;
  if (!revisionId) return null;
  return buildPreview(viewer, input.locale, id, revisionId);
}

const linkColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articleRevisions.title,
  publishedAt: articles.publishedAt,
};

/** The previous and next readable article of the same category, by publish time. */
async function getNeighbours(viewer: Viewer | null, categoryId: number, publishedAt: Date, id: number) {
  const base = and(readable(viewer), eq(articles.categoryId, categoryId), ne(articles.id, id));
  const linkQuery = (where: SQL | undefined) =>
    db
      .select(linkColumns)
      .from(articles)
      .innerJoin(articleRevisions, eq(articleRevisions.id, articles.liveRevisionId))
      .where(where);
  const [previous, next] = await Promise.all([
    linkQuery(
      and(
        base,
        or(lt(articles.publishedAt, publishedAt), and(eq(articles.publishedAt, publishedAt), lt(articles.id, id))),
      ),
    )
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(1),
    linkQuery(
      and(
        base,
        or(gt(articles.publishedAt, publishedAt), and(eq(articles.publishedAt, publishedAt), gt(articles.id, id))),
      ),
    )
      .orderBy(asc(articles.publishedAt), asc(articles.id))
      .limit(1),
  ]);
  return { previous: previous[0] ?? null, next: next[0] ?? null };
}

/**
 * The previous and next readable meeting of a series, by publication time, in the reader's
 * language where a translation exists (one of each translated pair), never the article's
 * own translation.
 */
async function getSeriesNeighbours(
  viewer: Viewer | null,
  locale: Locale,
  seriesId: number,
  publishedAt: Date,
  id: number,
  translationId: number | null,
) {
  const base = and(
    readable(viewer),
    oneOfEachPair(viewer, locale),
    eq(articles.seriesId, seriesId),
    notInArray(articles.id, translationId ? [id, translationId] : [id]),
    // The other-language twin of this article (published at the same time) is not a neighbour.
    translationId ? undefined : sql`(${articles.translationId} is null or ${articles.translationId} <> ${id})`,
  );
  const linkQuery = (where: SQL | undefined) =>
    db
      .select(linkColumns)
      .from(articles)
      .innerJoin(articleRevisions, eq(articleRevisions.id, articles.liveRevisionId))
      .where(where);
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
  const tagCards = tagShare.size
    ? await cardQuery(and(base, inArray(articles.id, [...tagShare.keys()])))
    : [];
  const scored = new Map<number, { card: ArticleCard; score: number }>();
  const add = (rows: unknown[], score: (r: CardRow) => number) => {
    for (const raw of rows) {
      const r = raw as CardRow;
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
    .sort(
      (a, b) =>
        b.score - a.score || (b.card.publishedAt?.getTime() ?? 0) - (a.card.publishedAt?.getTime() ?? 0),
    )
    .slice(0, 5)
    .map((x) => x.card);
}

/** Every category, in order; public information. */
export async function getCategories(locale: Locale) {
  const rows = await db
    .select({ slug: categories.slug, nameEn: categories.nameEn, nameZh: categories.nameZh })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.id));
  return rows.map((r) => ({ slug: r.slug, name: locale === 'zh' ? r.nameZh : r.nameEn }));
}
