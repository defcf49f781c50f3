import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { firstValue, routeParams, type LocaleParams, type SearchParamsProp } from '@/components/site/route';
import { SiteShell } from '@/components/site/site-shell';
import { Button } from '@/components/ui/button';
import { ssoEnabled } from '@/lib/auth/oidc';
import { getViewer } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { safeCallbackPath } from '@/lib/utils';
import { LoginForm } from './_components/login-form';
import { ssoSignInAction } from './actions';

// Rendered per request: it depends on the session or the query string.
export const dynamic = 'force-dynamic';

export const metadata = { robots: { index: false } };

const SSO_MESSAGES = ['unavailable', 'callback', 'domain', 'claim_missing', 'unverified', 'inactive', 'denied'] as const;
type SsoMessage = (typeof SSO_MESSAGES)[number];

export default async function LoginPage({ params, searchParams }: LocaleParams & SearchParamsProp<'callbackUrl' | 'sso' | 'field'>) {
  const { locale } = await routeParams(params);
  const query = await searchParams;
  const back = safeCallbackPath(firstValue(query.callbackUrl));
  const viewer = await getViewer();
  if (viewer) redirect(back);
  const t = await getTranslations('auth');
  const ssoParam = firstValue(query.sso);
  const ssoError = SSO_MESSAGES.find((m): m is SsoMessage => m === ssoParam);
  const field = (firstValue(query.field) ?? '').replace(/[^\w.:-]/g, '').slice(0, 60) || 'email';
  const local = env.NEWSROOM_LOCAL_SIGN_IN;
  const breakGlass = !local && !!env.NEWSROOM_BREAK_GLASS_EMAIL;
  const labels = { email: t('email'), password: t('password'), submit: t('submit'), submitting: t('submitting') };
  const ssoMessage =
    ssoError === 'unavailable' && local ? t('sso.unavailableLocal') : ssoError ? t(`sso.${ssoError}`, { field }) : null;
  return (
    <SiteShell locale={locale} viewer={null}>
      <div className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-bold">{t('title')}</h1>
        <p className="mt-1 mb-4 text-sm text-slate-600">{ssoEnabled && !local ? t('ssoIntro') : t('intro')}</p>
        {ssoMessage && (
          <p role="alert" data-testid="sso-error" className="mb-4 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {ssoMessage}
          </p>
        )}
        {ssoEnabled && (
          <form action={ssoSignInAction} data-testid="sso-form">
            <input type="hidden" name="callbackUrl" value={back} />
            <Button type="submit" variant="primary" size="lg" className="w-full">
              {t('ssoButton', { name: env.AUTH_OIDC_NAME })}
            </Button>
          </form>
        )}
        {ssoEnabled && local && (
          <div className="my-5 flex items-center gap-3 text-xs text-slate-500 uppercase" aria-hidden="true">
            <span className="h-px flex-1 bg-slate-200" />
            {t('or')}
            <span className="h-px flex-1 bg-slate-200" />
          </div>
        )}
        {local && <LoginForm callbackUrl={back} labels={labels} />}
        {breakGlass && (
          <details className="mt-6 border-t border-slate-200 pt-4 text-sm">
            <summary className="cursor-pointer font-medium text-slate-700">{t('breakGlassHeading')}</summary>
            <p className="mt-2 mb-3 text-slate-600">{t('breakGlassHelp')}</p>
            <LoginForm callbackUrl={back} labels={labels} />
          </details>
        )}
      </div>
    </SiteShell>
  );
}
