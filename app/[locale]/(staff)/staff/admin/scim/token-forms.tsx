'use client';

import { Ban, KeyRound } from 'lucide-react';
import { useActionState, useId, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { LiveStatus } from '@/components/ui/live-status';
import { createScimTokenAction, revokeScimTokenAction, type TokenState } from './actions';

const idle: TokenState = { status: 'idle' };

/** Creates a token and shows it once, selected for copying. */
export function CreateTokenForm() {
  const t = useTranslations('identityAdmin.scim');
  const uid = useId();
  const [state, action, pending] = useActionState(createScimTokenAction, idle);
  const token = state.status === 'success' ? state.data?.token : undefined;
  return (
    <div className="space-y-3">
      <form action={action} className="grid items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_auto]" data-testid="create-token">
        <TextField
          id={`${uid}-name`}
          name="name"
          label={t('name')}
          hint={t('nameHint')}
          maxLength={100}
          required
          defaultValue={state.status === 'error' ? state.values?.name : ''}
          error={state.fieldErrors?.name?.[0] ?? null}
        />
        <Button type="submit" variant="primary" size="md" disabled={pending} className="sm:mb-6">
          <KeyRound aria-hidden="true" className="size-4" />
          {t('create')}
        </Button>
      </form>
      {token && (
        <div role="status" className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950" data-testid="new-token">
          <p className="font-semibold">{state.message}</p>
          <input
            readOnly
            value={token}
            aria-label={t('tokenLabel')}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded border border-emerald-300 bg-white px-2 py-1.5 font-mono text-xs text-slate-900"
          />
          <p>{t('copyHelp')}</p>
        </div>
      )}
    </div>
  );
}

/** Revokes a token after asking. */
export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  const t = useTranslations('identityAdmin.scim');
  const [state, action, pending] = useActionState(revokeScimTokenAction, idle);
  const [confirm, dialog] = useConfirm();
  const form = useRef<HTMLFormElement>(null);
  const ask = async () => {
    const yes = await confirm({ title: t('revokeTitle'), message: t('revokeBody', { name }), confirmLabel: t('revoke'), cancelLabel: t('cancel'), danger: true });
    if (yes) form.current?.requestSubmit();
  };
  return (
    <form ref={form} action={action} className="flex items-center justify-end gap-2">
      <input type="hidden" name="id" value={id} />
      {state.status === 'error' && <LiveStatus status={{ kind: 'error', text: state.message ?? '' }} className="min-h-0" />}
      <Button type="button" variant="danger" size="xs" disabled={pending} onClick={ask} aria-label={t('revokeLabel', { name })}>
        <Ban aria-hidden="true" className="size-3.5" />
        {t('revoke')}
      </Button>
      {dialog}
    </form>
  );
}
