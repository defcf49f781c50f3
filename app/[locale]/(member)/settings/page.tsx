import { getFormatter, getTranslations } from 'next-intl/server';
import { Rss } from 'lucide-react';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { requireViewer } from '@/lib/auth/session';
import { getFeedTokenStatus } from '@/lib/dal/feeds';
import { FeedTokenForm } from './_components/feed-token-form';

// Per request: the settings are the viewer's own.
export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('settings');

export default async function SettingsPage({ params }: LocaleParams) {
  const { locale } = await routeParams(params);
  const viewer = await requireViewer('/settings');
  const [t, format, status] = await Promise.all([getTranslations('settings'), getFormatter(), getFeedTokenStatus({ viewer })]);
  return (
    <section aria-labelledby="settings-title" className="mx-auto max-w-3xl space-y-6">
      <h1 id="settings-title" className="text-2xl font-bold text-slate-900">
        {t('title')}
      </h1>
      <section aria-labelledby="feed-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="feed-heading" className="flex items-center gap-2 text-lg font-semibold">
          <Rss aria-hidden="true" className="size-5 text-brand-600" />
          {t('feedHeading')}
        </h2>
        <p className="text-sm text-slate-700">{t('feedIntro')}</p>
        <p className="text-sm text-slate-700" data-testid="feed-status">
          {status ? (
            <>
              {t('feedActive', { date: format.dateTime(status.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}{' '}
              {status.lastUsedAt
                ? t('feedLastUsed', { date: format.dateTime(status.lastUsedAt, { dateStyle: 'medium', timeStyle: 'short' }) })
                : t('feedNeverUsed')}
            </>
          ) : (
            t('feedNone')
          )}
        </p>
        <FeedTokenForm
          hasToken={!!status}
          texts={{
            create: t('create'),
            replace: t('replace'),
            revoke: t('revoke'),
            created: t('created'),
            revoked: t('revoked'),
            feedUrl: t('feedUrl'),
            failed: t('failed'),
          }}
        />
        <p className="text-sm text-slate-600">{t('categoryFeeds', { slug: locale === 'zh' ? '栏目' : 'category', example: '/feed/meetings.xml?token=…' })}</p>
        <p className="text-sm text-slate-600">{t('publicFeeds', { url: '/feed.xml' })}</p>
      </section>
    </section>
  );
}
