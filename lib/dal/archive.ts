import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { db, schema, transaction } from '@/db/client';
import { articleInputSchema } from '@/lib/article-fields';
import { textOfFile, type ArchiveFile } from '@/lib/archive/files';
import { markRepeats, planFile, type PlanEntry } from '@/lib/archive/plan';
import { env } from '@/lib/env';
import { AppError, ForbiddenError, ValidationError, type ErrorCode } from '@/lib/errors';
import { normalizeMeeting } from '@/lib/meeting';
import { isAdmin, type Viewer } from '@/lib/permissions';
import { invalidatePublicPages } from '@/lib/server/page-cache';
import { utcToZonedInput } from '@/lib/time';
import { loadHead } from './article-row';
import { createArticle } from './article-save';
import { writeAudit } from './audit';
import { getViewerForSession } from './users';
import { invalidateReadModels } from './memo';
import { getUnitParents } from './units';
import { applyMove } from './workflow';

const { archiveImports, categories, meetingKinds, units, users } = schema;

// The archive import: a company's years of published reports brought in at once, as drafts
// or as published articles dated to their original day. Admins only. Every file is planned
// first (lib/archive/plan.ts); a dry run stops there. A file whose content was imported
// before (archive_imports, by content hash) is never imported again, by the command line or
// the admin page, even when two imports run at the same time.

export type ArchiveOptions = {
  categoryId: number;
  sourceUnitId: number | null;
  visibility: 'internal' | 'public';
  /** Publish each article dated to its original day, rather than leave it a draft. */
  publish: boolean;
  dryRun: boolean;
};

export type ArchiveStatus = 'would_import' | 'imported' | 'already_imported' | 'skipped' | 'failed';

export type ArchiveOutcome = PlanEntry & { status: ArchiveStatus; articleId: number | null; error: ErrorCode | null };

export type ArchiveReport = { entries: ArchiveOutcome[]; counts: Record<ArchiveStatus, number>; dryRun: boolean; publish: boolean };

/** Articles made from files already imported, by content hash. */
async function knownHashes(hashes: string[]) {
  const known = new Map<string, number | null>();
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await db
      .select({ hash: archiveImports.contentHash, articleId: archiveImports.articleId })
      .from(archiveImports)
      .where(inArray(archiveImports.contentHash, hashes.slice(i, i + 500)));
    for (const r of rows) known.set(r.hash, r.articleId);
  }
  return known;
}

async function checkOptions(options: ArchiveOptions) {
  const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, options.categoryId));
  if (!category) throw new ValidationError('category_missing');
  if (options.sourceUnitId !== null && !(await getUnitParents()).has(options.sourceUnitId)) throw new ValidationError('unit_missing');
}

/** Plans every file, and unless it is a dry run, imports the new ones. Admins only. */
export async function importArchive(input: { viewer: Viewer; files: ArchiveFile[]; options: ArchiveOptions; now?: Date }): Promise<ArchiveReport> {
  const { viewer, files, options } = input;
  if (!isAdmin(viewer)) throw new ForbiddenError();
  await checkOptions(options);
  const now = input.now ?? new Date();
  const today = utcToZonedInput(now, env.NEWSROOM_TIME_ZONE).slice(0, 10);
  const planned: PlanEntry[] = [];
  for (const file of files) planned.push(planFile(file.name, await textOfFile(file), today));
  const entries = markRepeats(planned);
  const known = await knownHashes(entries.map((e) => e.hash).filter(Boolean));
  const kinds = (await db.select({ code: meetingKinds.code }).from(meetingKinds)).map((k) => k.code);

  const outcomes: ArchiveOutcome[] = [];
  for (const entry of entries) {
    const base = { ...entry, articleId: null, error: null };
    if (entry.kind === 'skipped' || !entry.article) outcomes.push({ ...base, status: 'skipped' });
    else if (known.has(entry.hash)) outcomes.push({ ...base, status: 'already_imported', articleId: known.get(entry.hash) ?? null });
    else if (options.dryRun) outcomes.push({ ...base, status: 'would_import' });
    else outcomes.push(await importOne(viewer, entry, options, kinds, now));
  }
  const counts = { would_import: 0, imported: 0, already_imported: 0, skipped: 0, failed: 0 };
  for (const o of outcomes) counts[o.status]++;
  if (!options.dryRun && counts.imported > 0) {
    await writeAudit(db, {
      actorId: viewer.id,
      action: 'archive.import',
      entityType: 'archive',
      data: { files: files.length, ...counts, publish: options.publish },
    });
    invalidateReadModels();
    if (options.publish) invalidatePublicPages();
  }
  return { entries: outcomes, counts, dryRun: options.dryRun, publish: options.publish };
}

