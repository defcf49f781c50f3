'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signOut } from '@/auth';
import { getViewer } from '@/lib/auth/session';
import { acknowledgeMustRead } from '@/lib/dal/articles';
import { setPreferredLocale } from '@/lib/dal/users';
import { LOCALE_COOKIE } from '@/lib/i18n/config';
import { safeCallbackPath } from '@/lib/utils';

/** The page the form was sent from, if it is ours; otherwise the front page. */
async function returnPath() {
  const h = await headers();
  const referer = h.get('referer');
  const host = h.get('x-forwarded-host') ?? h.get('host');
  if (!referer || !host) return '/';
  try {
    const url = new URL(referer);
    if (url.host !== host) return '/';
    return safeCallbackPath(url.pathname + url.search);
  } catch {
    return '/';
  }
}

const localeInput = z.object({ locale: z.enum(['en', 'zh']) });

/** Anyone may choose a language; a signed-in employee's choice is also remembered. */
export async function setLocaleAction(formData: FormData) {
  const parsed = localeInput.safeParse({ locale: formData.get('locale') });
  const back = await returnPath();
  if (parsed.success) {
    (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
      path: '/',
      maxAge: 60 * 60 * 24 * 365,
      sameSite: 'lax',
      httpOnly: false,
    });
    const viewer = await getViewer();
    if (viewer) await setPreferredLocale(viewer, parsed.data.locale);
  }
  redirect(back);
}

export async function signOutAction() {
  await signOut({ redirectTo: '/' });
}

const ackInput = z.object({ articleId: z.coerce.number().int().positive() });

/** Signed-in readers acknowledge a must-read article they may read. */
export async function acknowledgeMustReadAction(formData: FormData) {
  const viewer = await getViewer();
  if (!viewer) redirect('/login');
  const parsed = ackInput.safeParse({ articleId: formData.get('articleId') });
  if (parsed.success) await acknowledgeMustRead({ viewer, articleId: parsed.data.articleId });
  redirect(await returnPath());
}
