import { getTranslations } from 'next-intl/server';
import { cn } from '@/lib/utils';
import { ButtonLink } from './button';

/**
 * Catalog namespaces that name their own pages: `pagination` (the landmark's name),
 * `previous`, `next` and `pageOf`. News lists say "Newer" and "Older", search results
 * "Previous" and "Next".
 */
export type PaginationMessages = 'list' | 'search' | 'inbox' | 'audit' | 'admin' | 'staffArticles';

/**
 * Previous and next links around "Page n of m", as a navigation landmark; nothing when
 * everything fits on one page. `href` builds the URL of a page, keeping the list's filters.
 */
export async function Pagination({
  page,
  pages,
  href,
  messages,
  className,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  messages: PaginationMessages;
  className?: string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations(messages);
  return (
    <nav aria-label={t('pagination')} className={cn('flex items-center justify-between gap-2 text-sm', className)}>
      {page > 1 ? (
        <ButtonLink rel="prev" href={href(page - 1)} size="sm">
          ← {t('previous')}
        </ButtonLink>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{t('pageOf', { page, pages })}</span>
      {page < pages ? (
        <ButtonLink rel="next" href={href(page + 1)} size="sm">
          {t('next')} →
        </ButtonLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
