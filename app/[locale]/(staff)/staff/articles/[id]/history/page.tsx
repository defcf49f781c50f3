import Link from 'next/link';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaffPage } from '@/lib/auth/session';
import { getRevisionPair, listRevisions } from '@/lib/dal/editor';
import { diffSnapshots } from '@/lib/diff';
import type { Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';
import { ArticleTabs } from '../../_components/article-tabs';
import { loadForEdit } from '../../_components/load-form';
import { RestoreButton } from '../../_components/restore-button';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata() {
  const t = await getTranslations('history');
  return { title: t('title'), robots: { index: false, follow: false } };
}

const revisionParam = (v: string | string[] | undefined) => (typeof v === 'string' && /^\d{1,12}$/.test(v) ? Number(v) : null);

export default async function HistoryPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const viewer = await requireStaffPage(`/staff/articles/${id}/history`);
  const article = await loadForEdit(viewer, id);
  const revisions = await listRevisions({ viewer, id: article.id });
  const query = await searchParams;
  const known = new Set(revisions.map((r) => r.id));
  const pick = (v: number | null, fallback: number | undefined) => (v !== null && known.has(v) ? v : fallback);
  const to = pick(revisionParam(query.to), revisions[0]?.id);
  const from = pick(revisionParam(query.from), revisions[1]?.id ?? revisions[0]?.id);
  const pair = from && to ? await getRevisionPair({ viewer, id: article.id, from, to, locale }) : null;
  const diff = pair ? diffSnapshots(pair.from.fields, pair.to.fields) : [];
  const [t, tForm, format] = await Promise.all([getTranslations('history'), getTranslations('editorForm'), getFormatter()]);
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
                <th scope="col" className="py-2 pr-3">{t('version')}</th>
                <th scope="col" className="py-2 pr-3">{t('editor')}</th>
                <th scope="col" className="py-2 pr-3">{t('savedAt')}</th>
                <th scope="col" className="py-2 pr-3">{t('from')}</th>
                <th scope="col" className="py-2 pr-3">{t('to')}</th>
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
        <form id="compare-revisions" method="get">
          <button type="submit" className="mt-3 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50">
            {t('compare')}
          </button>
        </form>
      </section>

      {pair && (
        <section aria-labelledby="diff-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="diff">
          <h2 id="diff-heading" className="text-lg font-semibold">
            {t('diffTitle', { from: pair.from.version, to: pair.to.version })}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {t('diffBy', { from: `${pair.from.editor}, ${when(pair.from.at)}`, to: `${pair.to.editor}, ${when(pair.to.at)}` })}
          </p>
          <p className="mt-1 text-xs text-slate-500">{tForm('diffLegend')}</p>
          <dl className="mt-4 space-y-4">
            {diff
              .filter((d) => d.changed || ['title', 'summary', 'body'].includes(d.field))
              .map((d) => (
                <div key={d.field} data-testid={`diff-${d.field}`}>
                  <dt className="text-xs font-semibold text-slate-600 uppercase">{tForm(`fields.${d.field}` as 'fields.title')}</dt>
                  <dd className={cn('mt-1 text-sm whitespace-pre-wrap', !d.changed && 'text-slate-500')}>
                    {!d.changed
                      ? t('unchanged')
                      : d.parts.map((p, i) =>
                          p.added ? (
                            <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
                              {p.value}
                              {Array.isArray(pair.to.fields[d.field]) ? ' ' : ''}
                            </ins>
                          ) : p.removed ? (
                            <del key={i} className="bg-red-100 text-red-900">
                              {p.value}
                              {Array.isArray(pair.from.fields[d.field]) ? ' ' : ''}
                            </del>
                          ) : (
                            <span key={i}>
                              {p.value}
                              {Array.isArray(pair.to.fields[d.field]) ? ' ' : ''}
                            </span>
                          ),
                        )}
                  </dd>
                </div>
              ))}
          </dl>
          {diff.every((d) => !d.changed) && <p className="mt-3 text-sm text-slate-600">{t('identical')}</p>}
        </section>
      )}
      <p className="text-sm">
        <Link href={`/staff/articles/${article.id}`} className="text-brand-700 hover:underline">
          {t('backToEditor')}
        </Link>
      </p>
    </div>
  );
}
