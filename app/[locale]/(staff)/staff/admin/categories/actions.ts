'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { runAction } from '@/lib/actions';
import { createCategory, moveCategory, renameCategory, setCategoryRetired } from '@/lib/dal/categories';
import type { Locale } from '@/lib/i18n/config';
import { formFields, type AdminState } from '../_components/state';

// The Categories section's actions; lib/dal/categories.ts decides and audits.

const id = z.coerce.number().int().positive().max(2 ** 31);
const names = { nameEn: z.string().max(400), nameZh: z.string().max(400) };

async function done(locale: Locale, key: string, values: Record<string, string> = {}): Promise<AdminState> {
  revalidatePath('/staff/admin/categories');
  return { status: 'success', message: (await getTranslations({ locale, namespace: 'admin.categories' }))(key, values) };
}

export async function createCategoryAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  const values = formFields(formData);
  return runAction({ name: 'createCategoryAction', schema: z.object({ slug: z.string().max(100), ...names }), values }, values, async (input, viewer, locale) => {
    const { slug } = await createCategory(viewer, input);
    return done(locale, 'added', { slug });
  });
}

export async function renameCategoryAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'renameCategoryAction', schema: z.object({ id, ...names }) }, formFields(formData), async (input, viewer, locale) => {
    await renameCategory(viewer, { category: input.id, nameEn: input.nameEn, nameZh: input.nameZh });
    return done(locale, 'saved');
  });
}

export async function moveCategoryAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'moveCategoryAction', schema: z.object({ id, direction: z.enum(['up', 'down']) }) }, formFields(formData), async (input, viewer, locale) => {
    await moveCategory(viewer, { category: input.id, direction: input.direction });
    return done(locale, input.direction === 'up' ? 'movedUp' : 'movedDown');
  });
}

export async function retireCategoryAction(_prev: AdminState, formData: FormData): Promise<AdminState> {
  return runAction({ name: 'retireCategoryAction', schema: z.object({ id, retired: z.enum(['true', 'false']) }) }, formFields(formData), async (input, viewer, locale) => {
    await setCategoryRetired(viewer, { category: input.id, retired: input.retired === 'true' });
    return done(locale, input.retired === 'true' ? 'retired' : 'restored');
  });
}
