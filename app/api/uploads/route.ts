import { getViewer } from '@/lib/auth/session';
import { createUpload, maxUploadBytes } from '@/lib/dal/files';
import { ForbiddenError, UnauthorizedError } from '@/lib/errors';
import { isSameOrigin, readMultipart } from '@/lib/http';
import { isStaff } from '@/lib/permissions';
import { tooLarge, UPLOAD_ERROR_STATUS, UploadError, type UploadErrorCode } from '@/lib/uploads/errors';

export const runtime = 'nodejs';

/** Room for the multipart framing around the file: boundaries, part headers, the purpose field. */
const FORM_OVERHEAD = 64 * 1024;

type ErrorBody = { code: UploadErrorCode | 'internal'; message: string };

function refuse(code: ErrorBody['code'], message: string, status?: number) {
  return Response.json({ code, message } satisfies ErrorBody, {
    status: status ?? (code === 'internal' ? 500 : UPLOAD_ERROR_STATUS[code]),
    headers: { 'Cache-Control': 'no-store' },
  });
}

/**
 * Uploads one file for the article editor: multipart/form-data with `file` and `purpose`
 * ('image' or 'attachment'). 201 with the file's description, or { code, message }.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return refuse('forbidden', 'Cross-origin request refused.');
  const viewer = await getViewer();
  if (!viewer) return refuse('unauthorized', 'Please sign in.');
  if (!isStaff(viewer)) return refuse('forbidden', 'Only editors may upload files.');

  const maxBytes = maxUploadBytes();
  const body = await readMultipart(request, maxBytes + FORM_OVERHEAD);
  if ('failure' in body) {
    if (body.failure === 'too_large') return refuse('too_large', tooLarge(maxBytes).message);
    if (body.failure === 'not_multipart') return refuse('bad_request', 'Send the file as multipart/form-data.');
    return refuse('bad_request', 'The upload could not be read. Please try again.');
  }
  const { form } = body;
  const file = form.get('file');
  const purpose = form.get('purpose');
  if (!(file instanceof Blob)) return refuse('bad_request', 'Choose a file to upload.');
  if (purpose !== 'image' && purpose !== 'attachment') return refuse('bad_request', 'Unknown upload purpose.');

  try {
    const uploaded = await createUpload({
      viewer,
      purpose,
      name: file instanceof File ? file.name : '',
      type: file.type,
      file,
      maxBytes,
    });
    return Response.json(uploaded, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (error instanceof UploadError) return refuse(error.code, error.message);
    if (error instanceof UnauthorizedError) return refuse('unauthorized', 'Please sign in.');
    if (error instanceof ForbiddenError) return refuse('forbidden', 'Only editors may upload files.');
    console.error('Upload failed', error);
    return refuse('internal', 'The file could not be stored. Please try again.');
  }
}
