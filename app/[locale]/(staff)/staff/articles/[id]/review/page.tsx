import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleView } from '@/components/reader/article-view';
import { getArticlePreview } from '@/lib/dal/article-detail';
import { getReviewBase, getRevisionPair } from '@/lib/dal/revisions';
import { getAllowedActions } from '@/lib/dal/workflow';
import { ArticleTabs } from '../../_components/article-tabs';
import { loadForEdit, openArticlePage, staffPageMetadata, type ArticlePageProps } from '../../_components/load-form';
import { ReviewForm } from '../../_components/review-form';
import { RevisionDiff } from '../../_components/revision-diff';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffPageMetadata('workflow', 'reviewTitle');

export default async function ReviewPage({ params }: Pick<ArticlePageProps, 'params'>) {
  const { locale, id, viewer } = await openArticlePage(params, '/review');
  const article = await loadForEdit(viewer, id);
  const [allowed, base, preview, t] = await Promise.all([
    getAllowedActions({ viewer, id: article.id }),
    getReviewBase({ viewer, id: article.id }),
    getArticlePreview({ viewer, locale, id: article.id }),
    getTranslations('workflow'),
  ]);
  if (!preview) notFound();
  const pair = base.from && base.to && base.from !== base.to ? await getRevisionPair({ viewer, id: article.id, from: base.from, to: base.to, locale }) : null;
  const canDecide = (['approve', 'request_changes', 'reject'] as const).some((a) => allowed.actions[a] === true);
  return (
    <div className="space-y-6">
      <ArticleTabs id={article.id} current="review" title={article.fields.title} />
      {allowed.state !== 'in_review' ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-slate-700" data-testid="not-in-review">
          {t('notInReview')}
        </p>
      ) : canDecide || allowed.actions.approve ? (
        <ReviewForm id={article.id} version={article.version} actions={allowed.actions} />
      ) : (
        <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t('cannotReview')}</p>
      )}
      {pair ? (
        <RevisionDiff pair={pair} />
      ) : (
        <p className="text-sm text-slate-600">{t('firstVersion')}</p>
      )}
      <section aria-label={t('asReadersSeeIt')} className="rounded-lg border border-slate-200 bg-slate-50 p-4">
        <h2 className="mb-4 text-lg font-semibold">{t('asReadersSeeIt')}</h2>
        <ArticleView article={preview} preview />
      </section>
    </div>
  );
}
