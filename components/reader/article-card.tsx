import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Lock, Pin, Star } from 'lucide-react';
import type { ArticleCard } from '@/lib/dal/readable';
import { articlePath, cn } from '@/lib/utils';

export async function ArticleCardView({
  article,
  headingLevel = 3,
  large = false,
}: {
  article: ArticleCard;
  headingLevel?: 2 | 3;
  large?: boolean;
}) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations('article')]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="article-card">
      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <span className="font-medium text-brand-700">{article.category.name}</span>
        {article.publishedAt && (
          <time dateTime={article.publishedAt.toISOString()}>{format.dateTime(article.publishedAt, { dateStyle: 'medium' })}</time>
        )}
        {article.pinned && (
          <span className="inline-flex items-center gap-0.5">
            <Pin aria-hidden="true" className="size-3" />
            {t('pinned')}
          </span>
        )}
        {article.mustRead && (
          <span className="inline-flex items-center gap-0.5 text-red-700">
            <Star aria-hidden="true" className="size-3" />
            {t('mustRead')}
          </span>
        )}
        {article.visibility === 'internal' && (
          <span className="inline-flex items-center gap-0.5">
            <Lock aria-hidden="true" className="size-3" />
            {t('internal')}
          </span>
        )}
      </div>
      <Heading className={cn('font-semibold text-slate-900', large ? 'text-xl' : 'text-base')}>
        <Link href={articlePath(article)} className="hover:text-brand-700 hover:underline" lang={article.language === 'zh' ? 'zh-CN' : 'en'}>
          {article.title}
        </Link>
      </Heading>
      {article.summary && (
        <p className={cn('mt-2 text-slate-600', large ? 'text-base' : 'line-clamp-3 text-sm')}>{article.summary}</p>
      )}
      {article.source && <p className="mt-auto pt-3 text-xs text-slate-500">{article.source}</p>}
    </article>
  );
}
