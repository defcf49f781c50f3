'use client';

import { Trash2 } from 'lucide-react';
import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { LiveStatus } from '@/components/ui/live-status';
import { ROLES } from '@/lib/permissions';
import { addGroupMappingAction, removeGroupMappingAction, type MappingState } from './actions';

const idle: MappingState = { status: 'idle' };
const input = inputClass({ compact: true });

const statusOf = (state: MappingState) =>
  state.message ? { kind: state.status === 'error' ? ('error' as const) : ('success' as const), text: state.message } : null;

/** Maps a directory group to a role, in one unit or everywhere. */
export function AddMappingForm({ units }: { units: { code: string; label: string }[] }) {
  const t = useTranslations('identityAdmin.sso');
  const tr = useTranslations('identityAdmin.roles');
  const uid = useId();
  const [state, action, pending] = useActionState(addGroupMappingAction, idle);
  const error = (field: 'group' | 'unit') => state.fieldErrors?.[field]?.[0];
  return (
    <form action={action} className="grid items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[2fr_1fr_1.5fr_auto]" data-testid="add-mapping">
      <Field label={t('group')}>
        <input
          name="group"
          required
          maxLength={256}
          defaultValue={state.values?.group ?? ''}
          aria-invalid={!!error('group')}
          aria-describedby={`${uid}-hint ${uid}-status`}
          className={input}
          placeholder="news-approvers-east"
        />
      </Field>
      <Field label={t('role')}>
        <select name="role" defaultValue={state.values?.role ?? 'editor'} className={input}>
          {ROLES.filter((r) => r !== 'reader').map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('unit')}>
        <select name="unit" defaultValue={state.values?.unit ?? ''} aria-invalid={!!error('unit')} aria-describedby={`${uid}-status`} className={input}>
          <option value="">{t('allUnits')}</option>
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.label}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" variant="primary" size="sm" disabled={pending}>
        {t('add')}
      </Button>
      <p id={`${uid}-hint`} className="text-xs text-slate-500 md:col-span-4">
        {t('groupHint')}
      </p>
      <LiveStatus id={`${uid}-status`} status={statusOf(state)} className="min-h-0 md:col-span-4" />
    </form>
  );
}

/** Removes one mapping; its roles go at each member's next sign-in. */
export function RemoveMappingButton({ id, label }: { id: number; label: string }) {
  const t = useTranslations('identityAdmin.sso');
  const [state, action, pending] = useActionState(removeGroupMappingAction, idle);
  return (
    <form action={action} className="flex items-center justify-end gap-2">
      <input type="hidden" name="id" value={id} />
      {state.status === 'error' && <LiveStatus status={statusOf(state)} className="min-h-0" />}
      <Button type="submit" variant="danger" size="xs" disabled={pending} aria-label={label}>
        <Trash2 aria-hidden="true" className="size-3.5" />
        {t('remove')}
      </Button>
    </form>
  );
}
