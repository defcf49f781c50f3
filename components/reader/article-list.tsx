import { getTranslations } from 'next-intl/server';
import { ItemList } from '@/components/ui/item-list';
import { Pagination } from '@/components/ui/pagination';
import type { ArticlePage } from '@/lib/dal/articles';
import { ArticleCardView } from './article-card';

/** A paginated list of cards; `basePath` is the list's own URL without the page. */
export async function ArticleList({ title, data, basePath }: { title: string; data: ArticlePage; basePath: string }) {
  const t = await getTranslations('list');
  // Pictures only where some article has one: a page of text cards looks finished too.
  const media = data.items.some((a) => a.thumbnail);
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
      <ItemList items={data.items} empty={t('empty')} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {(a) => <ArticleCardView article={a} headingLevel={2} media={media} />}
      </ItemList>
      <Pagination page={data.page} pages={data.pages} href={(page) => (page === 1 ? basePath : `${basePath}?page=${page}`)} messages="list" className="mt-6" />
    </section>
  );
}
