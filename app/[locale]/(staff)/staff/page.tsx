import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import {
  AlertTriangle,
  Archive,
  CalendarClock,
  CalendarRange,
  CheckCircle2,
  FilePen,
  FilePlus2,
  Hourglass,
  Inbox,
  List,
  Newspaper,
  ScrollText,
  Settings2,
  type LucideIcon,
} from 'lucide-react';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { ButtonLink } from '@/components/ui/button';
import { requireStaffPage } from '@/lib/auth/session';
import { getStaffHome, type StaffListItem, type StaffSection } from '@/lib/dal/staff-desk';
import { isErrorCode } from '@/lib/errors';
import { isAdmin } from '@/lib/permissions';
import { cn } from '@/lib/utils';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('staff');

type SectionDate = 'updatedAt' | 'publishedAt' | 'scheduledAt';
type SectionId = 'failed' | 'drafts' | 'review' | 'inReview' | 'approved' | 'scheduled' | 'published';
type SectionSpec = {
  id: SectionId;
  icon: LucideIcon;
  data: StaffSection | null;
  date?: SectionDate;
  linkSuffix?: string;
  /** The staff article list, filtered to this section. */
  all: string;
};

export default async function StaffHomePage({ params }: LocaleParams) {
  await routeParams(params);
  const viewer = await requireStaffPage('/staff');
  const [home, t, tm, ta] = await Promise.all([
    getStaffHome({ viewer }),
    getTranslations('staff'),
    getTranslations('meetingEditor'),
    getTranslations('admin'),
  ]);
  const tArchive = await getTranslations('archive');
  // A section is null when it is not the viewer's (the review queue for those who do not
  // review); failed publications only when there are some.
  const sections: SectionSpec[] = [
    { id: 'failed', icon: AlertTriangle, data: home.failed.total > 0 ? home.failed : null, date: 'scheduledAt', all: '?state=failed' },
    { id: 'drafts', icon: FilePen, data: home.drafts, all: '?mine=1&state=draft' },
    { id: 'review', icon: Inbox, data: home.review, linkSuffix: '/review', all: '?state=in_review' },
    { id: 'inReview', icon: Hourglass, data: home.inReview, all: '?state=in_review' },
    { id: 'approved', icon: CheckCircle2, data: home.approved, all: '?state=approved' },
    { id: 'scheduled', icon: CalendarClock, data: home.scheduled, date: 'scheduledAt', all: '?state=scheduled' },
    { id: 'published', icon: Newspaper, data: home.published, date: 'publishedAt', all: '?state=published&sort=published' },
  ];
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="mr-auto text-2xl font-bold text-slate-900">{t('title')}</h1>
        {isAdmin(viewer) && (
          <>
            <ButtonLink href="/staff/admin/users">
              <Settings2 aria-hidden="true" className="size-4" />
              {ta('deskLink')}
            </ButtonLink>
            <ButtonLink href="/staff/admin/meetings">
              <CalendarRange aria-hidden="true" className="size-4" />
              {tm('admin.link')}
            </ButtonLink>
            <ButtonLink href="/staff/admin/archive">
              <Archive aria-hidden="true" className="size-4" />
              {tArchive('link')}
            </ButtonLink>
            <ButtonLink href="/staff/admin/audit">
              <ScrollText aria-hidden="true" className="size-4" />
              {t('auditLog')}
            </ButtonLink>
          </>
        )}
        <ButtonLink href="/staff/articles" data-testid="all-articles">
          <List aria-hidden="true" className="size-4" />
          {t('allArticles')}
        </ButtonLink>
        {home.canWrite && (
          <ButtonLink href="/staff/articles/new" variant="primary" size="lg">
            <FilePlus2 aria-hidden="true" className="size-4" />
            {t('newArticle')}
          </ButtonLink>
        )}
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        {sections.map((section) => (section.data ? <Section key={section.id} {...section} data={section.data} /> : null))}
      </div>
    </div>
  );
}

async function Section({ id, icon: Icon, data, date = 'updatedAt', linkSuffix = '', all }: SectionSpec & { data: StaffSection }) {
  const [t, tStatus, tErrors] = await Promise.all([getTranslations('staff'), getTranslations('status'), getTranslations('errorCodes')]);
  const failed = id === 'failed';
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={cn('flex flex-col rounded-lg border bg-white p-4', failed ? 'border-red-300 md:col-span-2' : 'border-slate-200')}
      data-testid={`staff-${id}`}
    >
      <h2 id={`${id}-heading`} className={cn('flex items-center gap-2 text-lg font-semibold', failed ? 'text-red-800' : 'text-slate-900')}>
        <Icon aria-hidden="true" className="size-5 shrink-0" />
        {t(`sections.${id}`)}
        <span className="ml-auto rounded-full bg-slate-100 px-2.5 py-0.5 text-sm font-medium text-slate-700" data-testid="count">
          <span className="sr-only">{t('count')}: </span>
          {data.total}
        </span>
      </h2>
      {data.items.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t(`empty.${id}`)}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {data.items.map((item) => (
            <Item key={item.id} item={item} when={item[date] ?? item.updatedAt} href={`/staff/articles/${item.id}${linkSuffix}`}>
              {tStatus(item.status as 'draft')}
              {item.pendingChanges && ` · ${t('pendingChanges')}`}
              {failed && item.error && ` · ${isErrorCode(item.error) ? tErrors(item.error) : item.error}`}
            </Item>
          ))}
        </ul>
      )}
      <p className="mt-auto flex flex-wrap items-center gap-x-3 pt-3 text-sm">
        {data.total > data.items.length && <span className="text-slate-600">{t('showingOf', { shown: data.items.length, total: data.total })}</span>}
        {(data.total > data.items.length || id === 'published') && (
          <Link href={`/staff/articles${all}`} className="ml-auto font-medium text-brand-700 hover:underline" data-testid="see-all">
            {t('seeAll', { total: data.total })} →
          </Link>
        )}
      </p>
    </section>
  );
}

async function Item({ item, when, href, children }: { item: StaffListItem; when: Date; href: string; children: React.ReactNode }) {
  const format = await getFormatter();
  return (
    <li className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
      <Link href={href} className="font-medium text-brand-800 hover:underline">
        {item.title}
      </Link>
      <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{children}</span>
      <span className="ml-auto text-xs text-slate-600">
        {item.editor} · <time dateTime={when.toISOString()}>{format.dateTime(when, { dateStyle: 'medium', timeStyle: 'short' })}</time>
      </span>
    </li>
  );
}
