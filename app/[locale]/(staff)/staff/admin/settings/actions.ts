'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { runAction } from '@/lib/actions';
import { sendTestMail, updatePortalSettings } from '@/lib/dal/settings';
import { formFields, type AdminState } from '../_components/state';

// The Settings section's actions; lib/dal/settings.ts validates, stores and audits.

const settingsInput = z.object({ portalNameEn: z.string().max(400), portalNameZh: z.string().max(400), defaultLocale: z.string().max(10), timeZone: z.string().max(100) });

export async function saveSettingsAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  const values = formFields(formData);
  return runAction({ name: 'saveSettingsAction', schema: settingsInput, values }, values, async (input, viewer, locale) => {
    await updatePortalSettings(viewer, input);
    revalidatePath('/', 'layout');
    return { status: 'success', message: (await getTranslations({ locale, namespace: 'admin.settings' }))('saved') };
  });
}

export async function testMailAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  const values = formFields(formData);
  return runAction({ name: 'testMailAction', schema: z.object({ to: z.string().max(320) }), values }, values, async (input, viewer, locale) => {
    const { error } = await sendTestMail(viewer, { to: input.to, locale });
    const t = await getTranslations({ locale, namespace: 'admin.settings' });
    return error ? { status: 'error', message: t('mailFailed', { error }) } : { status: 'success', message: t('mailSent', { to: input.to.trim() }) };
  });
}
