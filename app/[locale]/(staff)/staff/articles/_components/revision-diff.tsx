import { getFormatter, getTranslations } from 'next-intl/server';
import type { RevisionSnapshot } from '@/lib/dal/revisions';
import { diffSnapshots } from '@/lib/diff';
import { cn } from '@/lib/utils';

/** The word-level differences between two revisions, field by field. */
export async function RevisionDiff({ pair }: { pair: { from: RevisionSnapshot; to: RevisionSnapshot } }) {
  const [t, tForm, format] = await Promise.all([getTranslations('history'), getTranslations('editorForm'), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const diff = diffSnapshots(pair.from.fields, pair.to.fields);
  return (
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
  );
}
