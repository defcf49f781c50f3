'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { LiveStatus } from '@/components/ui/live-status';
import { MEETING_LIMITS } from '@/lib/meeting';
import {
  createMeetingKindAction,
  renameMeetingKindAction,
  renameMeetingSeriesAction,
  type AdminMeetingState,
} from './actions';

const input = inputClass({ compact: true });
const idle: AdminMeetingState = { status: 'idle' };

function Status({ id, state, className }: { id: string; state: AdminMeetingState; className: string }) {
  const status = state.message ? { kind: state.status === 'error' ? ('error' as const) : ('success' as const), text: state.message } : null;
  return <LiveStatus id={id} status={status} className={`min-h-0 ${className}`} />;
}

/** The English and Chinese names, both required, described by the form's status line. */
function NameInputs({ state, defaults, max, statusId }: { state: AdminMeetingState; defaults: { nameEn: string; nameZh: string }; max: number; statusId: string }) {
  const t = useTranslations('meetingEditor');
  return (['nameEn', 'nameZh'] as const).map((name) => (
    <Field key={name} label={t(name)}>
      <input
        name={name}
        required
        maxLength={max}
        defaultValue={state.values?.[name] ?? defaults[name]}
        aria-invalid={state.status === 'error'}
        aria-describedby={statusId}
        className={input}
      />
    </Field>
  ));
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
  return (
    <form action={action} aria-label={label} className="grid items-end gap-2 sm:grid-cols-[1fr_1fr_auto]" data-testid={`rename-${kind}`}>
      <input type="hidden" name="id" value={id} />
      <NameInputs state={state} defaults={{ nameEn, nameZh }} max={max} statusId={`${uid}-status`} />
      <Button type="submit" size="sm" disabled={pending}>
        {t('admin.save')}
      </Button>
      <Status id={`${uid}-status`} state={state} className="sm:col-span-3" />
    </form>
  );
}

/** Adds a kind of meeting. */
export function AddKindForm() {
  const t = useTranslations('meetingEditor');
  const uid = useId();
  const [state, action, pending] = useActionState(createMeetingKindAction, idle);
  return (
    <form action={action} className="grid items-end gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[10rem_1fr_1fr_auto]" data-testid="add-kind">
      <Field label={t('admin.code')}>
        <input name="code" maxLength={40} defaultValue={state.values?.code ?? ''} aria-describedby={`${uid}-hint ${uid}-status`} aria-invalid={state.status === 'error'} className={input} />
      </Field>
      <NameInputs state={state} defaults={{ nameEn: '', nameZh: '' }} max={MEETING_LIMITS.kindName} statusId={`${uid}-status`} />
      <Button type="submit" variant="primary" size="sm" disabled={pending}>
        {t('admin.addKind')}
      </Button>
      <p id={`${uid}-hint`} className="text-xs text-slate-500 sm:col-span-4">
        {t('admin.codeHint')}
      </p>
      <Status id={`${uid}-status`} state={state} className="sm:col-span-4" />
    </form>
  );
}
