'use server';

import { z } from 'zod';
import { runAction } from '@/lib/actions';
import { markNotificationsRead } from '@/lib/dal/notifications';

const pageField = z.coerce.number().int().min(1).max(1_000_000).catch(1);
const markOneInput = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable().catch(null), page: pageField });
const markAllInput = z.object({ page: pageField });

const inboxPath = (page: number) => (page === 1 ? '/inbox' : `/inbox?page=${page}`);
const signedOut = '/login?callbackUrl=%2Finbox';

/** Marks one of the viewer's notifications read; the DAL ignores ids that are not theirs. */
export async function markNotificationReadAction(formData: FormData) {
  await runAction(
    { name: 'markNotificationReadAction', schema: markOneInput, signedOut },
    { id: formData.get('id'), page: formData.get('page') ?? undefined },
    async ({ id, page }, viewer) => {
      if (id === null) return { redirect: '/inbox' };
      await markNotificationsRead({ viewer, ids: [id] });
      return { redirect: inboxPath(page) };
    },
  );
}

/** Marks every notification of the viewer read. */
export async function markAllNotificationsReadAction(formData: FormData) {
  await runAction(
    { name: 'markAllNotificationsReadAction', schema: markAllInput, signedOut },
    { page: formData.get('page') ?? undefined },
    async ({ page }, viewer) => {
      await markNotificationsRead({ viewer });
      return { redirect: inboxPath(page) };
    },
  );
}
