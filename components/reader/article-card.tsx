import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Lock, Pin, Star, type LucideIcon } from 'lucide-react';
import type { ArticleCard } from '@/lib/dal/readable';
import { articlePath, cn } from '@/lib/utils';

/** The line above a card's title (a news card, a search hit): category, date, then badges. */
export async function CardMeta({ category, publishedAt, children }: { category: string; publishedAt: Date | null; children?: React.ReactNode }) {
  const format = await getFormatter();
  return (
    <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
      <span className="font-medium text-brand-700">{category}</span>
      {publishedAt && <time dateTime={publishedAt.toISOString()}>{format.dateTime(publishedAt, { dateStyle: 'medium' })}</time>}
      {children}
    </div>
  );
}

/** A small icon and word in a card's meta line. */
export function CardBadge({ icon: Icon, className, children }: { icon: LucideIcon; className?: string; children: React.ReactNode }) {
  return (
    <span className={cn('inline-flex items-center gap-0.5', className)}>
      <Icon aria-hidden="true" className="size-3" />
      {children}
    </span>
  );
}

export async function ArticleCardView({
  article,
  headingLevel = 3,
  large = false,
}: {
  article: ArticleCard;
  headingLevel?: 2 | 3;
  large?: boolean;
}) {
  const t = await getTranslations('article');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="article-card">
      <CardMeta category={article.category.name} publishedAt={article.publishedAt}>
        {article.pinned && <CardBadge icon={Pin}>{t('pinned')}</CardBadge>}
        {article.mustRead && (
          <CardBadge icon={Star} className="text-red-700">
            {t('mustRead')}
          </CardBadge>
        )}
        {article.visibility === 'internal' && <CardBadge icon={Lock}>{t('internal')}</CardBadge>}
      </CardMeta>
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
