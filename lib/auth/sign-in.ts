import 'server-only';
import { AuthError } from 'next-auth';
import { signIn } from '@/auth';

/**
 * Signs in with the Credentials provider and redirects to `redirectTo` on success (the
 * redirect propagates as Next's redirect). On failure returns the catalog key to show.
 */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  redirectTo: string;
}): Promise<'invalid' | 'locked' | 'error'> {
  try {
    await signIn('credentials', { email: input.email, password: input.password, redirectTo: input.redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      if (error.type === 'CredentialsSignin') {
        return (error as AuthError & { code?: string }).code === 'locked' ? 'locked' : 'invalid';
      }
      console.error('Sign-in failed:', error.type);
      return 'error';
    }
    throw error;
  }
  return 'error';
}
