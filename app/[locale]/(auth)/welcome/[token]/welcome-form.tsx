'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { acceptInvitationAction, type WelcomeState } from './actions';

/** Choose a password, twice; the form says what is wrong under the first field. */
export function WelcomeForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('welcome');
  const [state, action, pending] = useActionState<WelcomeState, FormData>(acceptInvitationAction, { status: 'idle' });
  const error = state.status === 'error' ? (state.fieldErrors?.password?.[0] ?? state.message ?? null) : null;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField id="password" name="password" type="password" label={t('password')} hint={t('passwordHint')} autoComplete="new-password" required minLength={12} maxLength={200} error={error} />
      <TextField id="confirm" name="confirm" type="password" label={t('confirm')} autoComplete="new-password" required minLength={12} maxLength={200} />
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="w-full">
        {t('submit')}
      </Button>
    </form>
  );
}
