import { env } from '@/lib/env';

/**
 * Route handlers do their own CSRF check (server actions get Next's): a request that
 * names an Origin must come from this host. Browsers always send Origin on POST.
 */
export function isSameOrigin(request: Request) {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = (env.NEWSROOM_TRUST_PROXY && request.headers.get('x-forwarded-host')) || request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

class BodyTooLarge extends Error {}

/** The request body, cut off with an error as soon as it passes `max` bytes (Content-Length may lie). */
function limited(body: ReadableStream<Uint8Array>, max: number): ReadableStream<Uint8Array> {
  let total = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > max) controller.error(new BodyTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}

/** Why a multipart/form-data body was not read: another type, over the size given, or malformed. */
export type MultipartFailure = 'not_multipart' | 'too_large' | 'unreadable';

/**
 * Reads a multipart/form-data body of at most `max` bytes, refusing a larger one as soon as
 * it says so (Content-Length) or passes the limit while streaming, before it is buffered.
 */
export async function readMultipart(request: Request, max: number): Promise<{ form: FormData } | { failure: MultipartFailure }> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(contentType) || !request.body) return { failure: 'not_multipart' };
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) return { failure: 'too_large' };
  try {
    return { form: await new Response(limited(request.body, max), { headers: { 'content-type': contentType } }).formData() };
  } catch (error) {
    const tooLarge = error instanceof BodyTooLarge || (error as { cause?: unknown })?.cause instanceof BodyTooLarge;
    return { failure: tooLarge ? 'too_large' : 'unreadable' };
  }
}
