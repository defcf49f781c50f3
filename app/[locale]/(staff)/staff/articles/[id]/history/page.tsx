import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getRevisionPair, listRevisions } from '@/lib/dal/revisions';
import { getArticleTimeline } from '@/lib/dal/audit';
import { ArticleTabs } from '../../_components/article-tabs';
import { loadForEdit, openArticlePage, staffPageMetadata, type ArticlePageProps } from '../../_components/load-form';
import { RestoreButton } from '../../_components/restore-button';
import { RevisionDiff } from '../../_components/revision-diff';
import { ArticleTimeline } from '../../_components/article-timeline';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffPageMetadata('history', 'title');

const revisionParam = (v: string | string[] | undefined) => (typeof v === 'string' && /^\d{1,12}$/.test(v) ? Number(v) : null);

export default async function HistoryPage({ params, searchParams }: ArticlePageProps) {
  const { locale, id, viewer } = await openArticlePage(params, '/history');
  const article = await loadForEdit(viewer, id);
  const revisions = await listRevisions({ viewer, id: article.id });
  const query = await searchParams;
  const known = new Set(revisions.map((r) => r.id));
  const pick = (v: number | null, fallback: number | undefined) => (v !== null && known.has(v) ? v : fallback);
  const to = pick(revisionParam(query.to), revisions[0]?.id);
  const from = pick(revisionParam(query.from), revisions[1]?.id ?? revisions[0]?.id);
  const [pair, timeline] = await Promise.all([
    from && to && revisions.length > 1 ? getRevisionPair({ viewer, id: article.id, from, to, locale }) : null,
    getArticleTimeline({ viewer, id: article.id }),
  ]);
  const [t, format] = await Promise.all([getTranslations('history'), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="space-y-6">
      <ArticleTabs id={article.id} current="history" title={article.fields.title} />
      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading" className="text-lg font-semibold">
          {t('revisions', { count: revisions.length })}
        </h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="revisions">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                {(['version', 'editor', 'savedAt', 'from', 'to'] as const).map((column) => (
                  <th key={column} scope="col" className="py-2 pr-3">
                    {t(column)}
                  </th>
                ))}
                <th scope="col" className="py-2">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {revisions.map((r) => (
                <tr key={r.id} data-testid="revision-row" data-version={r.version}>
                  <td className="py-2 pr-3 font-medium">
                    {t('versionNumber', { version: r.version })}
                    {r.isLive && <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">{t('live')}</span>}
                    {r.isWorking && !r.isLive && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t('working')}</span>}
                    {r.autosave && <span className="ml-2 text-xs text-slate-500">{t('autosave')}</span>}
                    {r.note?.startsWith('restored:') && (
                      <span className="ml-2 text-xs text-slate-500">{t('restoredFrom', { version: r.note.slice(9) })}</span>
                    )}
                  </td>
                  <td className="py-2 pr-3">{r.editor}</td>
                  <td className="py-2 pr-3">
                    <time dateTime={r.updatedAt.toISOString()}>{when(r.updatedAt)}</time>
                  </td>
                  <td className="py-2 pr-3">
                    <input type="radio" form="compare-revisions" name="from" value={r.id} defaultChecked={r.id === from} aria-label={t('compareFrom', { version: r.version })} />
                  </td>
                  <td className="py-2 pr-3">
                    <input type="radio" form="compare-revisions" name="to" value={r.id} defaultChecked={r.id === to} aria-label={t('compareTo', { version: r.version })} />
                  </td>
                  <td className="py-2 text-right">
                    {article.canEdit && !r.isWorking && (
                      <RestoreButton id={article.id} revisionId={r.id} baseVersion={article.version} version={r.version} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {/* The radios above belong to this form through their form attribute: each row also holds a restore form, and forms cannot nest. */}
        {revisions.length > 1 ? (
          <form id="compare-revisions" method="get">
            <button type="submit" className="mt-3 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
              {t('compare')}
            </button>
          </form>
        ) : (
          <p className="mt-3 text-sm text-slate-600" data-testid="only-version">
            {t('onlyVersion')}
          </p>
        )}
      </section>

      {pair && <RevisionDiff pair={pair} />}
      <ArticleTimeline items={timeline} />
      <p className="text-sm">
        <Link href={`/staff/articles/${article.id}`} className="text-brand-700 hover:underline">
          {t('backToEditor')}
        </Link>
      </p>
    </div>
  );
}
