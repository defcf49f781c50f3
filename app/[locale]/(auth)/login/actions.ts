'use server';

import { getTranslations } from 'next-intl/server';
import { signInWithPassword } from '@/lib/auth/sign-in';
import type { FormState } from '@/lib/forms';
import { safeCallbackPath } from '@/lib/utils';
import { type LoginInput, loginSchema } from '@/lib/validation/auth';

export async function loginAction(_prev: FormState<LoginInput>, formData: FormData): Promise<FormState<LoginInput>> {
  const t = await getTranslations('auth');
  const parsed = loginSchema.safeParse({
    email: formData.get('email') ?? '',
    password: formData.get('password') ?? '',
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  });
  const email = typeof formData.get('email') === 'string' ? String(formData.get('email')).slice(0, 320) : '';
  if (!parsed.success) return { status: 'error', message: t('required'), values: { email } };
  const result = await signInWithPassword({
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeCallbackPath(parsed.data.callbackUrl),
  });
  // On success signInWithPassword redirects and does not return.
  return { status: 'error', message: t(result), values: { email } };
}
