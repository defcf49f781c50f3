'use server';

import { headers } from 'next/headers';
import { getViewer } from '@/lib/auth/session';
import { createFeedToken, revokeFeedTokens } from '@/lib/dal/feeds';
import { env } from '@/lib/env';

export type FeedTokenState = { status: 'idle' | 'created' | 'revoked' | 'error'; url?: string };

async function siteOrigin() {
  if (env.AUTH_URL) return env.AUTH_URL.replace(/\/+$/, '');
  const h = await headers();
  const host = h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') === 'https' && env.NEWSROOM_TRUST_PROXY ? 'https' : 'http';
  return `${proto}://${host}`;
}

/**
 * Creates (or replaces) the signed-in viewer's personal feed token and returns the feed URL
 * once. The form carries no input: the token is always the viewer's own.
 */
export async function createFeedTokenAction(): Promise<FeedTokenState> {
  const viewer = await getViewer();
  if (!viewer) return { status: 'error' };
  const token = await createFeedToken({ viewer });
  return { status: 'created', url: `${await siteOrigin()}/feed.xml?token=${token}` };
}

/** Revokes the signed-in viewer's feed token; it stops working on the next request. */
export async function revokeFeedTokenAction(): Promise<FeedTokenState> {
  const viewer = await getViewer();
  if (!viewer) return { status: 'error' };
  await revokeFeedTokens({ viewer });
  return { status: 'revoked' };
}
