'use server';

import { z } from 'zod';
import { runPublicAction } from '@/lib/actions';
import { acceptInvitation } from '@/lib/dal/invitations';
import { ValidationError } from '@/lib/errors';
import type { FormState } from '@/lib/forms';

export type WelcomeState = FormState<{ password: string; confirm: string }>;

const input = z.object({ token: z.string().max(200), password: z.string().max(400), confirm: z.string().max(400) });

/** Chooses the password of an invitation, then sends the new user to sign in. */
export async function acceptInvitationAction(_prev: WelcomeState, formData: FormData): Promise<WelcomeState> {
  const raw = { token: formData.get('token'), password: formData.get('password'), confirm: formData.get('confirm') };
  return runPublicAction({ name: 'acceptInvitationAction', schema: input, messages: { invalid: 'welcome.mismatch' }, fieldOf: (code) => (code === 'password_short' || code === 'invalid' ? 'password' : undefined) }, raw, async ({ token, password, confirm }) => {
    // The two entries must agree before anything is checked or stored.
    if (password !== confirm) throw new ValidationError('invalid');
    await acceptInvitation({ token, password });
    return { redirect: '/login' };
  });
}
