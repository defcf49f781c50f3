import { getTranslations } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { routeParams, type LocaleParams } from '@/components/site/route';
import { SiteShell } from '@/components/site/site-shell';
import { getInvitation } from '@/lib/dal/invitations';
import { WelcomeForm } from './welcome-form';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh.json';

// The page of an invitation link: the new employee (or one whose password an admin reset)
// chooses a password. The link is the key; a used or expired one says so.
export const dynamic = 'force-dynamic';

export const metadata = { robots: { index: false }, referrer: 'no-referrer' };

export default async function WelcomePage({ params }: LocaleParams<{ token: string }>) {
  const { locale, token } = await routeParams(params);
  const [t, invitation] = await Promise.all([getTranslations('welcome'), getInvitation(token)]);
  const messages = { welcome: (locale === 'zh' ? zh : en).welcome, errorCodes: (locale === 'zh' ? zh : en).errorCodes };
  return (
    <SiteShell locale={locale} viewer={null}>
      <div className="mx-auto max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-bold">{t('title')}</h1>
        {invitation ? (
          <>
            <p className="mt-1 mb-4 text-sm text-slate-600">{t('intro', { name: invitation.name, email: invitation.email })}</p>
            <NextIntlClientProvider locale={locale} messages={messages}>
              <WelcomeForm token={token} email={invitation.email} />
            </NextIntlClientProvider>
          </>
        ) : (
          <>
            <p className="mt-2 mb-4 text-sm text-slate-700" data-testid="invitation-invalid">
              {t('invalid')}
            </p>
            <ButtonLink href="/login" variant="primary">
              {t('toLogin')}
            </ButtonLink>
          </>
        )}
      </div>
    </SiteShell>
  );
}
