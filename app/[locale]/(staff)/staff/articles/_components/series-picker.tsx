'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Plus } from 'lucide-react';
import { MEETING_LIMITS } from '@/lib/meeting';
import { createSeriesAction } from '../actions';
import { Field, fieldClass, Options } from './field';

type Option = { id: number; name: string };

/**
 * The meeting series of an article, and a new series created on the spot for the article's
 * source unit (`unitId` reads it from the form when the series is created).
 */
export function SeriesPicker({
  options,
  defaultValue,
  error,
  unitId,
  onCreated,
}: {
  options: Option[];
  defaultValue: number | null;
  error?: string[];
  unitId: () => string;
  onCreated: (text: string) => void;
}) {
  const t = useTranslations('editorForm');
  const tm = useTranslations('meetingEditor');
  const uid = useId();
  const [list, setList] = useState(options);
  const [value, setValue] = useState(defaultValue ? String(defaultValue) : '');
  const [draft, setDraft] = useState<{ nameEn: string; nameZh: string; error: string; busy: boolean } | null>(null);

  const create = async () => {
    if (!draft || draft.busy) return;
    setDraft({ ...draft, busy: true, error: '' });
    const result = await createSeriesAction({ nameEn: draft.nameEn, nameZh: draft.nameZh, unitId: unitId() }).catch(() => null);
    if (result?.status === 'success' && result.data) {
      const created = result.data;
      setList((current) => [...current, created]);
      setValue(String(created.id));
      setDraft(null);
      onCreated(tm('seriesCreated', { name: created.name }));
    } else {
      const message = result?.message ?? tm('seriesFailed');
      setDraft((current) => current && { ...current, busy: false, error: message });
    }
  };

  return (
    <div>
      <Field id={`${uid}-series`} label={t('fields.series')} error={error}>
        {(control) => (
          <select {...control} name="seriesId" value={value} onChange={(event) => setValue(event.target.value)} className={fieldClass}>
            <Options empty={t('noSeries')} items={list} />
          </select>
        )}
      </Field>
      {draft ? (
        <div className="mt-2 space-y-2 rounded border border-slate-200 bg-slate-50 p-3" role="group" aria-labelledby={`${uid}-new-series-title`}>
          <p id={`${uid}-new-series-title`} className="text-sm font-medium">
            {tm('newSeriesTitle')}
          </p>
          {(['nameEn', 'nameZh'] as const).map((key) => (
            <div key={key}>
              <label htmlFor={`${uid}-series-${key}`} className="block text-xs font-medium text-slate-700">
                {tm(key)}
              </label>
              <input
                id={`${uid}-series-${key}`}
                value={draft[key]}
                maxLength={MEETING_LIMITS.seriesName}
                autoFocus={key === 'nameEn'}
                onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    void create();
                  }
                }}
                aria-describedby={draft.error ? `${uid}-series-error` : undefined}
                className={fieldClass}
              />
            </div>
          ))}
          <p id={`${uid}-series-error`} aria-live="polite" className="text-sm text-red-700">
            {draft.error}
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => void create()}
              disabled={draft.busy}
              className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {tm('createSeries')}
            </button>
            <button type="button" onClick={() => setDraft(null)} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
              {tm('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => setDraft({ nameEn: '', nameZh: '', error: '', busy: false })}
          className="mt-2 inline-flex items-center gap-1 text-sm text-brand-700 hover:underline"
        >
          <Plus aria-hidden="true" className="size-4" />
          {tm('newSeries')}
        </button>
      )}
    </div>
  );
}
