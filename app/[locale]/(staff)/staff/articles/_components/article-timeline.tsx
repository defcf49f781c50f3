import { getFormatter, getTranslations } from 'next-intl/server';
import type { AuditItem } from '@/lib/dal/audit';
import { isErrorCode } from '@/lib/errors';

/** An article's audit trail: who moved it where, when, and with what comment. */
export async function ArticleTimeline({ items }: { items: AuditItem[] }) {
  const [t, tStatus, tErrors, format] = await Promise.all([
    getTranslations('workflow'),
    getTranslations('status'),
    getTranslations('errorCodes'),
    getFormatter(),
  ]);
  // The scheduler records why a publication failed as an error code.
  const comment = (e: AuditItem) => (e.actor === null && isErrorCode(e.comment) ? tErrors(e.comment) : e.comment);
  const actionLabel = (action: string) => {
    const key = `log.${action.replace(/\./g, '_')}` as 'log.article_submit';
    return t.has(key) ? t(key) : action;
  };
  const state = (s: string | null) => (s ? tStatus.has(s as 'draft') ? tStatus(s as 'draft') : s : '');
  return (
    <section aria-labelledby="timeline-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="timeline">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        {t('timeline')}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t('timelineEmpty')}</p>
      ) : (
        <ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4">
          {items.map((e) => (
            <li key={e.id} className="text-sm">
              <p>
                <span className="font-medium">{actionLabel(e.action)}</span>
                {e.fromState && e.toState && e.fromState !== e.toState && (
                  <span className="text-slate-600">
                    {' '}
                    · {state(e.fromState)} → {state(e.toState)}
                  </span>
                )}
              </p>
              <p className="text-xs text-slate-500">
                {e.actor ?? t('system')} · <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </p>
              {e.comment && <p className="mt-1 whitespace-pre-wrap text-slate-700">{comment(e)}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
