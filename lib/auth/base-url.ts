import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

/** The portal's public address: AUTH_URL, or the address of this request (its proxy's, when trusted). */
export async function portalBaseUrl(): Promise<string> {
  if (env.AUTH_URL) return env.AUTH_URL.replace(/\/+$/, '');
  const h = await headers();
  const host = (env.NEWSROOM_TRUST_PROXY && h.get('x-forwarded-host')) || h.get('host') || 'localhost';
  const proto = env.NEWSROOM_TRUST_PROXY && h.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}
