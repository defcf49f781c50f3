import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { SiteShell } from '@/components/site/site-shell';
import { getViewer } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/config';

// Staff pages: rendered per request and never cached. Each page checks the role through
// lib/dal; this layout only draws the frame.
export default async function StaffLayout({
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
    <SiteShell locale={locale} viewer={await getViewer()}>
      {children}
    </SiteShell>
  );
}
