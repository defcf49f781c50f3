// Routing only: this file makes no security decision. It picks the locale (NEXT_LOCALE
// cookie, then Accept-Language) and rewrites each page into /[locale]/..., and it sends
// visitors without a session cookie to the static "guest" tree of the readers' pages,
// which only ever shows public, published news. Every permission is checked again on the
// server by lib/dal, so a request that skips this proxy gets nothing more.
import { type NextRequest, NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { chooseLocale, LOCALE_COOKIE } from '@/lib/i18n/config';

const SESSION_COOKIES = ['newsroom.session', '__Host-newsroom.session'];

// Readers' pages that have a static twin for anonymous visitors.
const GUEST_PAGES = /^\/(?:about|news(?:\/.*)?)?$/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // The default language an admin chose in the console, once the app has read it; else the environment's.
  const fallback = (globalThis as { __newsroomDefaultLocale?: 'en' | 'zh' }).__newsroomDefaultLocale ?? env.NEWSROOM_DEFAULT_LOCALE;
  const locale = chooseLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'), fallback);
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));

  if (pathname.startsWith('/staff') && !hasSession) {
    const login = request.nextUrl.clone();
    login.pathname = '/login';
    login.search = '';
    login.searchParams.set('callbackUrl', pathname + search);
    return NextResponse.redirect(login);
  }

  const guest = !hasSession && GUEST_PAGES.test(pathname);
  // Clone nextUrl rather than parsing request.url: it keeps the origin Next treats as its
  // own, so the rewrite stays internal whatever address the server is bound to.
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}${guest ? '/guest' : ''}${pathname === '/' ? '' : pathname}`;
  const response = NextResponse.rewrite(target);
  // The same URL answers differently by language and session: no shared cache may mix them.
  response.headers.set('Vary', 'Cookie, Accept-Language');
  return response;
}

export const config = {
  matcher: ['/((?!api/|scim/|_next/|files/|favicon.ico|robots.txt|.*\\.[a-zA-Z0-9]{2,5}$).*)'],
};
