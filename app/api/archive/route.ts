import { z } from 'zod';
import { ARCHIVE_LIMITS, ArchiveError, extensionOf, filesOfZip, isListed, type ArchiveFile } from '@/lib/archive/files';
import { getViewer } from '@/lib/auth/session';
import { importArchive } from '@/lib/dal/archive';
import { AppError } from '@/lib/errors';
import { isSameOrigin, readMultipart } from '@/lib/http';
import { isAdmin } from '@/lib/permissions';

export const runtime = 'nodejs';

// The archive import of the admin page: multipart/form-data with the chosen files (a ZIP, or
// the .txt, .html and .docx files of a folder, named by their path in it) and the options.
// Answers with what each file became, or { code } for the page to say in its language.

const optionsSchema = z.object({
  categoryId: z.coerce.number().int().positive(),
  sourceUnitId: z.preprocess((v) => (v === '' || v === null ? null : v), z.coerce.number().int().positive().nullable()),
  visibility: z.enum(['internal', 'public']),
  publish: z.enum(['draft', 'published']).transform((v) => v === 'published'),
  dryRun: z.enum(['0', '1']).transform((v) => v === '1'),
});

const refuse = (code: string, status: number) => Response.json({ code }, { status, headers: { 'Cache-Control': 'no-store' } });

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return refuse('forbidden', 403);
  const viewer = await getViewer();
  if (!viewer) return refuse('session_ended', 401);
  if (!isAdmin(viewer)) return refuse('forbidden', 403);
  const body = await readMultipart(request, ARCHIVE_LIMITS.totalBytes + 1024 * 1024);
  if ('failure' in body) return body.failure === 'too_large' ? refuse('archive_too_large', 413) : refuse('bad_request', 400);
  const { form } = body;
  const parsed = optionsSchema.safeParse(Object.fromEntries(['categoryId', 'sourceUnitId', 'visibility', 'publish', 'dryRun'].map((k) => [k, form.get(k)])));
  if (!parsed.success) return refuse('bad_request', 400);
  const uploads = form.getAll('files').filter((f): f is File => f instanceof File && f.size >= 0 && f.name !== '');
  if (uploads.length === 0) return refuse('archive_empty', 400);
  if (uploads.length > ARCHIVE_LIMITS.files) return refuse('archive_too_many', 400);

  const files: ArchiveFile[] = [];
  try {
    for (const upload of uploads) {
      const name = upload.name.replace(/\\/g, '/').replace(/^\/+/, '');
      if (!isListed(name)) continue;
      if (upload.size > ARCHIVE_LIMITS.fileBytes) files.push({ name, bytes: new Uint8Array(0), tooLarge: true });
      else if (extensionOf(name) === '.zip') {
        const inner = await filesOfZip(new Uint8Array(await upload.arrayBuffer()));
        files.push(...(uploads.length > 1 ? inner.map((f) => ({ ...f, name: `${name}/${f.name}` })) : inner));
      } else files.push({ name, bytes: new Uint8Array(await upload.arrayBuffer()) });
    }
  } catch (error) {
    if (error instanceof ArchiveError) return refuse(`archive_${error.reason}`, 400);
    throw error;
  }
  if (files.length > ARCHIVE_LIMITS.files) return refuse('archive_too_many', 400);

  try {
    const report = await importArchive({ viewer, files, options: parsed.data });
    return Response.json(
      {
        dryRun: report.dryRun,
        publish: report.publish,
        counts: report.counts,
        entries: report.entries.map((e) => ({
          file: e.file,
          status: e.status,
          kind: e.kind,
          reason: e.reason,
          error: e.error,
          articleId: e.articleId,
          title: e.article?.title ?? '',
          language: e.article?.language ?? null,
          originalDate: e.article?.originalDate ?? '',
          startingViews: e.article?.startingViews ?? 0,
          speeches: e.speeches,
          unparsed: e.unparsed,
        })),
      },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    if (error instanceof AppError && error.kind !== 'internal' && error.kind !== 'unavailable') return refuse(error.code, 400);
    console.error('Archive import failed:', error instanceof Error ? error.message : error);
    return refuse('failed', 500);
  }
}
