import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ArticlePage } from '@/lib/dal/articles';
import { ArticleCardView } from './article-card';

/** A paginated list of cards; `basePath` is the list's own URL without the page. */
export async function ArticleList({ title, data, basePath }: { title: string; data: ArticlePage; basePath: string }) {
  const t = await getTranslations('list');
  const pageHref = (page: number) => (page === 1 ? basePath : `${basePath}?page=${page}`);
  return (
    <section aria-labelledby="list-title">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="list-title" className="text-2xl font-bold">
          {title}
        </h1>
        <p className="text-sm text-slate-600" data-testid="list-count">
          {t('count', { count: data.total })}
        </p>
      </div>
      {data.items.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t('empty')}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {data.items.map((a) => (
            <li key={a.id}>
              <ArticleCardView article={a} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      {data.pages > 1 && (
        <nav aria-label={t('pagination')} className="mt-6 flex items-center justify-between gap-2 text-sm">
          {data.page > 1 ? (
            <Link rel="prev" href={pageHref(data.page - 1)} className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">
              ← {t('previous')}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-600">{t('pageOf', { page: data.page, pages: data.pages })}</span>
          {data.page < data.pages ? (
            <Link rel="next" href={pageHref(data.page + 1)} className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">
              {t('next')} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  );
}
