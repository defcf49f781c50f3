import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SearchScreen } from '@/components/search/search-screen';
import { getViewer } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';
import { parseSearchParams } from '@/lib/validation/search';

// Rendered per request, for signed-in and anonymous visitors alike: the data layer returns
// what the viewer may read (public news only without a session).
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'search' });
  const { q } = parseSearchParams(await searchParams);
  const query = q.trim().slice(0, 80);
  return { title: query ? t('resultsTitle', { query }) : t('title'), robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = parseSearchParams(await searchParams);
  return <SearchScreen locale={locale} viewer={await getViewer()} params={query} />;
}
