import { getTimeZone, getTranslations } from 'next-intl/server';
import { getAllowedActions } from '@/lib/dal/workflow';
import { getLatestReview } from '@/lib/dal/revisions';
import { tomorrowMorning } from '@/lib/time';
import { ArticleForm } from '../_components/article-form';
import { loadForEdit, loadFormOptions, openArticlePage, staffPageMetadata, type ArticlePageProps } from '../_components/load-form';
import { ArticleTabs } from '../_components/article-tabs';
import { WorkflowPanel } from '../_components/workflow-panel';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffPageMetadata('editorForm', 'editTitle');

export default async function EditArticlePage({ params, searchParams }: ArticlePageProps) {
  const { locale, id, viewer } = await openArticlePage(params, '');
  const article = await loadForEdit(viewer, id);
  const { restored, as } = await searchParams;
  const t = await getTranslations('editorForm');
  const [options, allowed, review, timeZone] = await Promise.all([
    article.canEdit ? loadFormOptions(viewer, locale, article.id) : null,
    getAllowedActions({ viewer, id: article.id }),
    getLatestReview({ viewer, id: article.id }),
    getTimeZone(),
  ]);
  const workflow = {
    id: article.id,
    state: allowed.state,
    actions: allowed.actions,
    scheduledAt: allowed.scheduledAt?.toISOString() ?? null,
    scheduleError: allowed.scheduleError,
    review: review && { ...review, at: review.at.toISOString() },
    defaultPublishAt: tomorrowMorning(timeZone),
  };
  return (
    <div className="space-y-4">
      <ArticleTabs id={article.id} current="edit" title={article.fields.title} />
      {typeof restored === 'string' && /^\d{1,9}$/.test(restored) && typeof as === 'string' && /^\d{1,9}$/.test(as) && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="restored-notice">
          {t('restoredNotice', { version: restored, as })}
        </p>
      )}
      {options ? (
        <ArticleForm
          key={`${article.version}-${allowed.state}`}
          workflow={workflow}
          article={{
            id: article.id,
            version: article.version,
            status: article.status,
            hasLive: article.hasLive,
            hasPendingChanges: article.hasPendingChanges,
            lastSaved: { ...article.lastSaved, at: article.lastSaved.at.toISOString() },
            fields: article.fields,
            cover: article.cover,
            attachmentFiles: article.attachmentFiles,
          }}
          options={options}
          defaultLanguage={locale}
        />
      ) : (
        <div className="space-y-4">
          <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t('readOnly')}</p>
          <div className="max-w-md">
            <WorkflowPanel panel={workflow} version={article.version} />
          </div>
        </div>
      )}
    </div>
  );
}
