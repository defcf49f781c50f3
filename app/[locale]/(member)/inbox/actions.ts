'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getViewer } from '@/lib/auth/session';
import { markNotificationsRead } from '@/lib/dal/notifications';

const pageField = z.coerce.number().int().min(1).max(1_000_000).catch(1);
const markOneInput = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER), page: pageField });
const markAllInput = z.object({ page: pageField });

const inboxPath = (page: number) => (page === 1 ? '/inbox' : `/inbox?page=${page}`);

/** Marks one of the viewer's notifications read; the DAL ignores ids that are not theirs. */
export async function markNotificationReadAction(formData: FormData) {
  const viewer = await getViewer();
  if (!viewer) redirect('/login?callbackUrl=%2Finbox');
  const parsed = markOneInput.safeParse({ id: formData.get('id'), page: formData.get('page') ?? undefined });
  if (!parsed.success) redirect('/inbox');
  await markNotificationsRead({ viewer, ids: [parsed.data.id] });
  redirect(inboxPath(parsed.data.page));
}

/** Marks every notification of the viewer read. */
export async function markAllNotificationsReadAction(formData: FormData) {
  const viewer = await getViewer();
  if (!viewer) redirect('/login?callbackUrl=%2Finbox');
  const parsed = markAllInput.safeParse({ page: formData.get('page') ?? undefined });
  await markNotificationsRead({ viewer });
  redirect(inboxPath(parsed.success ? parsed.data.page : 1));
}
