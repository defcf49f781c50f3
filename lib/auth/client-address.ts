import { env } from '@/lib/env';

/**
 * The header in which each instance passes the address of the connection on to the app
 * (set by lib/server/client-address.ts for every request, replacing anything a client sent).
 */
export const CLIENT_ADDRESS_HEADER = 'x-newsroom-client-address';

/**
 * The client's address, for the audit log and the sign-in throttle. Behind a trusted
 * reverse proxy (NEWSROOM_TRUST_PROXY) it is the last address of X-Forwarded-For, the one
 * the proxy appended; a client can put anything before it. Otherwise it is the address of
 * the connection, and X-Forwarded-For is ignored.
 */
export function clientAddress(headers: Pick<Headers, 'get'>): string {
  if (env.NEWSROOM_TRUST_PROXY) {
    const forwarded = headers.get('x-forwarded-for');
    const last = forwarded
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1);
    if (last) return normalizeAddress(last);
  }
  return normalizeAddress(headers.get(CLIENT_ADDRESS_HEADER) ?? '') || 'unknown';
}

/** IPv4 addresses written as IPv6 (::ffff:10.0.0.1) are the IPv4 address; anything odd is cut short. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().slice(0, 64);
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}
