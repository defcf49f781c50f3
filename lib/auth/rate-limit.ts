import 'server-only';
import { env } from '@/lib/env';

// Failed sign-ins per account, kept in memory. Each instance counts its own; behind a
// load balancer the limit is per instance, which still caps guessing at a slow pace.
const WINDOW_MS = 15 * 60 * 1000;
const failures = new Map<string, { count: number; first: number }>();

function entry(key: string, now: number) {
  const e = failures.get(key);
  if (!e || now - e.first > WINDOW_MS) return undefined;
  return e;
}

export function isLockedOut(key: string, now = Date.now()) {
  const e = entry(key, now);
  return !!e && e.count >= env.NEWSROOM_LOGIN_MAX_FAILURES;
}

export function recordFailure(key: string, now = Date.now()) {
  const e = entry(key, now);
  if (e) e.count++;
  else failures.set(key, { count: 1, first: now });
  if (failures.size > 100_000) {
    for (const [k, v] of failures) if (now - v.first > WINDOW_MS) failures.delete(k);
  }
}

export function clearFailures(key: string) {
  failures.delete(key);
}
