'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { runAction } from '@/lib/actions';
import { createMeetingKind, renameMeetingKind, renameMeetingSeries } from '@/lib/dal/meetings';
import type { FormState } from '@/lib/forms';
import type { Viewer } from '@/lib/permissions';

// Admin changes of meeting kinds and series. Each goes through runAction (lib/actions.ts)
// and leaves the permission decision (admins only) to lib/dal/meetings.

type Names = { code?: string; nameEn?: string; nameZh?: string };
export type AdminMeetingState = FormState<Names>;

const names = z.object({ nameEn: z.string().max(1000), nameZh: z.string().max(1000) });
const kindInput = names.extend({ code: z.string().max(100) });
const renameInput = names.extend({ id: z.coerce.number().int().positive() });

const text = (formData: FormData, key: string) => {
  const v = formData.get(key);
  return typeof v === 'string' ? v : '';
};

const messages = { session_ended: 'meetingEditor.sessionEnded', bad_request: 'meetingEditor.admin.failed', failed: 'meetingEditor.admin.failed' };

/** Adds a meeting kind named in both languages. */
export async function createMeetingKindAction(_prev: AdminMeetingState, formData: FormData): Promise<AdminMeetingState> {
  const values = { code: text(formData, 'code'), nameEn: text(formData, 'nameEn'), nameZh: text(formData, 'nameZh') };
  return runAction({ name: 'createMeetingKindAction', schema: kindInput, messages, values }, values, async (input, viewer, locale) => {
    const kind = await createMeetingKind({ viewer, ...input });
    revalidatePath('/staff/admin/meetings');
    const tm = await getTranslations({ locale, namespace: 'meetingEditor' });
    return { status: 'success', message: tm('admin.added', { name: viewer.locale === 'zh' ? kind.nameZh : kind.nameEn }) };
  });
}

/** A rename of a kind or series by an admin: names in both languages, checked in the DAL. */
async function rename(
  name: string,
  formData: FormData,
  save: (input: { viewer: Viewer; id: number; nameEn: string; nameZh: string }) => Promise<unknown>,
): Promise<AdminMeetingState> {
  const values = { nameEn: text(formData, 'nameEn'), nameZh: text(formData, 'nameZh') };
  return runAction({ name, schema: renameInput, messages, values }, { ...values, id: formData.get('id') }, async (input, viewer, locale) => {
    await save({ viewer, ...input });
    revalidatePath('/staff/admin/meetings');
    return { status: 'success', message: (await getTranslations({ locale, namespace: 'meetingEditor' }))('admin.saved') };
  });
}

/** Renames a meeting kind; its code stays. */
export async function renameMeetingKindAction(_prev: AdminMeetingState, formData: FormData): Promise<AdminMeetingState> {
  return rename('renameMeetingKindAction', formData, renameMeetingKind);
}

/** Renames a meeting series; its address stays. */
export async function renameMeetingSeriesAction(_prev: AdminMeetingState, formData: FormData): Promise<AdminMeetingState> {
  return rename('renameMeetingSeriesAction', formData, renameMeetingSeries);
}
