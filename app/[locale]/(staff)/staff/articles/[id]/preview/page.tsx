import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/reader/article-view';
import { getArticlePreview } from '@/lib/dal/article-detail';
import { ArticleTabs } from '../../_components/article-tabs';
import { openArticlePage, staffPageMetadata, type ArticlePageProps } from '../../_components/load-form';

// Never cached, never indexed: rendered per request for staff who may see the draft.
export const dynamic = 'force-dynamic';

export const generateMetadata = staffPageMetadata('editorForm', 'tabs.preview', { nocache: true });

export default async function PreviewPage({ params, searchParams }: ArticlePageProps) {
  const { locale, id, viewer } = await openArticlePage(params, '/preview');
  if (!/^\d{1,12}$/.test(id)) notFound();
  const revision = (await searchParams).revision;
  const revisionId = typeof revision === 'string' && /^\d{1,12}$/.test(revision) ? Number(revision) : undefined;
  const article = await getArticlePreview({ viewer, locale, id: Number(id), revisionId });
  if (!article) notFound();
  return (
    <div className="space-y-6">
      <ArticleTabs id={article.id} current="preview" title={article.title} />
      <ArticleView article={article} preview />
    </div>
  );
}
