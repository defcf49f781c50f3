import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getNow, getTimeZone, setRequestLocale } from 'next-intl/server';
import { SiteShell } from '@/components/site/site-shell';
import { getViewer } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/config';

// Staff pages: rendered per request and never cached. Each page checks the role through
// lib/dal; this layout only draws the frame.
const CLIENT_NAMESPACES = ['errors', 'status', 'editor', 'editorForm', 'meetingEditor', 'history', 'workflow'] as const;

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
  const messages = await getMessages();
  // The staff pages' client components (the editor, its dialogs, restore buttons) need
  // these catalogs; readers' pages send only the error texts.
  const clientMessages = Object.fromEntries(
    CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]),
  );
  return (
    <SiteShell locale={locale} viewer={await getViewer()}>
      <NextIntlClientProvider locale={locale} messages={clientMessages} timeZone={await getTimeZone()} now={await getNow()}>
        {children}
      </NextIntlClientProvider>
    </SiteShell>
  );
}
