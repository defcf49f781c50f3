import { randomBytes, timingSafeEqual } from 'node:crypto';

// The readers' pages shared by every signed-in employee without a staff role live under
// app/[locale]/members/[key]: rendered once per page, language and audience, and cached
// like the guest pages. Only proxy.ts sends requests there, after asking the data layer
// (audienceOfSession) on that very request; it refuses any request addressed to them
// directly. The key is a random value drawn once per server process, so those pages
// cannot be addressed from outside even past the proxy. The proxy and the pages are
// bundled apart but run in one process, so they share the key through globalThis.

const holder = globalThis as { __newsroomMemberPagesKey?: string };

/** This process's key of the members' shared pages. */
export function memberPagesKey(): string {
  holder.__newsroomMemberPagesKey ??= randomBytes(24).toString('base64url');
  return holder.__newsroomMemberPagesKey;
}

/** Whether `key` is this process's key, compared in constant time. */
export function isMemberPagesKey(key: string): boolean {
  const expected = Buffer.from(memberPagesKey());
  const given = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The first path segment of the members' shared pages, which no request may name. */
export const MEMBER_PAGES_SEGMENT = 'members';

/**
 * The path under /[locale]/members/[key] of a reader's page (one that has a guest twin), or
 * null when it has none: a list's page number goes into the path, so that each page of a
 * list is cached on its own, and a query the shared pages cannot answer (a page number
 * given twice, or not a number) leaves the request to the page rendered per request.
 */
export function memberPagePath(pathname: string, searchParams: URLSearchParams): string | null {
  const list = pathname === '/news' ? ['list'] : /^\/news\/category\/([^/]+)$/.exec(pathname);
  if (list) {
    const pages = searchParams.getAll('page');
    const page = pages.length === 0 ? '1' : pages[0];
    if (pages.length > 1 || !/^[1-9]\d{0,5}$/.test(page)) return null;
    return list[0] === 'list' ? `/list/${page}` : `/category/${list[1]}/${page}`;
  }
  return pathname === '/' ? '' : pathname;
}
