import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ArticleCard } from '@/lib/dal/readable';
import type { FrontPage } from '@/lib/dal/articles';
import { cn } from '@/lib/utils';
import type { Locale } from '@/lib/i18n/config';
import { ArticleCardView } from './article-card';
import { ArticleTitleLink } from './article-title-link';
import { MustReadBanner } from './must-read-banner';
import { MustReadIsland } from './must-read-island';

export async function FrontPageView({
  locale,
  data,
  mustReads,
  signedIn,
}: {
  locale: Locale;
  data: FrontPage;
  /** The viewer's notices, or 'shared' on the page every signed-in reader shares (read in the browser). */
  mustReads: ArticleCard[] | 'shared';
  signedIn: boolean;
}) {
  const t = await getTranslations('home');
  const mustReadLabels = { title: t('mustRead'), intro: t('mustReadIntro'), acknowledge: t('acknowledge') };
  const empty = data.pinned.length + data.featured.length + data.sections.length === 0;
  return (
    <div className="space-y-8">
      <h1 className="sr-only">{t('title')}</h1>
      {mustReads === 'shared' ? (
        <MustReadIsland locale={locale} labels={mustReadLabels} />
      ) : (
        <MustReadBanner items={mustReads} labels={mustReadLabels} />
      )}
      {!signedIn && (
        <p className="rounded border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700">
          {t('publicOnly')}{' '}
          <Link href="/login" className="text-brand-700 underline">
            {t('signInForInternal')}
          </Link>
        </p>
      )}
      {empty && <p className="text-slate-600">{t('empty')}</p>}
      <CardGrid id="pinned" title={t('pinned')} articles={data.pinned} className="md:grid-cols-2" large />
      <CardGrid id="featured" title={t('featured')} articles={data.featured} className="sm:grid-cols-2 lg:grid-cols-4" />
      <div className="grid gap-8 md:grid-cols-2">
        {data.sections.map((s) => (
          <section key={s.category.slug} aria-labelledby={`cat-${s.category.slug}`} data-testid="category-section">
            <div className="mb-2 flex items-baseline justify-between border-b border-slate-200 pb-1">
              <h2 id={`cat-${s.category.slug}`} className="text-lg font-semibold">
                {t('latestIn', { category: s.category.name })}
              </h2>
              <Link href={`/news/category/${s.category.slug}`} className="text-sm text-brand-700 hover:underline">
                {t('more', { category: s.category.name })}
              </Link>
            </div>
            <ul className="divide-y divide-slate-100">
              {s.items.map((a) => (
                <li key={a.id} className="py-2">
                  <ArticleTitleLink article={a} className="hover:text-brand-700 hover:underline" />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

/** A titled grid of cards; nothing when there are none. */
function CardGrid({
  id,
  title,
  articles,
  className,
  large = false,
}: {
  id: string;
  title: string;
  articles: ArticleCard[];
  className: string;
  large?: boolean;
}) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <ul className={cn('grid gap-4', className)} data-testid={id}>
        {articles.map((a) => (
          <li key={a.id}>
            <ArticleCardView article={a} large={large} />
          </li>
        ))}
      </ul>
    </section>
  );
}
