'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/forms';
import type { LoginInput } from '@/lib/validation/auth';
import { loginAction } from '../actions';

type Labels = { email: string; password: string; submit: string; submitting: string };

export function LoginForm({ callbackUrl, labels }: { callbackUrl: string; labels: Labels }) {
  const [state, formAction, pending] = useActionState<FormState<LoginInput>, FormData>(loginAction, { status: 'idle' });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email}
          aria-describedby="login-error"
          aria-invalid={state.status === 'error'}
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby="login-error"
          aria-invalid={state.status === 'error'}
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
        />
      </div>
      <p id="login-error" aria-live="polite" role="alert" className="min-h-5 text-sm text-red-700" data-testid="login-error">
        {state.status === 'error' ? state.message : ''}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
