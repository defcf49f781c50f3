'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { runAction } from '@/lib/actions';
import { createScimToken, revokeScimToken } from '@/lib/dal/scim-tokens';
import type { FormState } from '@/lib/forms';

// SCIM tokens. Admins only: lib/dal/scim-tokens decides.

export type TokenState = FormState<{ name?: string }, { token: string }>;

const createInput = z.object({ name: z.string().trim().min(1).max(100) });
const revokeInput = z.object({ id: z.coerce.number().int().positive() });
const messages = { bad_request: 'identityAdmin.scim.invalid' };

/** Creates a token and gives it back once, for the admin to copy. */
export async function createScimTokenAction(_prev: TokenState, formData: FormData): Promise<TokenState> {
  const name = typeof formData.get('name') === 'string' ? String(formData.get('name')) : '';
  return runAction({ name: 'createScimTokenAction', schema: createInput, messages, values: { name }, fieldOf: () => 'name' }, { name }, async (input, viewer, locale) => {
    const { token } = await createScimToken(viewer, input);
    revalidatePath('/staff/admin/scim');
    return { status: 'success', message: (await getTranslations({ locale, namespace: 'identityAdmin' }))('scim.created'), data: { token } };
  });
}

export async function revokeScimTokenAction(_prev: TokenState, formData: FormData): Promise<TokenState> {
  return runAction({ name: 'revokeScimTokenAction', schema: revokeInput, messages }, { id: formData.get('id') }, async ({ id }, viewer, locale) => {
    await revokeScimToken(viewer, id);
    revalidatePath('/staff/admin/scim');
    return { status: 'success', message: (await getTranslations({ locale, namespace: 'identityAdmin' }))('scim.revokedDone') };
  });
}
