import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { routeParams, type LocaleLayoutProps } from '@/components/site/route';
import { getPortalSettings, portalName } from '@/lib/dal/settings';
import { isLocale } from '@/lib/i18n/config';
import '../globals.css';

// Nothing is rendered at build time: every page is rendered from the database on first
// request, and the static ones are then cached in memory (lib/cache).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'site' });
  const feeds = await getTranslations({ locale, namespace: 'feeds' });
  const name = portalName(await getPortalSettings(), locale);
  return {
    title: { default: name, template: `%s · ${name}` },
    description: t('tagline'),
    // Feed readers find the public news feed from any page.
    alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: feeds('title', { site: name }) }] } },
  };
}

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await routeParams(params);
  // Client components only need the error texts; everything else is rendered on the server.
  const { errors } = (await getMessages()) as { errors: Record<string, string> };
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider locale={locale} messages={{ errors }}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
