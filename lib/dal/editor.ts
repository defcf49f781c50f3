import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { db, schema, transaction, type Db } from '@/db/client';
import { tagSlug, type ArticleInput, type RevisionMeta } from '@/lib/article-fields';
import { env } from '@/lib/env';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import type { MeetingData } from '@/lib/meeting';
import {
  canEditArticle,
  canViewDraft,
  hasRole,
  isAdmin,
  isStaff,
  roleScope,
  type UnitParents,
  type Viewer,
} from '@/lib/permissions';
import { sanitizeBody } from '@/lib/sanitize';
import { workState, type WorkState } from '@/lib/workflow';
import { slugify } from '@/lib/utils';
import { writeAudit } from './audit';
import { claimFiles } from './files';
import { fileKeysInHtml } from '@/lib/uploads/keys';
import { expandScope, getUnitOptions, getUnitParents } from './units';
import { getMeetingKinds, MeetingKindError, meetingKindExists } from './meetings';

const { articles, articleRevisions, categories, units, meetingSeries, tags, articleTags, users, files } = schema;

// Drafting and editing articles. Every function here takes the viewer and checks, on the
// server, that they may see (canViewDraft) or write (canEditArticle) the article for its
// source unit. Publishing is not here: an article goes as far as a saved working revision.

/** Statuses whose approval (or pending review) an edit voids, sending the article back to draft. */
const VOIDED_BY_EDIT = new Set(['in_review', 'approved', 'scheduled', 'rejected']);

export type FileRef = { key: string; name: string; size: number; mime: string; url: string; thumbnail: string | null };

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

export type RevisionListItem = {
  id: number;
  version: number;
  editor: string;
  createdAt: Date;
  updatedAt: Date;
  autosave: boolean;
  note: string | null;
  isLive: boolean;
  isWorking: boolean;
};

export type SaveResult = { id: number; version: number; savedAt: Date; revisionId: number; merged: boolean };

/** A save based on a version that someone else has replaced since. */
export class StaleVersionError extends ConflictError {
  constructor(readonly latest: { version: number; by: string; at: Date }) {
    super(`${latest.by} saved a newer version (${latest.version}) in the meantime.`);
    this.name = 'StaleVersionError';
  }
}

type Head = {
  id: number;
  status: WorkState;
  pendingState: 'draft' | 'in_review' | 'approved' | 'scheduled' | 'rejected' | null;
  version: number;
  sourceUnitId: number | null;
  authorId: number;
  liveRevisionId: number | null;
  workingRevisionId: number | null;
};

const headColumns = {
  id: articles.id,
  status: articles.status,
  pendingState: articles.pendingState,
  version: articles.version,
  sourceUnitId: articles.sourceUnitId,
  authorId: articles.authorId,
  liveRevisionId: articles.liveRevisionId,
  workingRevisionId: articles.workingRevisionId,
};

async function loadHead(database: Db, id: number): Promise<Head | undefined> {
  const [head] = await database.select(headColumns).from(articles).where(eq(articles.id, id)).limit(1);
  return head;
}

/** The article, if the viewer may see its unpublished work; not found otherwise, so as not to reveal it. */
async function viewableHead(viewer: Viewer, id: number, parents: UnitParents, database: Db = db) {
  const head = await loadHead(database, id);
  if (!head || !canViewDraft(viewer, head, parents)) throw new NotFoundError();
  return head;
}

/** The revision the editor works on: the working one, else the live one. */
const currentRevisionId = (head: Head) => head.workingRevisionId ?? head.liveRevisionId;

function requireStaff(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer || !isStaff(viewer)) throw new ForbiddenError();
}

function canWriteAnything(viewer: Viewer) {
  return isAdmin(viewer) || hasRole(viewer, 'editor');
}

// ---------------------------------------------------------------------------------------
// Reading

