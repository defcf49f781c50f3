import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getNow, getTimeZone } from 'next-intl/server';
import { SiteShell } from '@/components/site/site-shell';
import { routeParams, type LocaleLayoutProps } from '@/components/site/route';
import { getViewer } from '@/lib/auth/session';

// Staff pages: rendered per request and never cached. Each page checks the role through
// lib/dal; this layout only draws the frame.
const CLIENT_NAMESPACES = ['errors', 'status', 'editor', 'editorForm', 'meetingEditor', 'history', 'workflow', 'admin', 'identityAdmin', 'importReview', 'archive', 'errorCodes'] as const;

export default async function StaffLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await routeParams(params);
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
