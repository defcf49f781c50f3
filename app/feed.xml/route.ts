import type { NextRequest } from 'next/server';
import { feedResponse } from '@/lib/feeds/handler';

export const dynamic = 'force-dynamic';

/** The Atom feed of published public news; with ?token=, a personal feed (see /settings). */
export function GET(request: NextRequest) {
  return feedResponse(request);
}
