import { setRequestLocale } from 'next-intl/server';
import { AboutScreen } from '@/components/reader/about';
import type { Locale } from '@/lib/i18n/config';

export const dynamic = 'force-static';

export default async function GuestAboutPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <AboutScreen />;
}