/** Choices for the editor's selects. Editors and admins only; units are limited to the editor's scope. */
export async function getEditorOptions(input: { viewer: Viewer; locale: Locale }) {
  const { viewer, locale } = input;
  if (!canWriteAnything(viewer)) throw new ForbiddenError();
  const parents = await getUnitParents();
  const [cats, series, unitList, kinds] = await Promise.all([
    db
      .select({ id: categories.id, nameEn: categories.nameEn, nameZh: categories.nameZh })
      .from(categories)
      .orderBy(asc(categories.sortOrder), asc(categories.id)),
    db
      .select({ id: meetingSeries.id, nameEn: meetingSeries.nameEn, nameZh: meetingSeries.nameZh })
      .from(meetingSeries)
      .orderBy(asc(meetingSeries.id)),
    getUnitOptions(locale),
    getMeetingKinds(),
  ]);
  const name = (r: { nameEn: string; nameZh: string }) => (locale === 'zh' ? r.nameZh : r.nameEn);
  return {
    categories: cats.map((c) => ({ id: c.id, name: name(c) })),
    series: series.map((s) => ({ id: s.id, name: name(s) })),
    meetingKinds: kinds.map((k) => ({ code: k.code, name: name(k) })),
    units: unitList
      .filter((u) => canEditArticle(viewer, { sourceUnitId: u.id }, parents))
      .map((u) => ({ id: u.id, name: u.name, depth: u.depth })),
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

async function fileRefs(keys: string[]): Promise<Map<string, FileRef>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select({ key: files.key, name: files.originalName, size: files.size, mime: files.mime, kind: files.kind })
    .from(files)
    .where(inArray(files.key, keys));
  return new Map(
    rows.map((r) => [
      r.key,
      {
        key: r.key,
        name: r.name,
        size: r.size,
        mime: r.mime,
        url: `/files/${r.key}`,
        thumbnail: r.kind === 'image' ? `/files/${r.key}?w=320` : null,
      },
    ]),
  );
}

/** Rebuilds the meta of a revision saved before revisions carried it, from the article row. */
function metaOf(meta: RevisionMeta | null, fallback: RevisionMeta): RevisionMeta {
  return meta ? { ...fallback, ...meta } : fallback;
}

async function articleMeta(database: Db, id: number): Promise<RevisionMeta> {
  const [a] = await database
    .select({
      categoryId: articles.categoryId,
      sourceUnitId: articles.sourceUnitId,
      sourceText: articles.sourceText,
      language: articles.language,
      translationId: articles.translationId,
      seriesId: articles.seriesId,
      visibility: articles.visibility,
      pinned: articles.pinned,
      featured: articles.featured,
      mustRead: articles.mustRead,
      coverKey: articles.coverKey,
    })
    .from(articles)
    .where(eq(articles.id, id));
  const tagRows = await database
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name));
  return { ...a, sourceText: a.sourceText ?? '', tags: tagRows.map((t) => t.name), attachments: [] };
}

type RevisionRow = {
  id: number;
  version: number;
  title: string;
  summary: string;
  body: string;
  meeting: MeetingData | null;
  meta: RevisionMeta | null;
  editorId: number;
  editor: string;
  autosave: boolean;
  note: string | null;
  reviewOutcome: string | null;
  createdAt: Date;
  updatedAt: Date;
};

async function loadRevision(database: Db, articleId: number, revisionId: number): Promise<RevisionRow | undefined> {
  const [row] = await database
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      title: articleRevisions.title,
      summary: articleRevisions.summary,
      body: articleRevisions.body,
      meeting: articleRevisions.meeting,
      meta: articleRevisions.meta,
      editorId: articleRevisions.editorId,
      editor: users.name,
      autosave: articleRevisions.autosave,
      note: articleRevisions.note,
      reviewOutcome: articleRevisions.reviewOutcome,
      createdAt: articleRevisions.createdAt,
      updatedAt: articleRevisions.updatedAt,
    })
    .from(articleRevisions)
    .innerJoin(users, eq(users.id, articleRevisions.editorId))
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .limit(1);
  return row;
}

function fieldsOf(rev: RevisionRow, meta: RevisionMeta): ArticleFields {
  return {
    title: rev.title,
    summary: rev.summary,
    body: rev.body,
    meeting: rev.meeting ?? null,
    ...meta,
  };
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
  const meta = metaOf(rev.meta, await articleMeta(db, id));
  const refs = await fileRefs([...(meta.coverKey ? [meta.coverKey] : []), ...meta.attachments]);
  const [author] = await db.select({ name: users.name }).from(users).where(eq(users.id, head.authorId));
  return {
    id,
    status: workState(head),
    version: head.version,
    hasLive: head.liveRevisionId !== null,
    hasPendingChanges: head.workingRevisionId !== null && head.workingRevisionId !== head.liveRevisionId,
    fields: fieldsOf(rev, meta),
    cover: meta.coverKey ? (refs.get(meta.coverKey) ?? null) : null,
    attachmentFiles: meta.attachments.flatMap((k) => refs.get(k) ?? []),
    lastSaved: { by: rev.editor, at: rev.updatedAt, version: rev.version, autosave: rev.autosave },
    canEdit: canEditArticle(viewer, head, parents) && head.status !== 'archived',
    authorName: author?.name ?? '',
  };
}

