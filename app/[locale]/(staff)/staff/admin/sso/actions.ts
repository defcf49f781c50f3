'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { runAction } from '@/lib/actions';
import { addGroupMapping, removeGroupMapping } from '@/lib/dal/directory-groups';
import type { FormState } from '@/lib/forms';
import { ROLES } from '@/lib/permissions';

// The group → role mapping of single sign-on and SCIM. Admins only: lib/dal/directory-groups decides.

type MappingValues = { group?: string; role?: string; unit?: string };
export type MappingState = FormState<MappingValues>;

const addInput = z.object({
  group: z.string().trim().min(1).max(256),
  role: z.enum(ROLES),
  unit: z.string().trim().max(40).optional(),
});
const removeInput = z.object({ id: z.coerce.number().int().positive() });

const text = (formData: FormData, key: string) => {
  const v = formData.get(key);
  return typeof v === 'string' ? v : '';
};

const messages = { bad_request: 'identityAdmin.sso.invalid' };

export async function addGroupMappingAction(_prev: MappingState, formData: FormData): Promise<MappingState> {
  const values = { group: text(formData, 'group'), role: text(formData, 'role'), unit: text(formData, 'unit') };
  return runAction(
    { name: 'addGroupMappingAction', schema: addInput, messages, values, fieldOf: (code) => (code === 'unknown_unit' ? 'unit' : code === 'mapping_exists' ? 'group' : undefined) },
    values,
    async (input, viewer, locale) => {
      await addGroupMapping(viewer, { group: input.group, role: input.role, unit: input.unit || null });
      revalidatePath('/staff/admin/sso');
      return { status: 'success', message: (await getTranslations({ locale, namespace: 'identityAdmin' }))('sso.added', { group: input.group }) };
    },
  );
}

export async function removeGroupMappingAction(_prev: MappingState, formData: FormData): Promise<MappingState> {
  return runAction({ name: 'removeGroupMappingAction', schema: removeInput, messages }, { id: formData.get('id') }, async ({ id }, viewer, locale) => {
    await removeGroupMapping(viewer, id);
    revalidatePath('/staff/admin/sso');
    return { status: 'success', message: (await getTranslations({ locale, namespace: 'identityAdmin' }))('sso.removed') };
  });
}
