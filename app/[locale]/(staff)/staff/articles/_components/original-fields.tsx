'use client';

import { useTranslations } from 'next-intl';
import { History } from 'lucide-react';
import { LIMITS } from '@/lib/article-fields';
import { Field, fieldClass } from './field';

// The article as it was first published elsewhere (an imported report, the archive): the day
// it was published there and the views it had. Publishing takes the day as the article's
// publication date, so lists, previous/next and series place it where it belongs, and the
// view count goes on from the starting count. Both are filled in by an import.

export function OriginalFields({
  idPrefix,
  today,
  defaults,
  errors,
}: {
  idPrefix: string;
  /** Today in the portal's time zone, YYYY-MM-DD: the latest day allowed. */
  today: string;
  defaults: { originalDate: string; startingViews: number };
  errors: { originalDate?: string[]; startingViews?: string[] };
}) {
  const t = useTranslations('importReview');
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-3" data-testid="original-fields">
      <legend className="flex items-center gap-1.5 px-1 text-sm font-semibold text-slate-800">
        <History aria-hidden="true" className="size-4" />
        {t('originalLegend')}
      </legend>
      <Field id={`${idPrefix}-originalDate`} label={t('originalDate')} hint={t('originalDateHint')} error={errors.originalDate}>
        {(control) => <input {...control} type="date" name="originalDate" max={today} min="1970-01-01" defaultValue={defaults.originalDate} className={fieldClass} />}
      </Field>
      <Field id={`${idPrefix}-startingViews`} label={t('startingViews')} hint={t('startingViewsHint')} error={errors.startingViews}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            name="startingViews"
            min={0}
            max={LIMITS.startingViews}
            step={1}
            defaultValue={defaults.startingViews || ''}
            className={fieldClass}
          />
        )}
      </Field>
    </fieldset>
  );
}