/** Every revision of an article, newest first. Staff who may see the article. */
export async function listRevisions(input: { viewer: Viewer; id: number }): Promise<RevisionListItem[]> {
  const { viewer, id } = input;
  requireStaff(viewer);
  const head = await viewableHead(viewer, id, await getUnitParents());
  const rows = await db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      editor: users.name,
      createdAt: articleRevisions.createdAt,
      updatedAt: articleRevisions.updatedAt,
      autosave: articleRevisions.autosave,
      note: articleRevisions.note,
    })
    .from(articleRevisions)
    .innerJoin(users, eq(users.id, articleRevisions.editorId))
    .where(eq(articleRevisions.articleId, id))
    .orderBy(desc(articleRevisions.version));
  return rows.map((r) => ({
    ...r,
    isLive: r.id === head.liveRevisionId,
    isWorking: r.id === head.workingRevisionId,
  }));
}

export type RevisionSnapshot = {
  id: number;
  version: number;
  editor: string;
  at: Date;
  fields: Record<string, string | string[]>;
};

/**
 * Two revisions of an article as text, field by field, for a diff: title, summary, body
 * text and every other field with names resolved. Staff who may see the article.
 */
export async function getRevisionPair(input: {
  viewer: Viewer;
  id: number;
  from: number;
  to: number;
  locale: Locale;
}): Promise<{ from: RevisionSnapshot; to: RevisionSnapshot }> {
  const { viewer, id, locale } = input;
  requireStaff(viewer);
  await viewableHead(viewer, id, await getUnitParents());
  const [a, b] = await Promise.all([loadRevision(db, id, input.from), loadRevision(db, id, input.to)]);
  if (!a || !b) throw new NotFoundError();
  const fallback = await articleMeta(db, id);
  const names = await nameLookup(locale);
  const { htmlToText } = await import('@/lib/sanitize');
  const snapshot = async (rev: RevisionRow): Promise<RevisionSnapshot> => {
    const meta = metaOf(rev.meta, fallback);
    const refs = await fileRefs([...(meta.coverKey ? [meta.coverKey] : []), ...meta.attachments]);
    const flags = (['pinned', 'featured', 'mustRead'] as const).filter((f) => meta[f]);
    return {
      id: rev.id,
      version: rev.version,
      editor: rev.editor,
      at: rev.updatedAt,
      fields: {
        title: rev.title,
        summary: rev.summary,
        body: htmlToText(rev.body),
        category: names.category.get(meta.categoryId) ?? '',
        sourceUnit: meta.sourceUnitId ? (names.unit.get(meta.sourceUnitId) ?? '') : '',
        sourceText: meta.sourceText,
        language: meta.language,
        translation: meta.translationId ? `#${meta.translationId}` : '',
        series: meta.seriesId ? (names.series.get(meta.seriesId) ?? '') : '',
        visibility: meta.visibility,
        flags,
        tags: meta.tags,
        cover: meta.coverKey ? (refs.get(meta.coverKey)?.name ?? meta.coverKey) : '',
        attachments: meta.attachments.map((k) => refs.get(k)?.name ?? k),
        meeting: rev.meeting ? meetingText(rev.meeting, names.kind.get(rev.meeting.kind) ?? rev.meeting.kind) : '',
      },
    };
  };
  return { from: await snapshot(a), to: await snapshot(b) };
}

function meetingText(m: MeetingData, kindName: string): string {
  const lines = [m.name, kindName, m.date, m.location, `${m.presider.name} ${m.presider.position}`.trim(), m.attendees];
  for (const s of m.speeches) {
    lines.push(`${s.speaker} ${s.position}: ${s.title}`.trim(), s.summary, ...s.keyTasks.map((t, i) => `${i + 1}. ${t}`));
  }
  lines.push(m.closingRemarks, ...m.quotes);
  return lines.filter(Boolean).join('\n');
}

