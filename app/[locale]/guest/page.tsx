import { setRequestLocale } from 'next-intl/server';
import { FrontPageScreen } from '@/components/reader/pages';
import { type Locale } from '@/lib/i18n/config';

export const dynamic = 'force-static';
export const revalidate = 60;

export default async function GuestFrontPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return <FrontPageScreen locale={locale} viewer={null} />;
}
