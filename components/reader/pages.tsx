import { notFound, permanentRedirect, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getArticleForReader } from '@/lib/dal/article-detail';
import { getFrontPage, getPublishedArticles, getUnacknowledgedMustReads } from '@/lib/dal/articles';
import { isAudience } from '@/lib/dal/readable';
import type { Locale } from '@/lib/i18n/config';
import type { Viewer } from '@/lib/permissions';
import { articlePath, parseArticleParam, parsePage } from '@/lib/utils';
import { ArticleList } from './article-list';
import { ArticleView } from './article-view';
import { FrontPageView } from './front-page';

// The readers' pages, shared by the static guest tree (viewer null) and the signed-in
// tree. Each passes the viewer to the data access layer, which decides what it may see.

export async function FrontPageScreen({ locale, viewer }: { locale: Locale; viewer: Viewer | null }) {
  const [data, mustReads] = await Promise.all([
    getFrontPage({ viewer, locale }),
    isAudience(viewer) ? ('shared' as const) : getUnacknowledgedMustReads({ viewer, locale }),
  ]);
  return <FrontPageView locale={locale} data={data} mustReads={mustReads} signedIn={!!viewer} />;
}

export async function NewsListScreen({
  locale,
  viewer,
  categorySlug,
  page: pageParam,
}: {
  locale: Locale;
  viewer: Viewer | null;
  categorySlug?: string;
  page: string | string[] | undefined;
}) {
  const page = parsePage(pageParam);
  if (page === null) notFound();
  if (categorySlug !== undefined && !/^[a-z0-9-]{1,80}$/.test(categorySlug)) notFound();
  const data = await getPublishedArticles({ viewer, locale, categorySlug, page });
  if (!data) notFound();
  const t = await getTranslations('list');
  const title = data.category ? t('categoryTitle', { category: data.category.name }) : t('title');
  const basePath = data.category ? `/news/category/${data.category.slug}` : '/news';
  return <ArticleList title={title} data={data} basePath={basePath} />;
}

export async function ArticleScreen({ locale, viewer, param }: { locale: Locale; viewer: Viewer | null; param: string }) {
  const parsed = parseArticleParam(param);
  if (!parsed) notFound();
  const result = await getArticleForReader({ viewer, locale, id: parsed.id });
  if (result.kind === 'sign-in') {
    redirect(`/login?callbackUrl=${encodeURIComponent(`/news/${parsed.id}`)}`);
  }
  if (result.kind === 'not-found') notFound();
  if (parsed.slug !== result.article.slug) permanentRedirect(articlePath(result.article));
  return <ArticleView article={result.article} preview={result.preview} />;
}

export async function articleMetadata({ locale, viewer, param }: { locale: Locale; viewer: Viewer | null; param: string }) {
  const parsed = parseArticleParam(param);
  if (!parsed) return {};
  const result = await getArticleForReader({ viewer, locale, id: parsed.id });
  if (result.kind !== 'ok') return {};
  return {
    title: result.article.title,
    description: result.article.summary,
    robots: result.preview || result.article.visibility === 'internal' ? { index: false, follow: false } : undefined,
  };
}