async function nameLookup(locale: Locale) {
  const pick = (r: { id: number; nameEn: string; nameZh: string }) => [r.id, locale === 'zh' ? r.nameZh : r.nameEn] as const;
  const cols = { id: categories.id, nameEn: categories.nameEn, nameZh: categories.nameZh };
  const [c, u, s, k] = await Promise.all([
    db.select(cols).from(categories),
    db.select({ id: units.id, nameEn: units.nameEn, nameZh: units.nameZh }).from(units),
    db.select({ id: meetingSeries.id, nameEn: meetingSeries.nameEn, nameZh: meetingSeries.nameZh }).from(meetingSeries),
    getMeetingKinds(),
  ]);
  return {
    category: new Map(c.map(pick)),
    unit: new Map(u.map(pick)),
    series: new Map(s.map(pick)),
    kind: new Map(k.map((r) => [r.code, locale === 'zh' ? r.nameZh : r.nameEn] as const)),
  };
}

// ---------------------------------------------------------------------------------------
// The staff home

export type StaffListItem = {
  id: number;
  title: string;
  status: string;
  updatedAt: Date;
  editor: string;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  pendingChanges: boolean;
};

export type StaffHome = {
  drafts: { total: number; items: StaffListItem[] };
  review: { total: number; items: StaffListItem[] } | null;
  scheduled: { total: number; items: StaffListItem[] };
  published: { total: number; items: StaffListItem[] };
  canWrite: boolean;
};

/** The staff home: my drafts, what waits for my review, what is scheduled, recently published. Staff only. */
export async function getStaffHome(input: { viewer: Viewer; limit?: number }): Promise<StaffHome> {
  const { viewer } = input;
  requireStaff(viewer);
  const limit = input.limit ?? 8;
  const parents = await getUnitParents();
  const scopeFor = (role: 'editor' | 'approver'): SQL | undefined | false => {
    if (isAdmin(viewer)) return undefined;
    if (!hasRole(viewer, role)) return false;
    const scope = roleScope(viewer, role);
    if (scope === null) return undefined;
    return inArray(articles.sourceUnitId, expandScope(scope, parents));
  };
  const editScope = scopeFor('editor');
  const reviewScope = scopeFor('approver');
  // What the viewer may see at all: the union of their editing and reviewing scopes.
  const visible: SQL | undefined =
    editScope === undefined || reviewScope === undefined
      ? undefined
      : (or(editScope === false ? sql`false` : editScope, reviewScope === false ? sql`false` : reviewScope) as SQL);

  const list = async (where: SQL | undefined, order: SQL[]) => {
    const [{ total }] = await db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(articles)
      .where(where);
    const rows = await db
      .select({
        id: articles.id,
        title: articleRevisions.title,
        status: articles.status,
        updatedAt: articles.updatedAt,
        editor: users.name,
        publishedAt: articles.publishedAt,
        scheduledAt: articles.scheduledAt,
        workingRevisionId: articles.workingRevisionId,
        liveRevisionId: articles.liveRevisionId,
      })
      .from(articles)
      .innerJoin(
        articleRevisions,
        eq(articleRevisions.id, sql`coalesce(${articles.workingRevisionId}, ${articles.liveRevisionId})`),
      )
      .innerJoin(users, eq(users.id, articleRevisions.editorId))
      .where(where)
      .orderBy(...order)
      .limit(limit);
    return {
      total,
      items: rows.map(({ workingRevisionId, liveRevisionId, ...r }) => ({
        ...r,
        pendingChanges: r.status === 'published' && workingRevisionId !== null && workingRevisionId !== liveRevisionId,
      })),
    };
  };

  const mine = sql`(${articles.authorId} = ${viewer.id} or exists (select 1 from article_revisions r where r.article_id = ${articles.id} and r.editor_id = ${viewer.id}))`;
  const drafting = or(
    inArray(articles.status, ['draft', 'rejected']),
    and(
      eq(articles.status, 'published'),
      isNotNull(articles.workingRevisionId),
      ne(articles.workingRevisionId, sql`coalesce(${articles.liveRevisionId}, 0)`),
    ),
  );
  const byUpdate = [desc(articles.updatedAt), desc(articles.id)];
  const [drafts, review, scheduled, published] = await Promise.all([
    list(and(mine, drafting), byUpdate),
    reviewScope === false
      ? null
      : list(and(or(eq(articles.status, 'in_review'), eq(articles.pendingState, 'in_review')), reviewScope), byUpdate),
    list(and(or(eq(articles.status, 'scheduled'), eq(articles.pendingState, 'scheduled')), visible), [
      asc(articles.scheduledAt),
      asc(articles.id),
    ]),
    list(and(eq(articles.status, 'published'), visible), [desc(articles.publishedAt), desc(articles.id)]),
  ]);
  return { drafts, review, scheduled, published, canWrite: canWriteAnything(viewer) };
}

