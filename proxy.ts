// Routing only. It picks the locale (NEXT_LOCALE cookie, then Accept-Language) and
// rewrites each page into /[locale]/..., and it sends each request for a reader's page to
// the rendering it may be given:
//   - visitors without a session, or with a session cookie that does not hold, to the
//     static "guest" tree, which only ever shows public, published news;
//   - signed-in employees without a staff role to the members' shared pages (rendered once
//     per page, language and audience; lib/server/member-pages.ts), as the data layer
//     decides on this very request (audienceOfSession, lib/dal/session-viewer.ts);
//   - staff, and every other page, to the pages rendered per request.
// Every permission is checked again on the server by lib/dal, so a request that skips
// this proxy gets nothing more: the guest tree shows public news only, the members'
// pages cannot be addressed without this process's key, and the rest reads the session.
import { type NextRequest, NextResponse } from 'next/server';
import { audienceOfSession } from '@/lib/dal/session-viewer';
import { SESSION_COOKIE } from '@/lib/auth/cookies';
import { env } from '@/lib/env';
import { chooseLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { MEMBER_PAGES_SEGMENT, memberPagePath, memberPagesKey } from '@/lib/server/member-pages';

const SESSION_COOKIES = ['newsroom.session', '__Host-newsroom.session'];

// Readers' pages that have a static twin for anonymous visitors.
const GUEST_PAGES = /^\/(?:about|news(?:\/.*)?)?$/;
// Paths that lead into the members' shared pages when rewritten: no request names them.
const MEMBER_PAGES = new RegExp(`^/${MEMBER_PAGES_SEGMENT}(?:/|$)`);

export async function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
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

  // Clone nextUrl rather than parsing request.url: it keeps the origin Next treats as its
  // own, so the rewrite stays internal whatever address the server is bound to.
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}${pathname === '/' ? '' : pathname}`;
  let sharedByMembers = false;
  if (MEMBER_PAGES.test(pathname)) {
    target.pathname = `/${locale}/not-found`;
  } else if (GUEST_PAGES.test(pathname)) {
    const audience = hasSession ? await audienceOfSession(request.cookies.get(SESSION_COOKIE)?.value) : 'guest';
    const memberPage = audience === 'member' ? memberPagePath(pathname, searchParams) : null;
    if (audience === 'guest') {
      target.pathname = `/${locale}/guest${pathname === '/' ? '' : pathname}`;
    } else if (memberPage !== null) {
      target.pathname = `/${locale}/${MEMBER_PAGES_SEGMENT}/${memberPagesKey()}${memberPage}`;
      target.search = '';
      sharedByMembers = true;
    }
  }
  const response = NextResponse.rewrite(target);
  // The same URL answers differently by language and session: no shared cache may mix them.
  response.headers.set('Vary', 'Cookie, Accept-Language');
  // A page shared by signed-in readers is cached here, never by a browser or proxy on the
  // way (Next would mark it shared-cacheable, like the guest pages).
  if (sharedByMembers) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: ['/((?!api/|scim/|_next/|files/|favicon.ico|robots.txt|.*\\.[a-zA-Z0-9]{2,5}$).*)'],
};
