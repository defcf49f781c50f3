import { createTranslator } from 'next-intl';
import type { ViewerChromeData } from '@/components/site/viewer-links';
import { getViewer } from '@/lib/auth/session';
import { getUnacknowledgedMustReads } from '@/lib/dal/articles';
import { getUnreadCount } from '@/lib/dal/notifications';
import { env } from '@/lib/env';
import { isLocale } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh.json';

const MESSAGES = { en, zh } as const;

// The per-viewer parts of the readers' pages that every signed-in reader shares
// (app/[locale]/members): the header's name, inbox count and links, and on the front page
// the must-read notices. Read for this viewer on every request; never stored by anyone.
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const requested = params.get('locale');
  const locale = isLocale(requested) ? requested : env.NEWSROOM_DEFAULT_LOCALE;
  const headers = { 'Cache-Control': 'private, no-store', Vary: 'Cookie' };
  const viewer = await getViewer();
  if (!viewer) return Response.json({ signedIn: false } satisfies ViewerChromeData, { headers });
  const [unread, mustReads] = await Promise.all([
    getUnreadCount({ viewer }),
    params.get('mustReads') === '1' ? getUnacknowledgedMustReads({ viewer, locale }) : [],
  ]);
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  const data: ViewerChromeData = {
    signedIn: true,
    links: {
      signedInAs: t('auth.signedInAs', { name: viewer.name }),
      unread,
      bellLabel: t('inbox.bellLabel', { count: unread }),
      settingsLabel: t('settings.link'),
      signOutLabel: t('auth.signOut'),
    },
    mustReads: mustReads.map((a) => ({ id: a.id, slug: a.slug, title: a.title, language: a.language })),
  };
  return Response.json(data, { headers });
}
