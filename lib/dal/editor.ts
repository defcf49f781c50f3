import 'server-only';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import type { ArticleInput } from '@/lib/article-fields';
import type { Locale } from '@/lib/i18n/config';
import type { MeetingData } from '@/lib/meeting';
import { canEditArticle, canViewDraft, canWriteArticles, type Viewer } from '@/lib/permissions';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { workState } from '@/lib/workflow';
import { currentRevisionId, requireStaff, viewableHead } from './article-row';
import { getMeetingKinds } from './meetings';
import { named } from './readable';
import { fileKeysOf, fileRefs, loadRevision, revisionFields, type FileRef } from './revisions';
import { getUnitOptions, getUnitParents } from './units';

const { articles, articleRevisions, categories, meetingSeries, users } = schema;

// What the editor form shows: the article as it is being written, and the choices of its
// selects. Saving is in ./article-save.ts, the workflow in ./workflow.ts.

export type ArticleFields = ArticleInput & { meeting: MeetingData | null };

export type ArticleForEdit = {
  id: number;
  status: string;
  version: number;
  /** Whether a live revision exists (the article is or was published). */
  hasLive: boolean;
  /** Whether the working revision differs from the live one. */
  hasPendingChanges: boolean;
  fields: ArticleFields;
  cover: FileRef | null;
  attachmentFiles: FileRef[];
  lastSaved: { by: string; at: Date; version: number; autosave: boolean };
  canEdit: boolean;
  authorName: string;
};

/** Choices for the editor's selects. Editors and admins only; units are limited to the editor's scope. */
export async function getEditorOptions(input: { viewer: Viewer; locale: Locale }) {
  const { viewer, locale } = input;
  if (!canWriteArticles(viewer)) throw new ForbiddenError();
  const parents = await getUnitParents();
  const [cats, series, unitList, kinds] = await Promise.all([
    db
      .select({ id: categories.id, nameEn: categories.nameEn, nameZh: categories.nameZh, retiredAt: categories.retiredAt })
      .from(categories)
      .orderBy(asc(categories.sortOrder), asc(categories.id)),
    db
      .select({ id: meetingSeries.id, nameEn: meetingSeries.nameEn, nameZh: meetingSeries.nameZh })
      .from(meetingSeries)
      .orderBy(asc(meetingSeries.id)),
    getUnitOptions(locale),
    getMeetingKinds(),
  ]);
  return {
    /** Retired categories are listed for the articles that have one; they take no new articles. */
    categories: cats.map((c) => ({ id: c.id, name: named(locale, c), retired: !!c.retiredAt })),
    series: series.map((s) => ({ id: s.id, name: named(locale, s) })),
    meetingKinds: kinds.map((k) => ({ code: k.code, name: named(locale, k) })),
    units: unitList
      .filter((u) => canEditArticle(viewer, { sourceUnitId: u.id }, parents))
      .map((u) => ({ id: u.id, name: u.name, depth: u.depth, retired: u.retired })),
    /** Only unscoped editors and admins may leave the source unit empty. */
    allowNoUnit: canEditArticle(viewer, { sourceUnitId: null }, parents),
  };
}

export type TranslationCandidate = { id: number; title: string; language: Locale };

/** Articles in `language` the viewer may see, newest first, as translation links. */
export async function getTranslationCandidates(input: {
  viewer: Viewer;
  language: Locale;
  excludeId?: number;
}): Promise<TranslationCandidate[]> {
  const { viewer } = input;
  requireStaff(viewer);
  const parents = await getUnitParents();
  const rows = await db
    .select({
      id: articles.id,
      title: articleRevisions.title,
      language: articles.language,
      status: articles.status,
      sourceUnitId: articles.sourceUnitId,
    })
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, sql`coalesce(${articles.liveRevisionId}, ${articles.workingRevisionId})`))
    .where(and(eq(articles.language, input.language), input.excludeId ? ne(articles.id, input.excludeId) : undefined))
    .orderBy(desc(articles.id))
    .limit(300);
  return rows
    .filter((r) => r.status === 'published' || canViewDraft(viewer, r, parents))
    .slice(0, 200)
    .map((r) => ({ id: r.id, title: r.title, language: r.language }));
}

/** The article as the editor shows it: its working revision (or the live one). Staff who may see it. */
export async function getArticleForEdit(input: { viewer: Viewer; id: number }): Promise<ArticleForEdit> {
  const { viewer, id } = input;
  requireStaff(viewer);
  const parents = await getUnitParents();
  const head = await viewableHead(viewer, id, parents);
  const revisionId = currentRevisionId(head);
  const rev = revisionId ? await loadRevision(db, id, revisionId) : undefined;
  if (!rev) throw new NotFoundError();
  const refs = await fileRefs(fileKeysOf(rev.meta));
  const [author] = await db.select({ name: users.name }).from(users).where(eq(users.id, head.authorId));
  return {
    id,
    status: workState(head),
    version: head.version,
    hasLive: head.liveRevisionId !== null,
    hasPendingChanges: head.workingRevisionId !== null && head.workingRevisionId !== head.liveRevisionId,
    fields: { ...revisionFields(rev), meeting: rev.meeting ?? null },
    cover: rev.meta.coverKey ? (refs.get(rev.meta.coverKey) ?? null) : null,
    attachmentFiles: rev.meta.attachments.flatMap((k) => refs.get(k) ?? []),
    lastSaved: { by: rev.editor, at: rev.updatedAt, version: rev.version, autosave: rev.autosave },
    canEdit: canEditArticle(viewer, head, parents) && head.status !== 'archived',
    authorName: author?.name ?? '',
  };
}
