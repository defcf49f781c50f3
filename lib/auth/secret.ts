import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

/** Where `npm start` keeps the session secret it generated, when AUTH_SECRET is not set. */
export const AUTH_SECRET_FILE = path.join(process.cwd(), 'data', 'auth-secret');

let secret: string | undefined | null = null;

/**
 * The secret that signs and encrypts sessions: AUTH_SECRET, or else the one `npm start`
 * generated once and keeps in data/auth-secret (scripts/start.ts). Undefined when neither
 * exists, which denies every session.
 */
export function authSecret(): string | undefined {
  if (secret === null) {
    const kept = existsSync(AUTH_SECRET_FILE) ? readFileSync(AUTH_SECRET_FILE, 'utf8').trim() : '';
    secret = env.AUTH_SECRET ?? (kept.length >= 32 ? kept : undefined);
  }
  return secret;
}
