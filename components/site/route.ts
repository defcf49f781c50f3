import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/i18n/config';

// The opening every page and layout under app/[locale] shares.

export type LocaleParams<P = object> = { params: Promise<P & { locale: string }> };
export type LocaleLayoutProps = LocaleParams & { children: React.ReactNode };
export type SearchParamsProp<K extends string = string> = { searchParams: Promise<Partial<Record<K, string | string[]>>> };

/**
 * The route's params with a checked locale, which is also set for next-intl's server
 * functions. An unknown locale is a 404 (proxy.ts only ever rewrites to known ones).
 */
export async function routeParams<P extends { locale: string }>(params: Promise<P>): Promise<P & { locale: Locale }> {
  const resolved = await params;
  const { locale } = resolved;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return { ...resolved, locale };
}

/** The first value of a query parameter given once or several times. */
export function firstValue(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * generateMetadata for a page that is the viewer's own or staff-only: its title from the
 * catalogs, and no indexing.
 */
export function privatePageMetadata(namespace: string, key = 'title') {
  return async function generateMetadata() {
    const t = await getTranslations(namespace);
    return { title: t(key), robots: { index: false, follow: false } };
  };
}
