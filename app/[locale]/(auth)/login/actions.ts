'use server';

import { getTranslations } from 'next-intl/server';
import { runPublicAction } from '@/lib/actions';
import { signInWithPassword, signInWithSso } from '@/lib/auth/sign-in';
import type { FormState } from '@/lib/forms';
import { safeCallbackPath } from '@/lib/utils';
import { type LoginInput, loginSchema } from '@/lib/validation/auth';

export async function loginAction(_prev: FormState<LoginInput>, formData: FormData): Promise<FormState<LoginInput>> {
  const email = typeof formData.get('email') === 'string' ? String(formData.get('email')).slice(0, 320) : '';
  return runPublicAction(
    { name: 'loginAction', schema: loginSchema, messages: { bad_request: 'auth.required', failed: 'auth.error' }, values: { email } },
    { email: formData.get('email') ?? '', password: formData.get('password') ?? '', callbackUrl: formData.get('callbackUrl') ?? undefined },
    async (input, _viewer, locale) => {
      // On success signInWithPassword redirects and does not return.
      const result = await signInWithPassword({
        email: input.email,
        password: input.password,
        redirectTo: safeCallbackPath(input.callbackUrl),
      });
      return { status: 'error', message: (await getTranslations({ locale, namespace: 'auth' }))(result), values: { email } };
    },
  );
}

/** Starts single sign-on, coming back to the page the visitor asked for. */
export async function ssoSignInAction(formData: FormData) {
  const callbackUrl = formData.get('callbackUrl');
  await signInWithSso(safeCallbackPath(typeof callbackUrl === 'string' ? callbackUrl : undefined));
}