// ---------------------------------------------------------------------------------------
// Writing

/** Checks that the ids an input names exist, and that the viewer may write for its unit. */
async function checkReferences(tx: Db, viewer: Viewer, input: ArticleInput, parents: UnitParents, selfId?: number) {
  if (!canEditArticle(viewer, { sourceUnitId: input.sourceUnitId }, parents)) {
    throw new ForbiddenError('You may only write for your own units.');
  }
  const [cat] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, input.categoryId));
  if (!cat) throw new ValidationError('Choose a category.');
  if (input.sourceUnitId !== null && !parents.has(input.sourceUnitId)) throw new ValidationError('Choose a source unit.');
  if (input.seriesId !== null) {
    const [s] = await tx.select({ id: meetingSeries.id }).from(meetingSeries).where(eq(meetingSeries.id, input.seriesId));
    if (!s) throw new ValidationError('Choose a meeting series.');
  }
  if (input.translationId !== null) {
    const [t] = await tx
      .select({ id: articles.id, language: articles.language, sourceUnitId: articles.sourceUnitId, status: articles.status })
      .from(articles)
      .where(eq(articles.id, input.translationId));
    const visible = t && (t.status === 'published' || canViewDraft(viewer, t, parents));
    if (!visible || t.id === selfId) throw new ValidationError('The translation must be another existing article.');
    if (t.language === input.language) throw new ValidationError('The translation must be in the other language.');
  }
}

/** Meeting data must name a kind of the meeting_kinds table. */
async function checkMeeting(tx: Db, meeting: MeetingData | null | undefined) {
  if (meeting && !(await meetingKindExists(tx, meeting.kind))) throw new MeetingKindError();
}

function metaFromInput(input: ArticleInput): RevisionMeta {
  return {
    categoryId: input.categoryId,
    sourceUnitId: input.sourceUnitId,
    sourceText: input.sourceText,
    language: input.language,
    translationId: input.translationId,
    seriesId: input.seriesId,
    visibility: input.visibility,
    pinned: input.pinned,
    featured: input.featured,
    mustRead: input.mustRead,
    tags: input.tags,
    coverKey: input.coverKey,
    attachments: input.attachments,
  };
}

/** The fields of the article row that mirror the working revision until it is first published. */
function rowFields(input: ArticleInput) {
  return {
    slug: slugify(input.title),
    categoryId: input.categoryId,
    sourceUnitId: input.sourceUnitId,
    sourceText: input.sourceText || null,
    language: input.language,
    translationId: input.translationId,
    seriesId: input.seriesId,
    visibility: input.visibility,
    pinned: input.pinned,
    featured: input.featured,
    mustRead: input.mustRead,
    coverKey: input.coverKey,
  };
}

/** Sets an article's tags, creating tags that do not exist yet. */
async function syncTags(tx: Db, articleId: number, names: string[]) {
  const wanted = new Map(names.map((n) => [tagSlug(n), n] as const));
  const ids: number[] = [];
  for (const [slug, name] of wanted) {
    await tx.insert(tags).values({ slug, name }).onConflictDoNothing();
    const [row] = await tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug));
    ids.push(row.id);
  }
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  if (ids.length) await tx.insert(articleTags).values(ids.map((tagId) => ({ articleId, tagId })));
}

function referencedKeys(input: ArticleInput, body: string) {
  return [...new Set([...(input.coverKey ? [input.coverKey] : []), ...input.attachments, ...fileKeysInHtml(body)])];
}

