import 'server-only';
import { decode } from 'next-auth/jwt';
import { SESSION_COOKIE } from './cookies';
import { authSecret } from './secret';

// The session cookie is the JWT that Auth.js issued at sign-in (auth.ts), decrypted and
// checked here with Auth.js's own decoder. Decrypting derives the key (HKDF) every time,
// so the claims of tokens seen recently are kept: the same token string always carries
// the same claims, and its expiry is checked again on every use. This module reads no
// request state, so the proxy and the pages share it.

export type SessionClaims = { userId: number; sessionVersion: number };

const MAX_TOKENS = 10_000;
// Auth.js's decoder allows 15 seconds of clock skew; so does the cache.
const CLOCK_TOLERANCE_MS = 15_000;
const seen = new Map<string, { claims: SessionClaims; expiresAt: number }>();

/** The user id and session version a session token carries, or null if it does not decode or has expired. */
export async function decodeSessionToken(token: string | undefined): Promise<SessionClaims | null> {
  // A missing secret must deny, never allow.
  const secret = authSecret();
  if (!token || !secret) return null;
  const hit = seen.get(token);
  if (hit) {
    if (Date.now() <= hit.expiresAt) return hit.claims;
    seen.delete(token);
    return null;
  }
  // Not a compact JWE (five base64url parts): nothing to decrypt, and no key to derive.
  if (!/^[\w-]+\.[\w-]*\.[\w-]+\.[\w-]+\.[\w-]+$/.test(token) || token.length > 8192) return null;
  let payload: { sub?: unknown; sv?: unknown; exp?: unknown } | null;
  try {
    payload = await decode({ token, secret, salt: SESSION_COOKIE });
  } catch {
    return null;
  }
  const userId = Number(payload?.sub);
  const sessionVersion = payload?.sv;
  if (!payload?.sub || !Number.isSafeInteger(userId) || userId <= 0 || typeof sessionVersion !== 'number') return null;
  if (!Number.isSafeInteger(sessionVersion)) return null;
  const claims = { userId, sessionVersion };
  if (typeof payload.exp === 'number') {
    if (seen.size >= MAX_TOKENS) seen.delete(seen.keys().next().value as string);
    seen.set(token, { claims, expiresAt: payload.exp * 1000 + CLOCK_TOLERANCE_MS });
  }
  return claims;
}
