import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { firstValue, routeParams, type LocaleParams, type SearchParamsProp } from '@/components/site/route';
import { SiteShell } from '@/components/site/site-shell';
import { getViewer } from '@/lib/auth/session';
import { safeCallbackPath } from '@/lib/utils';
import { LoginForm } from './_components/login-form';

// Rendered per request: it depends on the session or the query string.
export const dynamic = 'force-dynamic';

export const metadata = { robots: { index: false } };

export default async function LoginPage({ params, searchParams }: LocaleParams & SearchParamsProp<'callbackUrl'>) {
  const { locale } = await routeParams(params);
  const back = safeCallbackPath(firstValue((await searchParams).callbackUrl));
  const viewer = await getViewer();
  if (viewer) redirect(back);
  const t = await getTranslations('auth');
  return (
    <SiteShell locale={locale} viewer={null}>
      <div className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-bold">{t('title')}</h1>
        <p className="mt-1 mb-4 text-sm text-slate-600">{t('intro')}</p>
        <LoginForm
          callbackUrl={back}
          labels={{ email: t('email'), password: t('password'), submit: t('submit'), submitting: t('submitting') }}
        />
      </div>
    </SiteShell>
  );
}
