import { setRequestLocale } from 'next-intl/server';
import { NewsListScreen } from '@/components/reader/pages';
import { getViewer } from '@/lib/auth/session';
import { categoryFeedMetadata } from '@/lib/feeds/metadata';
import type { Locale } from '@/lib/i18n/config';

// Rendered per request: it depends on the session or the query string.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  return categoryFeedMetadata(locale, slug);
}

export default async function CategoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const { page } = await searchParams;
  return <NewsListScreen locale={locale} viewer={await getViewer()} categorySlug={slug} page={page} />;
}
