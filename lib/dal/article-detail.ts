import 'server-only';
import { cache } from 'react';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import { LIVE_FIELDS, liveFieldsOf, readerFieldsOf, tagSlug, type LiveFields, type LiveRow } from '@/lib/article-fields';
import type { Locale } from '@/lib/i18n/config';
import type { MeetingData } from '@/lib/meeting';
import { canReadArticle, canViewDraft, type Viewer } from '@/lib/permissions';
import { imageSources } from '@/lib/uploads/urls';
import { currentRevisionId, loadAccess } from './article-row';
import { getMeetingKindName } from './meetings';
import { memo } from './memo';
import { audience, cardImage, cardQuery, named, readable, sourceOf, type ArticleCard, type ArticleLink, type CardImage } from './readable';
import { linksAround } from './related';
import { revisionMeta } from './revisions';
import { getUnitParents } from './units';
import { pendingViews } from './views';

const { articles, articleRevisions, categories, units, users, tags, articleTags, articleViews, meetingSeries, files } = schema;

// The article page: one builder for the live article and for the preview of a revision.

export type ArticleFile = { key: string; name: string; size: number; mime: string; url: string };

export type ArticleDetail = ArticleCard & {
  status: string;
  cover: (CardImage & { alt: string }) | null;
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
  const head = await loadAccess(id);
  if (!head) return { kind: 'not-found' };
  const now = new Date();
  const live = head.status === 'published' && !!head.publishedAt && head.publishedAt <= now;
  if (!canReadArticle(viewer, head, now)) {
    return live && !viewer ? { kind: 'sign-in' } : { kind: 'not-found' };
  }
  // Unpublished work is for the staff of its unit only.
  if (!live && !canViewDraft(viewer, head, await getUnitParents())) return { kind: 'not-found' };
  const revisionId = live ? head.liveRevisionId : currentRevisionId(head);
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
  const head = await loadAccess(id);
  if (!head || !canViewDraft(viewer, head, await getUnitParents())) return null;
  const revisionId = input.revisionId ?? currentRevisionId(head);
  if (!revisionId) return null;
  return buildDetail(viewer, input.locale, id, revisionId, false);
}

const liveColumns = Object.fromEntries(LIVE_FIELDS.map((f) => [f, articles[f]])) as { [F in keyof LiveRow]: (typeof articles)[F] };

/**
 * One revision of an article as its page shows it. Live, the page shows the fields of the
 * article row (its live copy), its tags, and the links around it: previous and next, the
 * series, related news. A preview shows the revision's own fields (category, source, tags,
 * flags) as readers would see them once it is published, without links around it.
 * Callers check access.
 */
async function buildDetail(viewer: Viewer | null, locale: Locale, id: number, revisionId: number, live: boolean): Promise<ArticleDetail | null> {
  const [row] = await db
    .select({
      ...liveColumns,
      slug: articles.slug,
      status: articles.status,
      publishedAt: articles.publishedAt,
      title: articleRevisions.title,
      summary: articleRevisions.summary,
      body: articleRevisions.body,
      meeting: articleRevisions.meeting,
      meta: articleRevisions.meta,
      authorName: users.name,
    })
    .from(articles)
    .innerJoin(articleRevisions, and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articles.id)))
    .leftJoin(users, eq(users.id, articles.authorId))
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) return null;
  const meta = revisionMeta(row.meta);
  const fields: LiveFields = live ? liveFieldsOf(row) : meta;
  const [[category], [unit], [series], tagRows, [translation], filesOf, kindName] = await Promise.all([
    db.select().from(categories).where(eq(categories.id, fields.categoryId)),
    fields.sourceUnitId ? db.select().from(units).where(eq(units.id, fields.sourceUnitId)) : [],
    fields.seriesId ? db.select().from(meetingSeries).where(eq(meetingSeries.id, fields.seriesId)) : [],
    live ? liveTags(id) : meta.tags.map((name) => ({ id: null, slug: tagSlug(name), name })),
    fields.translationId ? cardQuery(and(eq(articles.id, fields.translationId), readable(viewer))).limit(1) : [],
    articleFiles(fields.coverKey, meta.attachments, row.title),
    row.meeting ? getMeetingKindName(row.meeting.kind, locale) : null,
  ]);
  if (!category) return null;
  const links =
    live && row.publishedAt
      ? await linksAround({
          viewer,
          locale,
          id,
          publishedAt: row.publishedAt,
          categoryId: fields.categoryId,
          seriesId: fields.seriesId,
          translationId: fields.translationId,
          tagIds: tagRows.flatMap((t) => (t.id === null ? [] : [t.id])),
        })
      : null;
  const seriesName = series ? named(locale, series) : null;
  return {
    id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishedAt: row.publishedAt,
    category: { slug: category.slug, name: named(locale, category) },
    source: sourceOf(locale, fields.sourceText || null, unit),
    author: row.authorName,
    ...readerFieldsOf(fields),
    isMeeting: !!row.meeting,
    ...filesOf,
    status: row.status,
    body: row.body,
    tags: tagRows.map((t) => ({ slug: t.slug, name: t.name })),
    meeting: row.meeting ?? null,
    meetingKindName: kindName,
    series: series && seriesName ? { slug: series.slug, name: seriesName } : null,
    seriesNav: series && seriesName && links?.series ? { name: seriesName, ...links.series } : null,
    translation: translation
      ? { id: translation.id, slug: translation.slug, title: translation.title, publishedAt: translation.publishedAt, language: translation.language }
      : null,
    views: 0,
    readers: 0,
    related: links?.related ?? [],
    previous: links?.previous ?? null,
    next: links?.next ?? null,
  };
}

/** The tags of the live article, by name. */
function liveTags(id: number) {
  return db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name));
}

/** The cover image and attachments of a revision, in its order; files that are gone are left out. */
async function articleFiles(coverKey: string | null, attachmentKeys: string[], title: string) {
  const keys = [...(coverKey ? [coverKey] : []), ...attachmentKeys];
  const rows = keys.length
    ? await db
        .select({
          key: files.key,
          name: files.originalName,
          size: files.size,
          mime: files.mime,
          kind: files.kind,
          variants: files.variants,
          width: files.width,
          height: files.height,
        })
        .from(files)
        .where(inArray(files.key, keys))
    : [];
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const file = coverKey ? byKey.get(coverKey) : undefined;
  const cover = file?.kind === 'image' ? file : undefined;
  const thumbnail = cover ? cardImage(cover) : null;
  return {
    thumbnail,
    cover:
      cover && thumbnail
        ? { ...imageSources({ key: cover.key, variants: cover.variants ?? [] }, { width: 1024 }), width: thumbnail.width, height: thumbnail.height, alt: title }
        : null,
    attachments: attachmentKeys.flatMap((k) => {
      const f = byKey.get(k);
      return f ? [{ key: f.key, name: f.name, size: f.size, mime: f.mime, url: `/files/${f.key}` }] : [];
    }),
  };
}
