import 'server-only';
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { db, schema, type Db } from '@/db/client';
import { fieldsOfRevision, snapshotOf, withLaterMeta, type ArticleInput, type RevisionMeta } from '@/lib/article-fields';
import type { Locale } from '@/lib/i18n/config';
import type { MeetingData } from '@/lib/meeting';
import { NotFoundError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import { currentRevisionId, requireStaff, viewableHead } from './article-row';
import { getMeetingKinds } from './meetings';
import { named } from './readable';
import { getUnitParents } from './units';

const { articleRevisions, categories, units, meetingSeries, users, files } = schema;

// An article's revisions: reading one, the history, the diff of two, and the reviews on
// them. Every export checks that the viewer may see the article's unpublished work.

export type RevisionRow = {
  id: number;
  version: number;
  title: string;
  summary: string;
  body: string;
  meeting: MeetingData | null;
  meta: RevisionMeta;
  editorId: number;
  editor: string;
  autosave: boolean;
  note: string | null;
  reviewOutcome: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * A revision's metadata. Every revision has it: the migrations filled it in for those saved
 * before revisions carried it (0002, 0006).
 */
export function revisionMeta(meta: RevisionMeta | null): RevisionMeta {
  if (!meta) throw new Error('A revision without metadata: apply the migrations (npm run db:migrate).');
  return withLaterMeta(meta);
}

export async function loadRevision(database: Db, articleId: number, revisionId: number): Promise<RevisionRow | undefined> {
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
  return row && { ...row, meta: revisionMeta(row.meta) };
}

/** The editable fields of a revision. */
export const revisionFields = (rev: RevisionRow): ArticleInput => fieldsOfRevision(rev);

export type FileRef = { key: string; name: string; size: number; mime: string; url: string; thumbnail: string | null };

/** The uploaded files of `keys`, for the staff pages; keys of files that are gone are left out. */
export async function fileRefs(keys: string[]): Promise<Map<string, FileRef>> {
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

/** The keys of a revision's cover and attachments. */
export const fileKeysOf = (meta: Pick<RevisionMeta, 'coverKey' | 'attachments'>) => [...(meta.coverKey ? [meta.coverKey] : []), ...meta.attachments];

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
  const names = await nameLookup(locale);
  const { htmlToParagraphs } = await import('@/lib/sanitize');
  const snapshot = async (rev: RevisionRow): Promise<RevisionSnapshot> => {
    const refs = await fileRefs(fileKeysOf(rev.meta));
    const fields = snapshotOf(revisionFields(rev), {
      category: (cid) => names.category.get(cid) ?? '',
      unit: (uid) => names.unit.get(uid) ?? '',
      series: (sid) => names.series.get(sid) ?? '',
      file: (key) => refs.get(key)?.name ?? key,
      text: htmlToParagraphs,
    });
    return {
      id: rev.id,
      version: rev.version,
      editor: rev.editor,
      at: rev.updatedAt,
      fields: { ...fields, meeting: rev.meeting ? meetingText(rev.meeting, names.kind.get(rev.meeting.kind) ?? rev.meeting.kind) : '' },
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
  const pick = (r: { id: number; nameEn: string; nameZh: string }) => [r.id, named(locale, r)] as const;
  const [c, u, s, k] = await Promise.all([
    db.select({ id: categories.id, nameEn: categories.nameEn, nameZh: categories.nameZh }).from(categories),
    db.select({ id: units.id, nameEn: units.nameEn, nameZh: units.nameZh }).from(units),
    db.select({ id: meetingSeries.id, nameEn: meetingSeries.nameEn, nameZh: meetingSeries.nameZh }).from(meetingSeries),
    getMeetingKinds(),
  ]);
  return {
    category: new Map(c.map(pick)),
    unit: new Map(u.map(pick)),
    series: new Map(s.map(pick)),
    kind: new Map(k.map((r) => [r.code, named(locale, r)] as const)),
  };
}

export type ReviewNote = { outcome: string; comment: string | null; reviewer: string; at: Date; version: number };

/** The latest review of the article's revisions (for the editor to see). Staff who may see the article. */
export async function getLatestReview(input: { viewer: Viewer; id: number }): Promise<ReviewNote | null> {
  await viewableHead(input.viewer, input.id, await getUnitParents());
  const [row] = await db
    .select({
      outcome: articleRevisions.reviewOutcome,
      comment: articleRevisions.reviewComment,
      reviewer: users.name,
      at: articleRevisions.reviewedAt,
      version: articleRevisions.version,
    })
    .from(articleRevisions)
    .innerJoin(users, eq(users.id, articleRevisions.reviewerId))
    .where(and(eq(articleRevisions.articleId, input.id), isNotNull(articleRevisions.reviewOutcome)))
    .orderBy(desc(articleRevisions.reviewedAt))
    .limit(1);
  return row && row.outcome && row.at ? { ...row, outcome: row.outcome, at: row.at } : null;
}

/**
 * The revision to compare a submitted one with: the live revision, or for a first
 * publication the last reviewed revision, else none. Staff who may see the article.
 */
export async function getReviewBase(input: { viewer: Viewer; id: number }): Promise<{ from: number | null; to: number | null }> {
  const head = await viewableHead(input.viewer, input.id, await getUnitParents());
  const to = currentRevisionId(head);
  if (head.liveRevisionId !== null && head.liveRevisionId !== to) return { from: head.liveRevisionId, to };
  const [reviewed] = await db
    .select({ id: articleRevisions.id })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, input.id), isNotNull(articleRevisions.reviewOutcome), sql`${articleRevisions.id} <> ${to ?? 0}`))
    .orderBy(desc(articleRevisions.version))
    .limit(1);
  // Never published nor reviewed before: all of it is new, and comparing two drafts
  // nobody has seen (an autosave and the save after it) would say nothing.
  return { from: reviewed?.id ?? null, to };
}
