'use client';

import { useTranslations } from 'next-intl';
import { AlertTriangle } from 'lucide-react';
import type { Comparison, Conflict } from './use-article-save';

/**
 * Someone else saved while this editor was typing: nothing was saved, nothing is lost. The
 * editor compares the two texts, then saves theirs over or drops it for the newest version.
 */
export function ConflictNotice({
  conflict,
  comparison,
  onCompare,
  onKeepMine,
  onLoadTheirs,
}: {
  conflict: Conflict;
  comparison: Comparison | null;
  onCompare: () => void;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}) {
  const t = useTranslations('editorForm');
  return (
    <div role="alert" className="space-y-3 rounded border border-amber-400 bg-amber-50 p-4 text-amber-950" data-testid="conflict">
      <p className="flex items-start gap-2 font-medium">
        <AlertTriangle aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
        {conflict.message}
      </p>
      <p className="text-sm">{t('conflictHelp')}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onCompare} className="rounded border border-amber-600 bg-white px-3 py-1.5 text-sm font-medium hover:bg-amber-100">
          {t('compare')}
        </button>
        <button type="button" onClick={onKeepMine} className="rounded bg-amber-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-800">
          {t('keepMine')}
        </button>
        <button
          type="button"
          onClick={() => {
            if (window.confirm(t('discardConfirm'))) onLoadTheirs();
          }}
          className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm hover:bg-slate-100"
        >
          {t('loadTheirs')}
        </button>
      </div>
      {comparison && (
        <div className="space-y-2 rounded border border-amber-200 bg-white p-3 text-sm" data-testid="comparison">
          <p className="font-medium">{t('comparing', { name: comparison.latest.by, version: comparison.latest.version })}</p>
          {comparison.diff.map((d) => (
            <div key={d.field}>
              <p className="text-xs font-semibold text-slate-600 uppercase">{t(`fields.${d.field}` as 'fields.title')}</p>
              {d.changed ? (
                <p className="whitespace-pre-wrap">
                  {d.parts.map((p, i) =>
                    p.added ? (
                      <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
                        {p.value}
                      </ins>
                    ) : p.removed ? (
                      <del key={i} className="bg-red-100 text-red-900">
                        {p.value}
                      </del>
                    ) : (
                      <span key={i}>{p.value}</span>
                    ),
                  )}
                </p>
              ) : (
                <p className="text-slate-500">{t('same')}</p>
              )}
            </div>
          ))}
          <p className="text-xs text-slate-500">{t('diffLegend')}</p>
        </div>
      )}
    </div>
  );
}
