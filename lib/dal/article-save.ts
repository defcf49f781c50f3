import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { schema, transaction, type Db } from '@/db/client';
import { fieldsOfRevision, metaOf, rowOf, sameFields, type ArticleInput } from '@/lib/article-fields';
import { env } from '@/lib/env';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import type { MeetingData } from '@/lib/meeting';
import { canEditArticle, canViewDraft, canWriteArticles, type UnitParents, type Viewer } from '@/lib/permissions';
import { sanitizeBody } from '@/lib/sanitize';
import { fileKeysInHtml } from '@/lib/uploads/keys';
import { slugify } from '@/lib/utils';
import { editMove, workState } from '@/lib/workflow';
import { currentRevisionId, requireStaff, viewableHead, writeLiveFields, type Head } from './article-row';
import { writeAudit } from './audit';
import { claimFiles } from './files';
import { MeetingKindError, meetingKindExists } from './meetings';
import { loadRevision } from './revisions';
import { getUnitParents } from './units';
import { applyMove } from './workflow';

const { articles, articleRevisions, categories, meetingSeries, units } = schema;

// Writing articles: the first save creates the draft, every later save is a revision, and
// an older revision can be restored as a new one. Every function takes the viewer and
// checks, on the server, that they may write the article for its source unit. A save goes
// as far as the working revision; publishing is the workflow's (./workflow.ts).

export type SaveResult = { id: number; version: number; savedAt: Date; revisionId: number; merged: boolean };

/** A save based on a version that someone else has replaced since. */
export class StaleVersionError extends ConflictError {
  constructor(readonly latest: { version: number; by: string; at: Date }) {
    super('stale_version', { name: latest.by, version: latest.version });
    this.name = 'StaleVersionError';
  }
}

/** Checks that the ids an input names exist, and that the viewer may write for its unit. */
async function checkReferences(tx: Db, viewer: Viewer, input: ArticleInput, parents: UnitParents, selfId?: number) {
  if (!canEditArticle(viewer, { sourceUnitId: input.sourceUnitId }, parents)) throw new ForbiddenError('own_units_only');
  const [cat] = await tx.select({ id: categories.id, retiredAt: categories.retiredAt }).from(categories).where(eq(categories.id, input.categoryId));
  if (!cat) throw new ValidationError('category_missing');
  if (input.sourceUnitId !== null && !parents.has(input.sourceUnitId)) throw new ValidationError('unit_missing');
  // A retired category or unit keeps the articles it has and takes no new ones.
  const [unit] = input.sourceUnitId === null ? [] : await tx.select({ retiredAt: units.retiredAt, code: units.code }).from(units).where(eq(units.id, input.sourceUnitId));
  if (cat.retiredAt || unit?.retiredAt) {
    const [own] = selfId === undefined ? [] : await tx.select({ categoryId: articles.categoryId, sourceUnitId: articles.sourceUnitId }).from(articles).where(eq(articles.id, selfId));
    if (cat.retiredAt && own?.categoryId !== input.categoryId) throw new ValidationError('category_retired');
    if (unit?.retiredAt && own?.sourceUnitId !== input.sourceUnitId) throw new ValidationError('unit_retired', { code: unit.code });
  }
  if (input.seriesId !== null) {
    const [s] = await tx.select({ id: meetingSeries.id }).from(meetingSeries).where(eq(meetingSeries.id, input.seriesId));
    if (!s) throw new ValidationError('series_missing');
  }
  if (input.translationId !== null) {
    const [t] = await tx
      .select({ id: articles.id, language: articles.language, sourceUnitId: articles.sourceUnitId, status: articles.status })
      .from(articles)
      .where(eq(articles.id, input.translationId));
    const visible = t && (t.status === 'published' || canViewDraft(viewer, t, parents));
    if (!visible || t.id === selfId) throw new ValidationError('translation_missing');
    if (t.language === input.language) throw new ValidationError('translation_language');
  }
}

/** Meeting data must name a kind of the meeting_kinds table. */
async function checkMeeting(tx: Db, meeting: MeetingData | null | undefined) {
  if (meeting && !(await meetingKindExists(tx, meeting.kind))) throw new MeetingKindError();
}

/** The files an article uses: its cover, attachments and the images of its body. */
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
  if (!canWriteArticles(viewer)) throw new ForbiddenError();
  const parents = await getUnitParents();
  const body = sanitizeBody(fields.body);
  return transaction(async (tx) => {
    await checkReferences(tx, viewer, fields, parents);
    await checkMeeting(tx, input.meeting);
    const now = new Date();
    const [article] = await tx
      .insert(articles)
      .values({ ...rowOf(metaOf(fields)), slug: slugify(fields.title), authorId: viewer.id, status: 'draft', version: 1, createdAt: now, updatedAt: now })
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
        meta: metaOf(fields),
        editorId: viewer.id,
        autosave: !!input.autosave,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: articleRevisions.id });
    await writeLiveFields(tx, article.id, metaOf(fields), { workingRevisionId: rev.id });
    await claimFiles(tx, { articleId: article.id, keys: referencedKeys(fields, body) });
    await writeAudit(tx, { actorId: viewer.id, action: 'article.create', entityType: 'article', entityId: article.id, toState: 'draft' });
    return { id: article.id, version: 1, savedAt: now, revisionId: rev.id, merged: false };
  });
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

