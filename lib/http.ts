import { env } from '@/lib/env';

/**
 * Route handlers do their own CSRF check (server actions get Next's): a request that
 * names an Origin must come from this host. Browsers always send Origin on POST.
 */
export function isSameOrigin(request: Request) {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = (env.NEWSROOM_TRUST_PROXY && request.headers.get('x-forwarded-host')) || request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
