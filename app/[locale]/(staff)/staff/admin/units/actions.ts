'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { runAction } from '@/lib/actions';
import { createUnit, deleteUnit, setUnitRetired, updateUnit, UNIT_KINDS } from '@/lib/dal/unit-admin';
import type { Locale } from '@/lib/i18n/config';
import { formFields, type AdminState } from '../_components/state';

// The Units section's actions; lib/dal/unit-admin.ts decides and audits.

const id = z.coerce.number().int().positive().max(2 ** 31);
const parent = z.preprocess((v) => (v === '' || v === undefined ? null : v), z.coerce.number().int().positive().nullable());
const names = { nameEn: z.string().max(400), nameZh: z.string().max(400), kind: z.enum(UNIT_KINDS), parent };

async function done(locale: Locale, key: string, values: Record<string, string | number> = {}): Promise<AdminState> {
  revalidatePath('/staff/admin/units');
  return { status: 'success', message: (await getTranslations({ locale, namespace: 'admin.units' }))(key, values) };
}

export async function createUnitAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  const values = formFields(formData);
  return runAction({ name: 'createUnitAction', schema: z.object({ code: z.string().max(100), ...names }), values }, values, async (input, viewer, locale) => {
    const { code } = await createUnit(viewer, input);
    return done(locale, 'added', { code });
  });
}

export async function updateUnitAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'updateUnitAction', schema: z.object({ id, ...names }) }, formFields(formData), async (input, viewer, locale) => {
    await updateUnit(viewer, { unit: input.id, nameEn: input.nameEn, nameZh: input.nameZh, kind: input.kind, parent: input.parent });
    return done(locale, 'saved');
  });
}

export async function retireUnitAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'retireUnitAction', schema: z.object({ id, retired: z.enum(['true', 'false']) }) }, formFields(formData), async (input, viewer, locale) => {
    const refs = await setUnitRetired(viewer, { unit: input.id, retired: input.retired === 'true' });
    return done(locale, input.retired === 'true' ? 'retired' : 'restored', refs);
  });
}

export async function deleteUnitAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'deleteUnitAction', schema: z.object({ id }) }, formFields(formData), async (input, viewer, locale) => {
    await deleteUnit(viewer, { unit: input.id });
    return done(locale, 'deleted');
  });
}