/** Imports one planned file: claims its hash, creates the draft, and publishes it if asked. */
async function importOne(viewer: Viewer, entry: PlanEntry, options: ArchiveOptions, kinds: string[], now: Date): Promise<ArchiveOutcome> {
  const article = entry.article!;
  const [claim] = await db
    .insert(archiveImports)
    .values({ contentHash: entry.hash, fileName: entry.file.slice(0, 500), importedBy: viewer.id })
    .onConflictDoNothing()
    .returning({ id: archiveImports.id });
  // Another import took this content in the meantime.
  if (!claim) return { ...entry, status: 'already_imported', articleId: null, error: null };
  let id: number | null = null;
  try {
    const fields = articleInputSchema.parse({
      title: article.title,
      summary: article.summary,
      body: article.bodyHtml,
      categoryId: options.categoryId,
      sourceUnitId: options.sourceUnitId,
      sourceText: article.sourceText,
      language: article.language,
      translationId: null,
      seriesId: null,
      visibility: options.visibility,
      pinned: false,
      featured: false,
      mustRead: false,
      tags: [],
      coverKey: null,
      attachments: [],
      originalDate: article.originalDate,
      startingViews: article.startingViews,
    });
    const meeting = article.meeting && normalizeMeeting({ ...article.meeting, kind: kindFor(article.meeting.kind, kinds) }).meeting;
    id = (await createArticle({ viewer, fields, meeting })).id;
    await db.update(archiveImports).set({ articleId: id }).where(eq(archiveImports.id, claim.id));
    if (options.publish) {
      await transaction(async (tx) => {
        const head = await loadHead(tx, id!);
        if (!head) throw new AppError('not_found');
        await applyMove(tx, head, 'import', { actorId: viewer.id, now, data: { file: entry.file } });
      });
    }
    return { ...entry, status: 'imported', articleId: id, error: null };
  } catch (error) {
    // A draft that was created stays, and stays recognised; otherwise the file may be tried again.
    if (id === null) await db.delete(archiveImports).where(and(eq(archiveImports.id, claim.id), eq(archiveImports.contentHash, entry.hash)));
    const code: ErrorCode = error instanceof AppError ? error.code : 'failed';
    if (!(error instanceof AppError)) console.error(`Archive import of ${entry.file} failed:`, error instanceof Error ? error.message : error);
    return { ...entry, status: 'failed', articleId: id, error: code };
  }
}

/** A meeting kind the portal has: the importer's guess, else "other", else the first kind. */
const kindFor = (kind: string, kinds: string[]) => (kinds.includes(kind) ? kind : kinds.includes('other') ? 'other' : (kinds[0] ?? kind));

/**
 * What the command line names, as ids: the admin who imports (the author of the articles), the
 * category by slug and the source unit by code.
 */
export async function archiveTargets(input: { email: string; category: string; unit: string | null }) {
  const [user] = await db.select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, input.email.trim().toLowerCase()));
  const viewer = user ? await getViewerForSession(user.id, user.sv) : null;
  if (!viewer) throw new AppError('unknown_user', { email: input.email });
  const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, input.category));
  if (!category) throw new ValidationError('category_missing');
  let sourceUnitId: number | null = null;
  if (input.unit) {
    const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, input.unit));
    if (!unit) throw new ValidationError('unknown_unit', { code: input.unit });
    sourceUnitId = unit.id;
  }
  return { viewer, categoryId: category.id, sourceUnitId };
}
