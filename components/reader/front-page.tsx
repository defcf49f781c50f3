import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ArticleCard } from '@/lib/dal/readable';
import type { FrontPage } from '@/lib/dal/articles';
import { articlePath, cn } from '@/lib/utils';
import type { Locale } from '@/lib/i18n/config';
import { ArticleCardView, CardByline } from './article-card';
import { CoverImage } from './card-media';
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
  const [t, tReader, format] = await Promise.all([getTranslations('home'), getTranslations('reader'), getFormatter()]);
  const mustReadLabels = { title: t('mustRead'), intro: t('mustReadIntro'), acknowledge: t('acknowledge') };
  const empty = data.pinned.length + data.featured.length + data.sections.length === 0;
  // The lead story: the newest pinned one, else the newest featured, else the newest of all.
  const newest = data.sections
    .flatMap((s) => s.items.slice(0, 1))
    .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))[0];
  const lead = data.pinned[0] ?? data.featured[0] ?? newest;
  const pinned = data.pinned.filter((a) => a !== lead);
  const featured = data.featured.filter((a) => a !== lead);
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
      {lead && <Hero article={lead} label={tReader('lead')} />}
      <CardGrid id="pinned" title={t('pinned')} articles={pinned} />
      <CardGrid id="featured" title={t('featured')} articles={featured} />
      <div className="grid gap-x-8 gap-y-10 md:grid-cols-2">
        {data.sections.map((s) => (
          <section key={s.category.slug} aria-labelledby={`cat-${s.category.slug}`} data-testid="category-section">
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3 border-b-2 border-slate-200 pb-1">
              <h2 id={`cat-${s.category.slug}`} className="text-lg font-semibold">
                {t('latestIn', { category: s.category.name })}
              </h2>
              <Link href={`/news/category/${s.category.slug}`} className="text-sm text-brand-700 hover:underline">
                {t('more', { category: s.category.name })}
              </Link>
            </div>
            <ul className="divide-y divide-slate-200">
              {s.items.map((a) => (
                <li key={a.id} className="flex items-start gap-3 py-3">
                  <div className="min-w-0 flex-1">
                    <ArticleTitleLink article={a} className="font-medium text-slate-900 hover:text-brand-700 hover:underline" />
                    <p className="mt-0.5 text-xs text-slate-600">
                      {a.publishedAt && <time dateTime={a.publishedAt.toISOString()}>{format.dateTime(a.publishedAt, { dateStyle: 'medium' })}</time>}
                      {a.source && <span> · {a.source}</span>}
                    </p>
                  </div>
                  {a.thumbnail && (
                    <div className="aspect-[16/9] w-24 shrink-0 overflow-hidden rounded sm:w-28">
                      <CoverImage image={a.thumbnail} />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

/** The lead story across the top: its cover beside the headline, or the headline alone on a coloured panel. */
async function Hero({ article, label }: { article: ArticleCard; label: string }) {
  const [t, format] = await Promise.all([getTranslations('article'), getFormatter()]);
  const image = article.thumbnail;
  const lang = article.language === 'zh' ? 'zh-CN' : 'en';
  return (
    <section aria-label={label} data-testid="hero">
      <article
        className={cn(
          'group relative grid overflow-hidden rounded-xl border shadow-sm',
          image ? 'border-slate-200 bg-white md:grid-cols-5' : 'border-brand-900 bg-brand-900 text-white',
        )}
      >
        {image && (
          <div className="aspect-[16/9] bg-slate-100 md:col-span-3 md:aspect-auto md:min-h-80">
            <CoverImage image={{ ...image, sizes: '(max-width: 48rem) 100vw, 44rem' }} priority />
          </div>
        )}
        <div className={cn('flex flex-col justify-center p-6', image ? 'md:col-span-2 md:p-8' : 'sm:p-10')}>
          <p className={cn('mb-2 flex flex-wrap items-center gap-x-3 text-sm', image ? 'text-slate-600' : 'text-brand-100')}>
            <span className={cn('font-semibold', image ? 'text-brand-700' : 'text-white')}>{article.category.name}</span>
            {article.publishedAt && <time dateTime={article.publishedAt.toISOString()}>{format.dateTime(article.publishedAt, { dateStyle: 'long' })}</time>}
            {article.visibility === 'internal' && <span>{t('internal')}</span>}
          </p>
          <h2 className={cn('text-2xl leading-tight font-bold sm:text-3xl', image ? 'text-slate-900' : 'max-w-3xl text-white')} lang={lang}>
            <Link href={articlePath(article)} className="after:absolute after:inset-0 hover:underline">
              {article.title}
            </Link>
          </h2>
          {article.summary && (
            <p className={cn('mt-3 line-clamp-4 text-base leading-relaxed', image ? 'text-slate-700' : 'max-w-3xl text-brand-50')} lang={lang}>
              {article.summary}
            </p>
          )}
          <CardByline article={article} className={cn('mt-4 text-sm', image ? 'text-slate-600' : 'text-brand-100')} />
        </div>
      </article>
    </section>
  );
}

/** A titled grid of cards, three or four to a row so that a card is never stretched; nothing when there are none. */
function CardGrid({ id, title, articles }: { id: string; title: string; articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  const media = articles.some((a) => a.thumbnail);
  const className = articles.length >= 4 ? 'sm:grid-cols-2 lg:grid-cols-4' : 'sm:grid-cols-2 lg:grid-cols-3';
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mb-3 border-b-2 border-slate-200 pb-1 text-lg font-semibold">
        {title}
      </h2>
      <ul className={cn('grid gap-4', className)} data-testid={id}>
        {articles.map((a) => (
          <li key={a.id}>
            <ArticleCardView article={a} media={media} />
          </li>
        ))}
      </ul>
    </section>
  );
}
