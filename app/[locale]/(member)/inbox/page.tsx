import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Check, CheckCheck, Inbox } from 'lucide-react';
import { privatePageMetadata, routeParams, type LocaleParams, type SearchParamsProp } from '@/components/site/route';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { requireViewer } from '@/lib/auth/session';
import { getInbox, type InboxItem } from '@/lib/dal/notifications';
import { parsePage } from '@/lib/utils';
import { markAllNotificationsReadAction, markNotificationReadAction } from './actions';

// Per request: the inbox is the viewer's own.
export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('inbox');

export default async function InboxPage({ params, searchParams }: LocaleParams & SearchParamsProp<'page'>) {
  await routeParams(params);
  const viewer = await requireViewer('/inbox');
  const page = parsePage((await searchParams).page);
  if (page === null) notFound();
  const [data, t] = await Promise.all([getInbox({ viewer, page }), getTranslations('inbox')]);
  if (!data) notFound();
  return (
    <section aria-labelledby="inbox-title" className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="inbox-title" className="flex items-center gap-2 text-2xl font-bold text-slate-900">
          <Inbox aria-hidden="true" className="size-6 text-brand-600" />
          {t('title')}
        </h1>
        <p className="text-sm text-slate-600" data-testid="inbox-count">
          {t('count', { count: data.total })} · {t('unreadCount', { count: data.unread })}
        </p>
        {data.unread > 0 && (
          <form action={markAllNotificationsReadAction} className="ml-auto">
            <input type="hidden" name="page" value={data.page} />
            <Button type="submit" size="sm">
              <CheckCheck aria-hidden="true" className="size-4" />
              {t('markAllRead')}
            </Button>
          </form>
        )}
      </div>
      {data.items.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="inbox-list">
          {data.items.map((item) => (
            <Item key={item.id} item={item} page={data.page} />
          ))}
        </ul>
      )}
      <Pagination page={data.page} pages={data.pages} href={(n) => (n === 1 ? '/inbox' : `/inbox?page=${n}`)} messages="inbox" />
    </section>
  );
}

async function Item({ item, page }: { item: InboxItem; page: number }) {
  const [t, format] = await Promise.all([getTranslations('inbox'), getFormatter()]);
  return (
    <li className={item.read ? 'p-4' : 'bg-brand-50/60 p-4'} data-testid="inbox-item" data-read={item.read}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        {!item.read && (
          <span className="rounded bg-brand-600 px-1.5 py-0.5 text-xs font-medium text-white">{t('unread')}</span>
        )}
        <span className="text-sm font-medium text-slate-700">{t(`kind.${item.kind}`)}</span>
        <span className="ml-auto text-xs text-slate-500">
          <time dateTime={item.createdAt.toISOString()}>
            {format.dateTime(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
          </time>
        </span>
      </div>
      <p className="mt-1">
        {item.articleId !== null ? (
          <Link href={`/staff/articles/${item.articleId}`} className="font-semibold text-brand-700 hover:underline">
            {item.title}
          </Link>
        ) : (
          <span className="font-semibold text-slate-800">{item.title}</span>
        )}
        <span className="ml-2 text-sm text-slate-600">{t('by', { actor: item.actorName ?? t('system') })}</span>
      </p>
      {item.articleId === null && <p className="text-sm text-slate-500">{t('noArticle')}</p>}
      {item.comment && (
        <blockquote className="mt-2 border-l-2 border-slate-300 pl-3 text-sm whitespace-pre-line text-slate-700">
          <span className="sr-only">{t('comment')}: </span>
          {item.comment}
        </blockquote>
      )}
      {!item.read && (
        <form action={markNotificationReadAction} className="mt-2">
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="page" value={page} />
          <Button type="submit" size="xs" aria-label={t('markReadLabel', { title: item.title })}>
            <Check aria-hidden="true" className="size-3.5" />
            {t('markRead')}
          </Button>
        </form>
      )}
    </li>
  );
}