/** Creates a draft from the editor's first save. Editors and admins, for a unit in their scope. */
export async function createArticle(input: {
  viewer: Viewer;
  fields: ArticleInput;
  meeting?: MeetingData | null;
  autosave?: boolean;
}): Promise<SaveResult> {
  const { viewer, fields } = input;
  if (!canWriteAnything(viewer)) throw new ForbiddenError();
  const parents = await getUnitParents();
  const body = sanitizeBody(fields.body);
  return transaction(async (tx) => {
    await checkReferences(tx, viewer, fields, parents);
    await checkMeeting(tx, input.meeting);
    const now = new Date();
    const [article] = await tx
      .insert(articles)
      .values({ ...rowFields(fields), authorId: viewer.id, status: 'draft', version: 1, createdAt: now, updatedAt: now })
      .returning({ id: articles.id });
    const [rev] = await tx
      .insert(articleRevisions)
      .values({
        articleId: article.id,
        version: 1,
        title: fields.title,
        summary: fields.summary,
        body,
        meeting: input.meeting ?? null,
        meta: metaFromInput(fields),
        editorId: viewer.id,
        autosave: !!input.autosave,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: articleRevisions.id });
    await tx.update(articles).set({ workingRevisionId: rev.id }).where(eq(articles.id, article.id));
    await syncTags(tx, article.id, fields.tags);
    await claimFiles(tx, { articleId: article.id, keys: referencedKeys(fields, body) });
    await writeAudit(tx, {
      actorId: viewer.id,
      action: 'article.create',
      entityType: 'article',
      entityId: article.id,
      toState: 'draft',
    });
    return { id: article.id, version: 1, savedAt: now, revisionId: rev.id, merged: false };
  });
}

/**
 * Saves the editor's fields as the article's working revision. The save names the version
 * it was based on; if someone saved in between, it is refused with StaleVersionError, which
 * names them. Autosaves (and a manual save right after them) by the same editor within
 * NEWSROOM_AUTOSAVE_MERGE_MINUTES update the same revision instead of adding one.
 * Editing a published article never touches what readers see: the article row keeps the
 * live fields until the workflow publishes the new revision.
 * Editors and admins whose scope covers both the article's unit and the new one.
 */
export async function saveArticle(input: SaveInput): Promise<SaveResult> {
  requireStaff(input.viewer);
  const parents = await getUnitParents();
  return transaction((tx) => saveWithin(tx, parents, input));
}

type SaveInput = {
  viewer: Viewer;
  id: number;
  baseVersion: number;
  fields: ArticleInput;
  /** Meeting data; undefined keeps what the working revision has. */
  meeting?: MeetingData | null;
  autosave?: boolean;
  note?: string | null;
};

