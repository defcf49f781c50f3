'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import type { FormState } from '@/lib/forms';
import type { LoginInput } from '@/lib/validation/auth';
import { loginAction } from '../actions';

type Labels = { email: string; password: string; submit: string; submitting: string };

export function LoginForm({ callbackUrl, labels }: { callbackUrl: string; labels: Labels }) {
  const [state, formAction, pending] = useActionState<FormState<LoginInput>, FormData>(loginAction, { status: 'idle' });
  // One message for both fields: which of the two was wrong is not told.
  const invalid = state.status === 'error';
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        id="email"
        name="email"
        type="email"
        label={labels.email}
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        invalid={invalid}
        describedBy="login-error"
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        required
        invalid={invalid}
        describedBy="login-error"
      />
      <p id="login-error" aria-live="polite" role="alert" className="min-h-5 text-sm text-red-700" data-testid="login-error">
        {invalid ? state.message : ''}
      </p>
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="w-full">
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
