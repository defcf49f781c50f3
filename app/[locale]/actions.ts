'use server';

import { cookies, headers } from 'next/headers';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { signOut } from '@/auth';
import { providerLogoutUrl } from '@/lib/auth/oidc';
import { portalBaseUrl } from '@/lib/auth/base-url';
import { sessionOrigin } from '@/lib/auth/session';
import { runAction, runPublicAction } from '@/lib/actions';
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

// A language that is not ours is ignored: the visitor goes back where they were.
const localeInput = z.object({ locale: z.enum(['en', 'zh']).nullable().catch(null) });

/** Anyone may choose a language; a signed-in employee's choice is also remembered. */
export async function setLocaleAction(formData: FormData) {
  await runPublicAction({ name: 'setLocaleAction', schema: localeInput }, { locale: formData.get('locale') }, async ({ locale }, viewer) => {
    if (locale) {
      (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: false });
      if (viewer) await setPreferredLocale(viewer, locale);
    }
    return { redirect: await returnPath() };
  });
}

/**
 * Ends the Newsroom session (every session of the user: see auth.ts) and, after a single
 * sign-on, the provider's session too where it offers RP-initiated logout.
 */
export async function signOutAction() {
  const origin = await sessionOrigin();
  await signOut({ redirect: false });
  const providerLogout = origin.sso ? await providerLogoutUrl({ idToken: origin.idToken, returnTo: `${await portalBaseUrl()}/` }) : null;
  redirect(providerLogout ?? '/');
}

const ackInput = z.object({ articleId: z.coerce.number().int().positive().nullable().catch(null) });

/** Signed-in readers acknowledge a must-read article they may read. */
export async function acknowledgeMustReadAction(formData: FormData) {
  await runAction(
    { name: 'acknowledgeMustReadAction', schema: ackInput, signedOut: '/login' },
    { articleId: formData.get('articleId') },
    async ({ articleId }, viewer) => {
      if (articleId !== null) await acknowledgeMustRead({ viewer, articleId });
      return { redirect: await returnPath() };
    },
  );
}
