'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getViewer } from '@/lib/auth/session';
import { createMeetingKind, renameMeetingKind, renameMeetingSeries } from '@/lib/dal/meetings';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import { nameErrorMessage } from '../../_lib/meeting-errors';

// Admin changes of meeting kinds and series. Each action reads the session itself and
// leaves the permission decision (admins only) to lib/dal/meetings.

export type AdminMeetingState = {
  status: 'idle' | 'done' | 'error';
  message?: string;
  values?: { code?: string; nameEn?: string; nameZh?: string };
};

const names = z.object({ nameEn: z.string().max(1000), nameZh: z.string().max(1000) });
const kindInput = names.extend({ code: z.string().max(100) });
const renameInput = names.extend({ id: z.coerce.number().int().positive() });

const text = (formData: FormData, key: string) => {
  const v = formData.get(key);
  return typeof v === 'string' ? v : '';
};

async function run(values: AdminMeetingState['values'], work: () => Promise<string>): Promise<AdminMeetingState> {
  const tm = await getTranslations('meetingEditor');
  try {
    const message = await work();
    revalidatePath('/staff/admin/meetings');
    return { status: 'done', message };
  } catch (error) {
    if (error instanceof AppError) return { status: 'error', message: nameErrorMessage(tm, error.message, tm('admin.failed')), values };
    console.error('meeting admin action failed', error);
    return { status: 'error', message: tm('admin.failed'), values };
  }
}

/** Adds a meeting kind named in both languages. */
export async function createMeetingKindAction(_prev: AdminMeetingState, formData: FormData): Promise<AdminMeetingState> {
  const tm = await getTranslations('meetingEditor');
  const viewer = await getViewer();
  if (!viewer) return { status: 'error', message: tm('sessionEnded') };
  const values = { code: text(formData, 'code'), nameEn: text(formData, 'nameEn'), nameZh: text(formData, 'nameZh') };
  const parsed = kindInput.safeParse(values);
  if (!parsed.success) return { status: 'error', message: tm('admin.failed'), values };
  return run(values, async () => {
    const kind = await createMeetingKind({ viewer, ...parsed.data });
    return tm('admin.added', { name: viewer.locale === 'zh' ? kind.nameZh : kind.nameEn });
  });
}

/** A rename of a kind or series by an admin: names in both languages, checked in the DAL. */
async function rename(
  formData: FormData,
  save: (input: { viewer: Viewer; id: number; nameEn: string; nameZh: string }) => Promise<unknown>,
): Promise<AdminMeetingState> {
  const tm = await getTranslations('meetingEditor');
  const viewer = await getViewer();
  if (!viewer) return { status: 'error', message: tm('sessionEnded') };
  const values = { nameEn: text(formData, 'nameEn'), nameZh: text(formData, 'nameZh') };
  const parsed = renameInput.safeParse({ ...values, id: formData.get('id') });
  if (!parsed.success) return { status: 'error', message: tm('admin.failed'), values };
  return run(values, async () => {
    await save({ viewer, ...parsed.data });
    return tm('admin.saved');
  });
}

/** Renames a meeting kind; its code stays. */
export async function renameMeetingKindAction(_prev: AdminMeetingState, formData: FormData): Promise<AdminMeetingState> {
  return rename(formData, renameMeetingKind);
}

/** Renames a meeting series; its address stays. */
export async function renameMeetingSeriesAction(_prev: AdminMeetingState, formData: FormData): Promise<AdminMeetingState> {
  return rename(formData, renameMeetingSeries);
}
