import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { getViewer } from '@/lib/auth/session';
import { recordView } from '@/lib/dal/views';
import { isSameOrigin } from '@/lib/http';

const VISITOR_COOKIE = 'nr_vid';
const input = z.object({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Counts a page view reported by the article page in a browser (components/reader/view-counter). */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ error: 'Cross-origin request refused.' }, { status: 403 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: 'Expected a JSON body like {"id": 42}.' }, { status: 400 });
  }
  const parsed = input.safeParse(body);
  if (!parsed.success) return Response.json({ error: 'Expected a JSON body like {"id": 42}.' }, { status: 400 });

  const jar = await cookies();
  let visitorId = jar.get(VISITOR_COOKIE)?.value ?? null;
  if (visitorId && !/^[0-9a-f-]{36}$/.test(visitorId)) visitorId = null;
  const viewer = await getViewer();
  if (!viewer && !visitorId) {
    visitorId = randomUUID();
    jar.set(VISITOR_COOKIE, visitorId, { httpOnly: true, sameSite: 'lax', path: '/api/views', maxAge: 60 * 60 * 24 });
  }
  const result = await recordView({ viewer, articleId: parsed.data.id, visitorId });
  if (!result) return Response.json({ error: 'Not found.' }, { status: 404 });
  return Response.json(
    { views: result.views, readers: result.readers, counted: result.counted },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
