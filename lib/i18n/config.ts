export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'zh';

/** The locale of an Accept-Language header, or null when it names neither. */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) || 0 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return null;
}

/** The language of a request: the visitor's choice (the NEXT_LOCALE cookie), else their browser's, else `fallback`. */
export function chooseLocale(cookie: string | undefined, acceptLanguage: string | null, fallback: Locale): Locale {
  return isLocale(cookie) ? cookie : (localeFromAcceptLanguage(acceptLanguage) ?? fallback);
}
