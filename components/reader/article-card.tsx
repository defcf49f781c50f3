import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Lock, Pin, Star, type LucideIcon } from 'lucide-react';
import type { ArticleCard } from '@/lib/dal/readable';
import { articlePath, cn } from '@/lib/utils';
import { CardMedia } from './card-media';

/** The line above a card's title (a news card, a search hit): category, date, then badges. */
export async function CardMeta({ category, publishedAt, children }: { category: string; publishedAt: Date | null; children?: React.ReactNode }) {
  const format = await getFormatter();
  return (
    <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
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

/** Who wrote an article and for which unit: "Emma Editor · Party Committee Office". */
export function CardByline({ article, className }: { article: Pick<ArticleCard, 'author' | 'source'>; className?: string }) {
  const parts = [article.author, article.source].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className={cn('text-xs text-slate-600', className)} data-testid="card-byline">
      {parts.join(' · ')}
    </p>
  );
}

/**
 * A news card. With `media`, it opens with the cover image, or the category's panel when
 * the article has none (so that a row of cards stays even); without, it is text only.
 */
export async function ArticleCardView({
  article,
  headingLevel = 3,
  media = false,
}: {
  article: ArticleCard;
  headingLevel?: 2 | 3;
  media?: boolean;
}) {
  const t = await getTranslations('article');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      className="group relative flex h-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm transition-shadow hover:shadow-md"
      data-testid="article-card"
    >
      {media && <CardMedia image={article.thumbnail} category={article.category} isMeeting={article.isMeeting} className="aspect-[16/9]" />}
      <div className="flex flex-1 flex-col p-4">
        <CardMeta category={article.category.name} publishedAt={article.publishedAt}>
          {article.pinned && <CardBadge icon={Pin}>{t('pinned')}</CardBadge>}
          {article.mustRead && (
            <CardBadge icon={Star} className="text-red-700">
              {t('mustRead')}
            </CardBadge>
          )}
          {article.visibility === 'internal' && <CardBadge icon={Lock}>{t('internal')}</CardBadge>}
        </CardMeta>
        <Heading className={'text-base leading-snug font-semibold text-slate-900'}>
          {/* The link covers the whole card, so that the picture and the summary lead to the article too. */}
          <Link
            href={articlePath(article)}
            className="after:absolute after:inset-0 hover:text-brand-700 hover:underline"
            lang={article.language === 'zh' ? 'zh-CN' : 'en'}
          >
            {article.title}
          </Link>
        </Heading>
        {article.summary && (
          <p className="mt-2 line-clamp-3 text-sm text-slate-600">{article.summary}</p>
        )}
        <CardByline article={article} className="mt-auto pt-3" />
      </div>
    </article>
  );
}
