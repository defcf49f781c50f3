import { getViewer } from '@/lib/auth/session';
import { getFileForViewer } from '@/lib/dal/files';
import { isFileKey } from '@/lib/uploads/keys';
import { contentDisposition } from '@/lib/uploads/names';
import { parseWidth } from '@/lib/uploads/urls';

export const runtime = 'nodejs';

// Uploaded files are served from our own origin, so they are locked down as if hostile:
// the stored type only, no sniffing, no scripts (sandbox), nothing loaded from them, and
// everything but images downloaded rather than opened.
const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
const CSP_IMAGE = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";
const CSP_OTHER = "sandbox; default-src 'none'";
// Private copies may be reused by the same browser for a while; shared caches get only files
// that anyone may read, briefly, so a retracted article's files go away soon.
const CACHE = { private: 'private, max-age=300', public: 'public, max-age=60' } as const;

function notFound() {
  return new Response('Not found.', {
    status: 404,
    headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** The bytes of an uploaded file, to whoever may read it (lib/dal/files decides); 404 otherwise. */
export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  if (!isFileKey(key)) return notFound();
  const viewer = await getViewer();
  const width = parseWidth(new URL(request.url).searchParams.get('w'));
  const file = await getFileForViewer({ viewer, key, width });
  if (!file) return notFound();

  const image = file.kind === 'image';
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    'Content-Type': file.mime,
    'Content-Security-Policy': image ? CSP_IMAGE : CSP_OTHER,
    'Content-Disposition': contentDisposition(image ? 'inline' : 'attachment', file.downloadName),
    'Cache-Control': CACHE[file.cache],
    ETag: file.etag,
  };
  const validators = request.headers.get('if-none-match');
  if (validators && validators.split(',').some((v) => v.trim().replace(/^W\//, '') === file.etag || v.trim() === '*')) {
    return new Response(null, { status: 304, headers });
  }
  const object = await file.open();
  if (!object) {
    console.error(`Stored bytes missing for file ${file.key}`);
    return notFound();
  }
  return new Response(object.stream, { headers: { ...headers, 'Content-Length': String(object.size) } });
}
