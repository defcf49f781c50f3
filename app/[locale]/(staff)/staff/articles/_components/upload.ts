// Uploads a file to /api/uploads from the editor. The server decides the type from the
// file's bytes and answers with a code that is translated here.

export type UploadedFile = {
  key: string;
  kind: 'image' | 'attachment';
  name: string;
  size: number;
  mime: string;
  url: string;
  srcset: string | null;
  variants: number[];
  width: number | null;
  height: number | null;
};

const KNOWN_CODES = ['unauthorized', 'forbidden', 'too_large', 'empty', 'unsupported_type', 'bad_request', 'invalid_image'];

export async function uploadFile(
  file: File,
  purpose: 'image' | 'attachment',
  message: (code: string) => string,
): Promise<UploadedFile> {
  const body = new FormData();
  body.set('file', file);
  body.set('purpose', purpose);
  let response: Response;
  try {
    response = await fetch('/api/uploads', { method: 'POST', body, credentials: 'same-origin' });
  } catch {
    throw new Error(message('network'));
  }
  const data = (await response.json().catch(() => null)) as (UploadedFile & { code?: string }) | null;
  if (!response.ok || !data) {
    const code = data?.code && KNOWN_CODES.includes(data.code) ? data.code : response.status === 413 ? 'too_large' : 'failed';
    throw new Error(message(code));
  }
  return data;
}
