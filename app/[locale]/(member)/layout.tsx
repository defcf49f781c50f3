import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { SiteShell } from '@/components/site/site-shell';
import { getViewer } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/config';

// The readers' pages for requests that carry a session cookie: rendered per request,
// because what the viewer may read depends on who they are.
export default async function MemberLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await getViewer();
  return (
    <SiteShell locale={locale} viewer={viewer}>
      {children}
    </SiteShell>
  );
}
