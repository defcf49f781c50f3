import { setRequestLocale } from 'next-intl/server';
import { NewsListScreen } from '@/components/reader/pages';
import type { Locale } from '@/lib/i18n/config';

// Rendered per request: it depends on the session or the query string.
export const dynamic = 'force-dynamic';

export default async function GuestNewsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { page } = await searchParams;
  return <NewsListScreen locale={locale} viewer={null} page={page} />;
}
