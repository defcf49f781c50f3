'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { runAction } from '@/lib/actions';
import { createFeedToken, revokeFeedTokens } from '@/lib/dal/feeds';
import { env } from '@/lib/env';
import type { FormState } from '@/lib/forms';

/** A success of creating carries the feed's URL, shown once. */
export type FeedTokenState = FormState<Record<string, unknown>, { url: string }>;

/** The forms carry no input: the token is always the viewer's own. */
const noInput = z.unknown();

async function siteOrigin() {
  if (env.AUTH_URL) return env.AUTH_URL.replace(/\/+$/, '');
  const h = await headers();
  const host = h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') === 'https' && env.NEWSROOM_TRUST_PROXY ? 'https' : 'http';
  return `${proto}://${host}`;
}

/**
 * Creates (or replaces) the signed-in viewer's personal feed token and returns the feed URL
 * once.
 */
export async function createFeedTokenAction(): Promise<FeedTokenState> {
  return runAction({ name: 'createFeedTokenAction', schema: noInput }, null, async (_, viewer) => {
    const token = await createFeedToken({ viewer });
    return { status: 'success', data: { url: `${await siteOrigin()}/feed.xml?token=${token}` } };
  });
}

/** Revokes the signed-in viewer's feed token; it stops working on the next request. */
export async function revokeFeedTokenAction(): Promise<FeedTokenState> {
  return runAction({ name: 'revokeFeedTokenAction', schema: noInput }, null, async (_, viewer) => {
    await revokeFeedTokens({ viewer });
    return { status: 'success' };
  });
}