/**
 * Saves the editor's fields as the article's working revision. The save names the version
 * it was based on; if someone saved in between, it is refused with StaleVersionError, which
 * names them. Autosaves (and a manual save right after them) by the same editor within
 * NEWSROOM_AUTOSAVE_MERGE_MINUTES update the same revision instead of adding one.
 * Editing a published article never touches what readers see: the article row keeps the
 * live fields until the workflow publishes the new revision. A save makes the workflow's
 * edit move (lib/workflow.ts editMove): it voids a pending review or approval.
 * Editors and admins whose scope covers both the article's unit and the new one.
 */
export async function saveArticle(input: SaveInput): Promise<SaveResult> {
  requireStaff(input.viewer);
  const parents = await getUnitParents();
  return transaction((tx) => saveWithin(tx, parents, input));
}

async function saveWithin(tx: Db, parents: UnitParents, input: SaveInput): Promise<SaveResult> {
  const { viewer, id, fields } = input;
  const body = sanitizeBody(fields.body);
  const autosave = !!input.autosave;
  const head = await viewableHead(viewer, id, parents, tx);
  if (!canEditArticle(viewer, head, parents)) throw new ForbiddenError();
  if (head.status === 'archived') throw new ConflictError('archived');
  await checkReferences(tx, viewer, fields, parents, id);
  await checkMeeting(tx, input.meeting);

  const now = new Date();
  const [bumped] = await tx
    .update(articles)
    .set({ version: sql`${articles.version} + 1`, updatedAt: now })
    .where(and(eq(articles.id, id), eq(articles.version, input.baseVersion)))
    .returning({ version: articles.version });
  if (!bumped) return repeatedSave(tx, head, input, body, now);
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
    meta: metaOf(fields),
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

  // Until its first publication, the article row mirrors the working revision.
  if (head.liveRevisionId === null) {
    await writeLiveFields(tx, id, metaOf(fields), { workingRevisionId: revisionId, slug: slugify(fields.title) });
  }
  else await tx.update(articles).set({ workingRevisionId: revisionId }).where(eq(articles.id, id));
  const move = editMove(workState(head));
  if (move) await applyMove(tx, { ...head, version }, move, { actorId: viewer.id, now, data: { version } });
  await claimFiles(tx, { articleId: id, keys: referencedKeys(fields, body) });
  return { id, version, savedAt: now, revisionId, merged: merge };
}

/**
 * A save whose base version is no longer the article's: the same save arriving twice (a
 * retry, a double click) is not a conflict; anything else is refused with StaleVersionError.
 */
async function repeatedSave(tx: Db, head: Head, input: SaveInput, body: string, now: Date): Promise<SaveResult> {
  const current = currentRevisionId(head);
  const latest = current ? await loadRevision(tx, head.id, current) : undefined;
  if (
    latest &&
    latest.editorId === input.viewer.id &&
    latest.version === head.version &&
    sameFields(fieldsOfRevision(latest), { ...input.fields, body }) &&
    (input.meeting === undefined || JSON.stringify(latest.meeting ?? null) === JSON.stringify(input.meeting))
  ) {
    return { id: head.id, version: head.version, savedAt: latest.updatedAt, revisionId: latest.id, merged: true };
  }
  throw new StaleVersionError({ version: head.version, by: latest?.editor ?? '', at: latest?.updatedAt ?? now });
}

async function currentMeeting(tx: Db, head: Head): Promise<MeetingData | null> {
  const current = currentRevisionId(head);
  if (!current) return null;
  const [row] = await tx.select({ meeting: articleRevisions.meeting }).from(articleRevisions).where(eq(articleRevisions.id, current));
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
}): Promise<SaveResult & { restoredVersion: number }> {
  const { viewer, id } = input;
  requireStaff(viewer);
  const parents = await getUnitParents();
  return transaction(async (tx) => {
    const head = await viewableHead(viewer, id, parents, tx);
    if (!canEditArticle(viewer, head, parents)) throw new ForbiddenError();
    const rev = await loadRevision(tx, id, input.revisionId);
    if (!rev) throw new NotFoundError();
    const result = await saveWithin(tx, parents, {
      viewer,
      id,
      baseVersion: input.baseVersion,
      fields: fieldsOfRevision(rev),
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
    return { ...result, restoredVersion: rev.version };
  });
}
