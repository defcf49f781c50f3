import { setRequestLocale } from 'next-intl/server';
import { AboutScreen } from '@/components/reader/about';
import type { Locale } from '@/lib/i18n/config';

// Rendered per request: it depends on the session or the query string.
export const dynamic = 'force-dynamic';

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <AboutScreen />;
}