async function saveWithin(tx: Db, parents: UnitParents, input: SaveInput): Promise<SaveResult> {
  const { viewer, id, fields } = input;
  const body = sanitizeBody(fields.body);
  const autosave = !!input.autosave;
  const head = await viewableHead(viewer, id, parents, tx);
  if (!canEditArticle(viewer, head, parents)) throw new ForbiddenError();
  if (head.status === 'archived') throw new ConflictError('This article is archived. Restore it before editing.');
  await checkReferences(tx, viewer, fields, parents, id);
  await checkMeeting(tx, input.meeting);

  const now = new Date();
  const [bumped] = await tx
    .update(articles)
    .set({ version: sql`${articles.version} + 1`, updatedAt: now })
    .where(and(eq(articles.id, id), eq(articles.version, input.baseVersion)))
    .returning({ version: articles.version });
  if (!bumped) {
    const current = currentRevisionId(head);
    const latest = current ? await loadRevision(tx, id, current) : undefined;
    // The same save arriving twice (a retry, a double click) is not a conflict.
    if (
      latest &&
      latest.editorId === viewer.id &&
      latest.version === head.version &&
      latest.title === fields.title &&
      latest.summary === fields.summary &&
      latest.body === body &&
      JSON.stringify(metaOf(latest.meta, metaFromInput(fields))) === JSON.stringify(metaFromInput(fields)) &&
      (input.meeting === undefined || JSON.stringify(latest.meeting ?? null) === JSON.stringify(input.meeting))
    ) {
      return { id, version: head.version, savedAt: latest.updatedAt, revisionId: latest.id, merged: true };
    }
    throw new StaleVersionError({
      version: head.version,
      by: latest?.editor ?? '',
      at: latest?.updatedAt ?? now,
    });
  }
  const version = bumped.version;

  const working =
    head.workingRevisionId !== null && head.workingRevisionId !== head.liveRevisionId
      ? await loadRevision(tx, id, head.workingRevisionId)
      : undefined;
  const windowMs = env.NEWSROOM_AUTOSAVE_MERGE_MINUTES * 60_000;
  const merge =
    !!working &&
    working.autosave &&
    working.editorId === viewer.id &&
    now.getTime() - working.updatedAt.getTime() < windowMs &&
    !working.reviewOutcome &&
    !input.note;
  const meeting = input.meeting !== undefined ? input.meeting : (working?.meeting ?? (await currentMeeting(tx, head)));
  const values = {
    version,
    title: fields.title,
    summary: fields.summary,
    body,
    meeting,
    meta: metaFromInput(fields),
    editorId: viewer.id,
    autosave,
    note: input.note ?? null,
    updatedAt: now,
  };
  let revisionId: number;
  if (merge && working) {
    await tx.update(articleRevisions).set(values).where(eq(articleRevisions.id, working.id));
    revisionId = working.id;
  } else {
    const [rev] = await tx
      .insert(articleRevisions)
      .values({ ...values, articleId: id, createdAt: now })
      .returning({ id: articleRevisions.id });
    revisionId = rev.id;
  }

  // Any edit voids a pending review or approval: the article needs review again.
  const from = workState(head);
  const voided = VOIDED_BY_EDIT.has(from);
  const live = head.status === 'published';
  await tx
    .update(articles)
    .set({
      workingRevisionId: revisionId,
      // Until its first publication, the article row mirrors the working revision.
      ...(head.liveRevisionId === null ? rowFields(fields) : {}),
      ...(live ? { pendingState: 'draft' as const } : voided ? { status: 'draft' as const } : {}),
      ...(voided ? { scheduledAt: null, submittedVersion: null, approvedVersion: null, approvedBy: null, approvedAt: null } : {}),
    })
    .where(eq(articles.id, id));
  if (head.liveRevisionId === null) await syncTags(tx, id, fields.tags);
  await claimFiles(tx, { articleId: id, keys: referencedKeys(fields, body) });
  if (voided) {
    await writeAudit(tx, {
      actorId: viewer.id,
      action: 'article.edit_voided_review',
      entityType: 'article',
      entityId: id,
      fromState: from,
      toState: 'draft',
      data: { version },
    });
  }
  return { id, version, savedAt: now, revisionId, merged: merge };
}

async function currentMeeting(tx: Db, head: Head): Promise<MeetingData | null> {
  const current = currentRevisionId(head);
  if (!current) return null;
  const [row] = await tx
    .select({ meeting: articleRevisions.meeting })
    .from(articleRevisions)
    .where(eq(articleRevisions.id, current));
  return row?.meeting ?? null;
}

/**
 * Restores an older revision as a new working revision (the history is kept). Refused like
 * any save when `baseVersion` is stale. Editors and admins who may edit the article.
 */
export async function restoreRevision(input: {
  viewer: Viewer;
  id: number;
  revisionId: number;
  baseVersion: number;
}): Promise<SaveResult> {
  const { viewer, id } = input;
  requireStaff(viewer);
  const parents = await getUnitParents();
  return transaction(async (tx) => {
    const head = await viewableHead(viewer, id, parents, tx);
    if (!canEditArticle(viewer, head, parents)) throw new ForbiddenError();
    const rev = await loadRevision(tx, id, input.revisionId);
    if (!rev) throw new NotFoundError();
    const meta = metaOf(rev.meta, await articleMeta(tx, id));
    const result = await saveWithin(tx, parents, {
      viewer,
      id,
      baseVersion: input.baseVersion,
      fields: { title: rev.title, summary: rev.summary, body: rev.body, ...meta },
      meeting: rev.meeting ?? null,
      note: `restored:${rev.version}`,
    });
    await writeAudit(tx, {
      actorId: viewer.id,
      action: 'article.restore_revision',
      entityType: 'article',
      entityId: id,
      data: { restoredVersion: rev.version, version: result.version },
    });
    return result;
  });
}
