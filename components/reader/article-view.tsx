import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Eye, Paperclip } from 'lucide-react';
import { SafeHtml } from '@/components/ui/safe-html';
import { formatFileSize } from '@/lib/editor/file-size';
import type { ArticleDetail } from '@/lib/dal/article-detail';
import type { ArticleLink } from '@/lib/dal/readable';
import { articlePath } from '@/lib/utils';
import { ArticleTitleLink } from './article-title-link';
import { MeetingFactBox } from './meeting-fact-box';
import { ViewCounter } from './view-counter';

/** The article page, in the order of a published report: title, meta line, body, related, previous and next. */
export async function ArticleView({ article, preview = false }: { article: ArticleDetail; preview?: boolean }) {
  const [t, tReader, tStatus, tMeeting, format] = await Promise.all([
    getTranslations('article'),
    getTranslations('reader'),
    getTranslations('status'),
    getTranslations('meeting'),
    getFormatter(),
  ]);
  const lang = article.language === 'zh' ? 'zh-CN' : 'en';
  return (
    <div className="mx-auto max-w-3xl">
      {preview && (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="preview-banner">
          {t('preview')} {t('statusLabel', { status: tStatus(article.status as 'draft') })}
        </p>
      )}
      <article lang={lang}>
        <p className="mb-2 text-sm">
          <Link href={`/news/category/${article.category.slug}`} className="font-medium text-brand-700 hover:underline">
            {article.category.name}
          </Link>
        </p>
        <h1 className="text-2xl leading-tight font-bold text-slate-900 sm:text-3xl">{article.title}</h1>
        <div
          className="mt-4 flex flex-wrap items-center justify-between gap-x-6 gap-y-3 border-b border-slate-200 pb-4 text-sm text-slate-600"
          data-testid="meta-line"
        >
          <div className="flex min-w-0 items-center gap-3" data-testid="byline">
            {article.author && (
              <span
                aria-hidden="true"
                className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-800"
              >
                {initials(article.author)}
              </span>
            )}
            <div className="min-w-0">
              {article.author && (
                <p className="font-medium text-slate-900" data-testid="author">
                  {tReader('byline', { name: article.author })}
                </p>
              )}
              {article.source && (
                <p data-testid="source">
                  {t('source')}: {article.source}
                </p>
              )}
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-x-5 gap-y-1">
            {article.publishedAt && (
              <span>
                {t('date')}:{' '}
                <time dateTime={article.publishedAt.toISOString()}>{format.dateTime(article.publishedAt, { dateStyle: 'long' })}</time>
              </span>
            )}
            <span className="inline-flex items-center gap-1">
              <Eye aria-hidden="true" className="size-4" />
              {preview ? (
                <span data-testid="views">
                  {t('views')}: {article.views}
                </span>
              ) : (
                <ViewCounter articleId={article.id} initialViews={article.views} label={t('views')} />
              )}
              <span>({t('readers', { count: article.readers })})</span>
            </span>
          </div>
        </div>
        {article.translation && (
          <p className="mt-3 text-sm">
            <Link href={articlePath(article.translation)} hrefLang={article.translation.language === 'zh' ? 'zh-CN' : 'en'} className="text-brand-700 underline">
              {t('readIn', { title: article.translation.title })}
            </Link>
          </p>
        )}
        {article.cover && (
          <figure className="mt-6">
            {/* eslint-disable-next-line @next/next/no-img-element -- uploads are already resized into width variants by the server */}
            <img
              src={article.cover.src}
              srcSet={article.cover.srcset}
              sizes={article.cover.sizes}
              width={article.cover.width}
              height={article.cover.height}
              alt=""
              fetchPriority="high"
              className="h-auto w-full rounded-lg bg-slate-100 object-cover"
              data-testid="cover-image"
            />
          </figure>
        )}
        {article.meeting && <MeetingFactBox meeting={article.meeting} language={article.language} kindName={article.meetingKindName} />}
        <SafeHtml html={article.body} className="mt-6" />
        {article.attachments.length > 0 && (
          <section aria-labelledby="attachments-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-4" data-testid="attachments">
            <h2 id="attachments-title" className="flex items-center gap-2 text-base font-semibold">
              <Paperclip aria-hidden="true" className="size-4" />
              {t('attachments')}
            </h2>
            <ul className="mt-2 space-y-1 text-sm">
              {article.attachments.map((a) => (
                <li key={a.key}>
                  <a href={a.url} download={a.name} className="text-brand-700 hover:underline">
                    {a.name}
                  </a>{' '}
                  <span className="text-slate-500">({formatFileSize(a.size, lang)})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {article.tags.length > 0 && (
          <p className="mt-6 flex flex-wrap gap-2 text-sm">
            <span className="text-slate-600">{t('tags')}:</span>
            {article.tags.map((tag) => (
              <span key={tag.slug} className="rounded bg-slate-200 px-2 py-0.5 text-slate-700">
                {tag.name}
              </span>
            ))}
          </p>
        )}
      </article>
      <section aria-labelledby="related-title" className="mt-10 border-t border-slate-200 pt-6 no-print" data-testid="related">
        <h2 id="related-title" className="mb-3 text-lg font-semibold">
          {t('related')}
        </h2>
        {article.related.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noRelated')}</p>
        ) : (
          <ul className="space-y-2">
            {article.related.map((r) => (
              <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2">
                <ArticleTitleLink article={r} className="text-brand-700 hover:underline" />
                {r.publishedAt && (
                  <time className="text-xs text-slate-500" dateTime={r.publishedAt.toISOString()}>
                    {format.dateTime(r.publishedAt, { dateStyle: 'medium' })}
                  </time>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {article.seriesNav && (article.seriesNav.previous || article.seriesNav.next) && (
        <nav aria-labelledby="series-nav-title" className="mt-6 border-t border-slate-200 pt-6 text-sm no-print" data-testid="series-nav">
          <h2 id="series-nav-title" className="mb-3 text-lg font-semibold">
            {tMeeting('seriesTitle', { name: article.seriesNav.name })}
          </h2>
          <div className="grid gap-3 sm:grid-cols-2">
            <Neighbour label={tMeeting('previousMeeting')} link={article.seriesNav.previous} none={t('none')} rel="prev" testId="series-previous" />
            <Neighbour label={tMeeting('nextMeeting')} link={article.seriesNav.next} none={t('none')} rel="next" testId="series-next" />
          </div>
        </nav>
      )}
      <nav aria-label={`${t('previous')} / ${t('next')}`} className="mt-6 grid gap-3 border-t border-slate-200 pt-6 text-sm sm:grid-cols-2 no-print">
        <Neighbour label={t('previous')} link={article.previous} none={t('none')} rel="prev" testId="previous-article" />
        <Neighbour label={t('next')} link={article.next} none={t('none')} rel="next" testId="next-article" />
      </nav>
    </div>
  );
}

function Neighbour({ label, link, none, rel, testId }: { label: string; link: ArticleLink | null; none: string; rel: string; testId: string }) {
  return (
    <p data-testid={testId}>
      <span className="block text-slate-500">{label}</span>
      {link ? (
        <Link href={articlePath(link)} rel={rel} className="font-medium text-brand-700 hover:underline">
          {link.title}
        </Link>
      ) : (
        <span className="text-slate-500">{none}</span>
      )}
    </p>
  );
}

/** Up to two letters of a name for its avatar: "Emma Editor" → "EE", "王晓明" → "晓明". */
function initials(name: string) {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  if (/^[\u3400-\u9fff]+$/.test(words[0])) return [...words[0]].slice(-2).join('');
  return words
    .slice(0, 2)
    .map((w) => [...w][0].toUpperCase())
    .join('');
}
