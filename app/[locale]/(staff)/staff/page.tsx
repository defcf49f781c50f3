import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AlertTriangle, Archive, CalendarClock, CalendarRange, FilePen, FilePlus2, Inbox, Newspaper, ScrollText, type LucideIcon } from 'lucide-react';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { ButtonLink } from '@/components/ui/button';
import { requireStaffPage } from '@/lib/auth/session';
import { getFailedSchedules, getStaffHome, type StaffListItem } from '@/lib/dal/staff-desk';
import { isErrorCode } from '@/lib/errors';
import { isAdmin } from '@/lib/permissions';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('staff');

type SectionData = { total: number; items: StaffListItem[] };
type SectionDate = 'updatedAt' | 'publishedAt' | 'scheduledAt';
type SectionSpec = {
  id: 'drafts' | 'review' | 'scheduled' | 'published';
  icon: LucideIcon;
  data: SectionData | null;
  empty: 'noDrafts' | 'noReview' | 'noScheduled' | 'noPublished';
  date?: SectionDate;
  linkSuffix?: string;
};

export default async function StaffHomePage({ params }: LocaleParams) {
  await routeParams(params);
  const viewer = await requireStaffPage('/staff');
  const [home, failed, t, tm, tErrors] = await Promise.all([
    getStaffHome({ viewer }),
    getFailedSchedules({ viewer }),
    getTranslations('staff'),
    getTranslations('meetingEditor'),
    getTranslations('errorCodes'),
  ]);
  const ta = await getTranslations('archive');
  // The review queue (null) is there only for those who review.
  const sections: SectionSpec[] = [
    { id: 'drafts', icon: FilePen, data: home.drafts, empty: 'noDrafts' },
    { id: 'review', icon: Inbox, data: home.review, empty: 'noReview', linkSuffix: '/review' },
    { id: 'scheduled', icon: CalendarClock, data: home.scheduled, empty: 'noScheduled', date: 'scheduledAt' },
    { id: 'published', icon: Newspaper, data: home.published, empty: 'noPublished', date: 'publishedAt' },
  ];
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
        {isAdmin(viewer) && (
          <>
            <ButtonLink href="/staff/admin/meetings" className="ml-auto">
              <CalendarRange aria-hidden="true" className="size-4" />
              {tm('admin.link')}
            </ButtonLink>
            <ButtonLink href="/staff/admin/archive">
              <Archive aria-hidden="true" className="size-4" />
              {ta('link')}
            </ButtonLink>
            <ButtonLink href="/staff/admin/audit">
              <ScrollText aria-hidden="true" className="size-4" />
              {t('auditLog')}
            </ButtonLink>
          </>
        )}
        {home.canWrite && (
          <ButtonLink href="/staff/articles/new" variant="primary" size="lg">
            <FilePlus2 aria-hidden="true" className="size-4" />
            {t('newArticle')}
          </ButtonLink>
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
        {sections.map((section) =>
          section.data ? <Section key={section.id} {...section} data={section.data} title={t(section.id)} empty={t(section.empty)} /> : null,
        )}
      </div>
    </div>
  );
}

async function Section({
  id,
  icon: Icon,
  title,
  data,
  empty,
  date = 'updatedAt',
  linkSuffix = '',
}: {
  id: string;
  icon: LucideIcon;
  title: string;
  data: SectionData;
  empty: string;
  date?: SectionDate;
  linkSuffix?: string;
}) {
  const [t, tStatus, format] = await Promise.all([getTranslations('staff'), getTranslations('status'), getFormatter()]);
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`staff-${id}`}>
      <h2 id={`${id}-heading`} className="flex items-center gap-2 text-lg font-semibold text-slate-900">
        <Icon aria-hidden="true" className="size-5" />
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
