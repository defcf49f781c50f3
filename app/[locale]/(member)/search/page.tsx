import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SearchScreen } from '@/components/search/search-screen';
import { routeParams, type LocaleParams, type SearchParamsProp } from '@/components/site/route';
import { getViewer } from '@/lib/auth/session';
import { parseSearchParams } from '@/lib/validation/search';

// Rendered per request, for signed-in and anonymous visitors alike: the data layer returns
// what the viewer may read (public news only without a session).
export const dynamic = 'force-dynamic';

type Props = LocaleParams & SearchParamsProp;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'search' });
  const { q } = parseSearchParams(await searchParams);
  const query = q.trim().slice(0, 80);
  return { title: query ? t('resultsTitle', { query }) : t('title'), robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params);
  const query = parseSearchParams(await searchParams);
  return <SearchScreen locale={locale} viewer={await getViewer()} params={query} />;
}
