import { getRequestConfig } from 'next-intl/server';
import { getPortalSettings } from '@/lib/dal/settings';
import { DEFAULT_LOCALE, isLocale } from './config';

// The locale comes from the [locale] segment that proxy.ts rewrites every page into (from
// the NEXT_LOCALE cookie), so pages can stay static per locale.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return {
    locale,
    messages: (await import(`./messages/${locale}.json`)).default,
    // The console's setting (NEWSROOM_TIME_ZONE until an admin saves one).
    timeZone: (await getPortalSettings()).timeZone,
  };
});
