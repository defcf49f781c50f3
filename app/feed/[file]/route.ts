import type { NextRequest } from 'next/server';
import { feedResponse } from '@/lib/feeds/handler';

export const dynamic = 'force-dynamic';

/** The Atom feed of one category: /feed/<category>.xml, public or (with ?token=) personal. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const m = /^(.+)\.xml$/.exec(file);
  if (!m) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return feedResponse(request, m[1]);
}
