import 'server-only';
import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn } from '@/auth';
import { OIDC_PROVIDER_ID } from './oidc';

/**
 * Signs in with the Credentials provider and redirects to `redirectTo` on success (the
 * redirect propagates as Next's redirect). On failure returns the catalog key to show.
 */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  redirectTo: string;
}): Promise<'invalid' | 'locked' | 'throttled' | 'sso_only' | 'error'> {
  try {
    await signIn('credentials', { email: input.email, password: input.password, redirectTo: input.redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      if (error.type === 'CredentialsSignin') {
        const code = (error as AuthError & { code?: string }).code;
        return code === 'locked' || code === 'throttled' || code === 'sso_only' ? code : 'invalid';
      }
      console.error('Sign-in failed:', error.type);
      return 'error';
    }
    throw error;
  }
  return 'error';
}

/**
 * Starts single sign-on: redirects to the identity provider (the redirect propagates as
 * Next's redirect). When the provider cannot be reached, returns to the sign-in page, which
 * says so.
 */
export async function signInWithSso(redirectTo: string): Promise<never> {
  try {
    await signIn(OIDC_PROVIDER_ID, { redirectTo });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    console.error('Single sign-on could not start:', error.type, error.cause instanceof Error ? error.cause.message : '');
  }
  redirect(`/login?${new URLSearchParams({ sso: 'unavailable', callbackUrl: redirectTo })}`);
}
