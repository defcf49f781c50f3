import Link from 'next/link';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AlertTriangle, CalendarClock, CalendarRange, FilePen, FilePlus2, Inbox, Newspaper, ScrollText } from 'lucide-react';
import { requireStaffPage } from '@/lib/auth/session';
import { getFailedSchedules, getStaffHome, type StaffListItem } from '@/lib/dal/staff-desk';
import { isErrorCode } from '@/lib/errors';
import { isAdmin } from '@/lib/permissions';
import type { Locale } from '@/lib/i18n/config';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('staff');
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function StaffHomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireStaffPage('/staff');
  const [home, failed, t, tm, tErrors] = await Promise.all([
    getStaffHome({ viewer }),
    getFailedSchedules({ viewer }),
    getTranslations('staff'),
    getTranslations('meetingEditor'),
    getTranslations('errorCodes'),
  ]);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
        {isAdmin(viewer) && (
          <Link href="/staff/admin/meetings" className="ml-auto inline-flex items-center gap-2 rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50">
            <CalendarRange aria-hidden="true" className="size-4" />
            {tm('admin.link')}
          </Link>
        )}
        {isAdmin(viewer) && (
          <Link href="/staff/admin/audit" className="inline-flex items-center gap-2 rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50">
            <ScrollText aria-hidden="true" className="size-4" />
            {t('auditLog')}
          </Link>
        )}
        {home.canWrite && (
          <Link
            href="/staff/articles/new"
            className="inline-flex items-center gap-2 rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            <FilePlus2 aria-hidden="true" className="size-4" />
            {t('newArticle')}
          </Link>
        )}
      </div>
      {failed.length > 0 && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900" data-testid="schedule-failures">
          <p className="flex items-center gap-2 font-semibold">
            <AlertTriangle aria-hidden="true" className="size-5" />
            {t('scheduleFailures', { count: failed.length })}
          </p>
          <ul className="mt-2 space-y-1 text-sm">
            {failed.map((f) => (
              <li key={f.id}>
                <Link href={`/staff/articles/${f.id}`} className="font-medium underline">
                  #{f.id}
                </Link>{' '}
                {isErrorCode(f.error) ? tErrors(f.error) : f.error}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <Section id="drafts" icon={<FilePen aria-hidden="true" className="size-5" />} title={t('drafts')} data={home.drafts} empty={t('noDrafts')} />
        {home.review && (
          <Section
            id="review"
            icon={<Inbox aria-hidden="true" className="size-5" />}
            title={t('review')}
            data={home.review}
            empty={t('noReview')}
            linkSuffix="/review"
          />
        )}
        <Section
          id="scheduled"
          icon={<CalendarClock aria-hidden="true" className="size-5" />}
          title={t('scheduled')}
          data={home.scheduled}
          empty={t('noScheduled')}
          date="scheduledAt"
        />
        <Section
          id="published"
          icon={<Newspaper aria-hidden="true" className="size-5" />}
          title={t('published')}
          data={home.published}
          empty={t('noPublished')}
          date="publishedAt"
        />
      </div>
    </div>
  );
}

async function Section({
  id,
  icon,
  title,
  data,
  empty,
  date = 'updatedAt',
  linkSuffix = '',
}: {
  id: string;
  icon: React.ReactNode;
  title: string;
  data: { total: number; items: StaffListItem[] };
  empty: string;
  date?: 'updatedAt' | 'publishedAt' | 'scheduledAt';
  linkSuffix?: string;
}) {
  const [t, tStatus, format] = await Promise.all([getTranslations('staff'), getTranslations('status'), getFormatter()]);
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`staff-${id}`}>
      <h2 id={`${id}-heading`} className="flex items-center gap-2 text-lg font-semibold text-slate-900">
        {icon}
        {title}
        <span className="ml-auto rounded-full bg-slate-100 px-2.5 py-0.5 text-sm font-medium text-slate-700" data-testid="count">
          <span className="sr-only">{t('count')}: </span>
          {data.total}
        </span>
      </h2>
      {data.items.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {data.items.map((item) => {
            const when = item[date] ?? item.updatedAt;
            return (
              <li key={item.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
                <Link href={`/staff/articles/${item.id}${linkSuffix}`} className="font-medium text-brand-800 hover:underline">
                  {item.title}
                </Link>
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                  {tStatus(item.status as 'draft')}
                  {item.pendingChanges && ` · ${t('pendingChanges')}`}
                </span>
                <span className="ml-auto text-xs text-slate-500">
                  {item.editor} · <time dateTime={when.toISOString()}>{format.dateTime(when, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {data.total > data.items.length && (
        <p className="mt-2 text-xs text-slate-500">{t('showingOf', { shown: data.items.length, total: data.total })}</p>
      )}
    </section>
  );
}
