import 'server-only';
import type { NextRequest } from 'next/server';
import { createTranslator } from 'next-intl';
import { getFeedEntries, getViewerForFeedToken } from '@/lib/dal/feeds';
import { env } from '@/lib/env';
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh.json';
import { articlePath } from '@/lib/utils';
import { renderAtom } from './atom';

const PUBLIC_CACHE = 'public, max-age=300, stale-while-revalidate=600';
const PRIVATE_CACHE = 'private, no-store';
const SLUG = /^[a-z0-9-]{1,80}$/;

function origin(request: NextRequest) {
  return (env.AUTH_URL ?? request.nextUrl.origin).replace(/\/+$/, '');
}

function localeOf(request: NextRequest, fallback?: Locale): Locale {
  const lang = request.nextUrl.searchParams.get('lang');
  if (isLocale(lang)) return lang;
  if (fallback) return fallback;
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(request.headers.get('accept-language')) ?? env.NEWSROOM_DEFAULT_LOCALE;
}

function text(status: number, body: string, cache: string) {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The Atom feed of published news, of every category or one. Without a token: public news,
 * cacheable. With `?token=`: everything the token's owner may read, never cached; a bad or
 * revoked token gets 404 and nothing else.
 */
export async function feedResponse(request: NextRequest, categorySlug?: string): Promise<Response> {
  const token = request.nextUrl.searchParams.get('token');
  const personal = token !== null;
  const cache = personal ? PRIVATE_CACHE : PUBLIC_CACHE;
  const viewer = personal ? await getViewerForFeedToken(token) : null;
  const locale = localeOf(request, viewer?.locale);
  const t = createTranslator({ locale, messages: locale === 'zh' ? zh : en, namespace: 'feeds' });
  if (personal && !viewer) return text(404, t('invalidToken'), PRIVATE_CACHE);
  if (categorySlug !== undefined && !SLUG.test(categorySlug)) return text(404, 'Not found', cache);
  const data = await getFeedEntries({ viewer, locale, categorySlug });
  if (!data) return text(404, 'Not found', cache);

  const base = origin(request);
  const site = (locale === 'zh' ? zh : en).site.name;
  const path = data.category ? `/feed/${data.category.slug}.xml` : '/feed.xml';
  const title = viewer
    ? data.category
      ? `${t('categoryTitle', { site, category: data.category.name })} (${viewer.name})`
      : t('personalTitle', { site, name: viewer.name })
    : data.category
      ? t('categoryTitle', { site, category: data.category.name })
      : t('title', { site });
  const xml = renderAtom({
    // The id names the feed, never the token.
    id: `${base}${path}${viewer ? `#user-${viewer.id}` : ''}`,
    title,
    subtitle: t('subtitle', { site }),
    self: `${base}${path}${personal ? `?token=${encodeURIComponent(token)}` : ''}`,
    alternate: `${base}${data.category ? `/news/category/${data.category.slug}` : '/news'}`,
    author: site,
    language: locale === 'zh' ? 'zh-CN' : 'en',
    fallbackUpdated: new Date(Date.UTC(2000, 0, 1)),
    entries: data.entries.map((e) => ({
      id: `${base}/news/${e.id}`,
      title: e.title,
      url: `${base}${articlePath(e)}`,
      published: e.publishedAt,
      updated: e.updatedAt,
      summary: e.summary,
      category: { term: e.category.slug, label: e.category.name },
      language: e.language === 'zh' ? 'zh-CN' : 'en',
    })),
  });
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': cache,
      'X-Content-Type-Options': 'nosniff',
      ...(personal ? { 'Referrer-Policy': 'no-referrer' } : {}),
      Vary: 'Accept-Language, Cookie',
    },
  });
}
