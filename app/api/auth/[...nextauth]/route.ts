import type { NextRequest } from 'next/server';
import { handlers } from '@/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { OIDC_PROVIDER_ID } from '@/lib/auth/oidc';
import { clientThrottledUntil } from '@/lib/dal/sign-in';

const CREDENTIALS_CALLBACK = '/api/auth/callback/credentials';

/** A client address that failed too often gets 429 here, before any password is checked. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname === CREDENTIALS_CALLBACK) {
    const until = await clientThrottledUntil(clientAddress(request.headers));
    if (until) {
      const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
      return Response.json(
        { error: 'too_many_attempts', retryAfter: seconds },
        { status: 429, headers: { 'Retry-After': String(seconds), 'Cache-Control': 'no-store' } },
      );
    }
  }
  return ssoErrorPage(request, await handlers.POST(request));
}

export async function GET(request: NextRequest) {
  return ssoErrorPage(request, await handlers.GET(request));
}

/**
 * Auth.js reports every failure of single sign-on it does not name for clients as
 * `Configuration`. The sign-in page says which step failed: starting (the provider could
 * not be reached) or coming back (the answer, its state or its token, did not check out).
 */
function ssoErrorPage(request: NextRequest, response: Response): Response {
  const path = request.nextUrl.pathname;
  const location = response.headers.get('location');
  if (!location || !path.endsWith(`/${OIDC_PROVIDER_ID}`)) return response;
  let url: URL;
  try {
    url = new URL(location, request.nextUrl.origin);
  } catch {
    return response;
  }
  if (url.origin !== request.nextUrl.origin || !url.searchParams.has('error')) return response;
  const step = path.startsWith('/api/auth/callback/') ? 'callback' : 'unavailable';
  const error = url.searchParams.get('error');
  const target = new URL('/login', request.nextUrl.origin);
  target.searchParams.set('sso', error === 'AccessDenied' ? 'denied' : step);
  const headers = new Headers(response.headers);
  headers.set('location', target.toString());
  return new Response(null, { status: response.status, headers });
}
