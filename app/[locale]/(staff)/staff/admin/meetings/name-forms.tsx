'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { MEETING_LIMITS } from '@/lib/meeting';
import { cn } from '@/lib/utils';
import {
  createMeetingKindAction,
  renameMeetingKindAction,
  renameMeetingSeriesAction,
  type AdminMeetingState,
} from './actions';

const input = 'mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600';
const idle: AdminMeetingState = { status: 'idle' };

function Status({ id, state }: { id: string; state: AdminMeetingState }) {
  return (
    <p id={id} aria-live="polite" className={cn('text-sm', state.status === 'error' ? 'text-red-700' : 'text-emerald-800')}>
      {state.message}
    </p>
  );
}

/** Renames a kind or a series, both names at once. */
export function RenameForm({
  kind,
  id,
  label,
  nameEn,
  nameZh,
}: {
  kind: 'kind' | 'series';
  id: number;
  label: string;
  nameEn: string;
  nameZh: string;
}) {
  const t = useTranslations('meetingEditor');
  const uid = useId();
  const [state, action, pending] = useActionState(kind === 'kind' ? renameMeetingKindAction : renameMeetingSeriesAction, idle);
  const max = kind === 'kind' ? MEETING_LIMITS.kindName : MEETING_LIMITS.seriesName;
  const invalid = state.status === 'error';
  return (
    <form action={action} aria-label={label} className="grid items-end gap-2 sm:grid-cols-[1fr_1fr_auto]" data-testid={`rename-${kind}`}>
      <input type="hidden" name="id" value={id} />
      <label className="text-sm font-medium">
        {t('nameEn')}
        <input name="nameEn" required maxLength={max} defaultValue={state.values?.nameEn ?? nameEn} aria-invalid={invalid} aria-describedby={`${uid}-status`} className={input} />
      </label>
      <label className="text-sm font-medium">
        {t('nameZh')}
        <input name="nameZh" required maxLength={max} defaultValue={state.values?.nameZh ?? nameZh} aria-invalid={invalid} aria-describedby={`${uid}-status`} className={input} />
      </label>
      <button type="submit" disabled={pending} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60">
        {t('admin.save')}
      </button>
      <div className="sm:col-span-3">
        <Status id={`${uid}-status`} state={state} />
      </div>
    </form>
  );
}

/** Adds a kind of meeting. */
export function AddKindForm() {
  const t = useTranslations('meetingEditor');
  const uid = useId();
  const [state, action, pending] = useActionState(createMeetingKindAction, idle);
  const invalid = state.status === 'error';
  return (
    <form action={action} className="grid items-end gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[10rem_1fr_1fr_auto]" data-testid="add-kind">
      <label className="text-sm font-medium">
        {t('admin.code')}
        <input name="code" maxLength={40} defaultValue={state.values?.code ?? ''} aria-describedby={`${uid}-hint ${uid}-status`} aria-invalid={invalid} className={input} />
      </label>
      <label className="text-sm font-medium">
        {t('nameEn')}
        <input name="nameEn" required maxLength={MEETING_LIMITS.kindName} defaultValue={state.values?.nameEn ?? ''} aria-invalid={invalid} aria-describedby={`${uid}-status`} className={input} />
      </label>
      <label className="text-sm font-medium">
        {t('nameZh')}
        <input name="nameZh" required maxLength={MEETING_LIMITS.kindName} defaultValue={state.values?.nameZh ?? ''} aria-invalid={invalid} aria-describedby={`${uid}-status`} className={input} />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {t('admin.addKind')}
      </button>
      <p id={`${uid}-hint`} className="text-xs text-slate-500 sm:col-span-4">
        {t('admin.codeHint')}
      </p>
      <div className="sm:col-span-4">
        <Status id={`${uid}-status`} state={state} />
      </div>
    </form>
  );
}
