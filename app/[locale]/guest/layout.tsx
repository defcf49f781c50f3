import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { SiteShell } from '@/components/site/site-shell';
import { isLocale } from '@/lib/i18n/config';

// The readers' pages for visitors without a session, which proxy.ts rewrites here. They
// never read a cookie, so they are rendered once and served from cache; the data layer is
// asked with no viewer and returns public, published news only.
export default async function GuestLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <SiteShell locale={locale} viewer={null}>
      {children}
    </SiteShell>
  );
}
