import 'server-only';
import { authenticateScim, type ScimClient } from '@/lib/dal/scim-tokens';
import { env } from '@/lib/env';
import { errorBody, SCIM_CONTENT_TYPE, ScimError } from './protocol';

// The one shape of a SCIM route handler: the bearer token checked, the JSON body read,
// the answer and every refusal in SCIM's format (application/scim+json).

const MAX_BODY = 1024 * 1024;

export type ScimContext = { client: ScimClient; request: Request; base: string; url: URL; body: () => Promise<unknown> };
export type ScimReply = { status?: number; body?: unknown };

export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { ...(body === undefined ? {} : { 'Content-Type': SCIM_CONTENT_TYPE }), 'Cache-Control': 'no-store', ...headers },
  });
}

async function readBody(request: Request): Promise<unknown> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY) throw new ScimError(413, 'The body is larger than 1 MB');
  const text = await request.text();
  if (text.length > MAX_BODY) throw new ScimError(413, 'The body is larger than 1 MB');
  try {
    return JSON.parse(text);
  } catch {
    throw new ScimError(400, 'The body is not valid JSON', 'invalidSyntax');
  }
}

export function scimHandler(run: (ctx: ScimContext) => Promise<ScimReply>) {
  return async (request: Request): Promise<Response> => {
    try {
      const client = await authenticateScim(request.headers.get('authorization'));
      if (!client) return scimJson(errorBody(new ScimError(401, 'A valid bearer token is required')), 401, { 'WWW-Authenticate': 'Bearer realm="scim"' });
      const url = new URL(request.url);
      const base = (env.AUTH_URL ?? url.origin).replace(/\/+$/, '');
      const reply = await run({ client, request, base, url, body: () => readBody(request) });
      return scimJson(reply.body, reply.status ?? 200);
    } catch (error) {
      if (error instanceof ScimError) return scimJson(errorBody(error), error.status);
      console.error('SCIM request failed:', error);
      return scimJson(errorBody(new ScimError(500, 'The request could not be completed')), 500);
    }
  };
}

/** The id segment of /scim/v2/<Resource>/<id>. */
export function lastSegment(url: URL) {
  return decodeURIComponent(url.pathname.replace(/\/+$/, '').split('/').at(-1) ?? '');
}
