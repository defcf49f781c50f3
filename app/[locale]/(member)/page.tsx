import { setRequestLocale } from 'next-intl/server';
import { FrontPageScreen } from '@/components/reader/pages';
import { getViewer } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';

// Rendered per request: it depends on the session or the query string.
export const dynamic = 'force-dynamic';

export default async function FrontPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <FrontPageScreen locale={locale} viewer={await getViewer()} />;
}
