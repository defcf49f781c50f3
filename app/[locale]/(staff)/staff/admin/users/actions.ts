'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { runAction } from '@/lib/actions';
import { eraseUser } from '@/lib/dal/privacy';
import { createUser, grantRole, revokeRole, setUserActive, setUserPassword, signOutEverywhere, updateUser } from '@/lib/dal/user-admin';
import type { Locale } from '@/lib/i18n/config';
import { ROLES } from '@/lib/permissions';
import { formFields as fields, type AdminState } from '../_components/state';

// The Users section's actions. Each goes through runAction (lib/actions.ts) and leaves
// every decision (admins only, the last admin, taken emails, retired units) to lib/dal.

const id = z.coerce.number().int().positive().max(2 ** 31);
const unit = z.preprocess((v) => (v === '' || v === null || v === undefined ? null : v), z.coerce.number().int().positive().nullable());
const role = z.enum(ROLES);
async function done(locale: Locale, key: string, values: Record<string, string> = {}, secret?: { label: string; value: string }): Promise<AdminState> {
  const t = await getTranslations({ locale, namespace: 'admin.users' });
  revalidatePath('/staff/admin/users', 'layout');
  return { status: 'success', message: t(key, values), ...(secret ? { data: { secret } } : {}) };
}

const createInput = z.object({
  email: z.string().max(320),
  name: z.string().max(400),
  unit,
  role,
  mode: z.enum(['invite', 'generate']),
});

/** Creates an account with an invitation or a generated password, shown once. */
export async function createUserAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  const values = fields(formData);
  return runAction({ name: 'createUserAction', schema: createInput, values }, values, async (input, viewer, locale) => {
    const result = await createUser(viewer, { email: input.email, name: input.name, unit: input.unit, role: input.role, invite: input.mode === 'invite' });
    const t = await getTranslations({ locale, namespace: 'admin.users' });
    const secret = result.password
      ? { label: t('passwordOnce'), value: result.password }
      : { label: result.invitation?.mailed ? t('inviteMailed') : t('inviteLink'), value: result.invitation?.link ?? '' };
    return done(locale, 'created', { email: input.email.trim().toLowerCase() }, secret);
  });
}

const updateInput = z.object({ id, name: z.string().max(400), email: z.string().max(320), unit });

/** Changes name, email and unit. */
export async function updateUserAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  const values = fields(formData);
  return runAction({ name: 'updateUserAction', schema: updateInput, values }, values, async (input, viewer, locale) => {
    await updateUser(viewer, { user: input.id, name: input.name, email: input.email, unit: input.unit });
    return done(locale, 'saved');
  });
}

/** Grants a role, scoped to a unit or not. */
export async function grantRoleAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'grantRoleAction', schema: z.object({ id, role, unit }) }, fields(formData), async (input, viewer, locale) => {
    const { granted } = await grantRole(viewer, { user: input.id, role: input.role, unit: input.unit });
    return done(locale, granted ? 'granted' : 'alreadyGranted');
  });
}

/** Revokes one grant. */
export async function revokeGrantAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'revokeGrantAction', schema: z.object({ id, role, grantId: id }) }, fields(formData), async (input, viewer, locale) => {
    await revokeRole(viewer, { user: input.id, role: input.role, grantId: input.grantId });
    return done(locale, 'revoked');
  });
}

/** Deactivates (ending every session at once) or reactivates an account. */
export async function setActiveAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'setActiveAction', schema: z.object({ id, active: z.enum(['true', 'false']) }) }, fields(formData), async (input, viewer, locale) => {
    await setUserActive(viewer, { user: input.id, active: input.active === 'true' });
    return done(locale, input.active === 'true' ? 'activated' : 'deactivated');
  });
}

/** Resets the password: a new generated one, or an invitation to choose one. Ends every session. */
export async function resetPasswordAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'resetPasswordAction', schema: z.object({ id, mode: z.enum(['invite', 'generate']) }) }, fields(formData), async (input, viewer, locale) => {
    const result = await setUserPassword(viewer, { user: input.id, invite: input.mode === 'invite' });
    const t = await getTranslations({ locale, namespace: 'admin.users' });
    const secret = result.password
      ? { label: t('passwordOnce'), value: result.password }
      : { label: result.invitation?.mailed ? t('inviteMailed') : t('inviteLink'), value: result.invitation?.link ?? '' };
    return done(locale, 'passwordReset', {}, secret);
  });
}

/** Ends every session of the user, on every device. */
export async function signOutEverywhereAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'signOutEverywhereAction', schema: z.object({ id }) }, fields(formData), async (input, viewer, locale) => {
    await signOutEverywhere(viewer, { user: input.id });
    return done(locale, 'signedOut');
  });
}

/** Erases the user (data protection) and goes back to the list. */
export async function eraseUserAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'eraseUserAction', schema: z.object({ id }) }, fields(formData), async (input, viewer) => {
    await eraseUser(viewer, input.id);
    revalidatePath('/staff/admin/users', 'layout');
    return { redirect: '/staff/admin/users?erased=1' };
  });
}
