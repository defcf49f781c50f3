import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Newspaper, Search } from 'lucide-react';
import { SearchQueryInput } from '@/components/search/search-query-input';
import { ButtonLink } from '@/components/ui/button';
import { getCategories } from '@/lib/dal/articles';
import { getUnreadCount } from '@/lib/dal/notifications';
import { getPortalSettings, portalName } from '@/lib/dal/settings';
import type { Locale } from '@/lib/i18n/config';
import { isStaff, type Viewer } from '@/lib/permissions';
import { LocaleSwitch } from './locale-switch';
import { ViewerChrome } from './viewer-chrome';
import { ViewerLinks } from './viewer-links';

/** Header, navigation and footer around every reader page. */
export async function SiteShell({
  locale,
  viewer,
  chrome = 'own',
  children,
}: {
  locale: Locale;
  viewer: Viewer | null;
  /**
   * 'own': the page is rendered for this viewer alone (or for guests), header included.
   * 'shared': the page is shared by every signed-in reader; the viewer's part of the
   * header is filled in by the browser (ViewerChrome).
   */
  chrome?: 'own' | 'shared';
  children: React.ReactNode;
}) {
  const [t, tAuth, tStaff, tInbox, tSearch, tSettings, categories, unread] = await Promise.all([
    getTranslations('site'),
    getTranslations('auth'),
    getTranslations('staff'),
    getTranslations('inbox'),
    getTranslations('search'),
    getTranslations('settings'),
    getCategories(locale),
    viewer ? getUnreadCount({ viewer }) : 0,
  ]);
  const name = portalName(await getPortalSettings(), locale);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link href="/" className="flex items-center gap-2 text-lg font-bold text-brand-900">
            <Newspaper aria-hidden="true" className="size-6 text-brand-600" />
            {name}
          </Link>
          <nav aria-label={t('mainNav')} className="flex items-center gap-3 text-sm">
            <Link href="/" className="hover:underline">
              {t('home')}
            </Link>
            <Link href="/news" className="hover:underline">
              {t('news')}
            </Link>
            {isStaff(viewer) && (
              <Link href="/staff" className="font-medium text-brand-700 hover:underline">
                {tStaff('link')}
              </Link>
            )}
          </nav>
          <form action="/search" method="get" role="search" className="flex items-center" data-testid="header-search">
            <SearchQueryInput
              id="header-search-q"
              label={tSearch('headerLabel')}
              placeholder={tSearch('headerPlaceholder')}
              className="w-36 rounded-l border border-slate-300 px-2 py-1 text-sm sm:w-48"
            />
            <button
              type="submit"
              className="rounded-r border border-l-0 border-slate-300 bg-slate-50 p-1.5 text-slate-700 hover:bg-slate-100"
            >
              <Search aria-hidden="true" className="size-4" />
              <span className="sr-only">{tSearch('submit')}</span>
            </button>
          </form>
          <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
            <LocaleSwitch locale={locale} label={t('switchTo')} ariaLabel={t('switchToLabel')} />
            {chrome === 'shared' ? (
              <ViewerChrome locale={locale} signInLabel={tAuth('signIn')} />
            ) : viewer ? (
              <ViewerLinks
                data={{
                  signedInAs: tAuth('signedInAs', { name: viewer.name }),
                  unread,
                  bellLabel: tInbox('bellLabel', { count: unread }),
                  settingsLabel: tSettings('link'),
                  signOutLabel: tAuth('signOut'),
                }}
              />
            ) : (
              <ButtonLink href="/login" variant="primary" size="sm">
                {tAuth('signIn')}
              </ButtonLink>
            )}
          </div>
        </div>
        <nav aria-label={t('categoriesNav')} className="border-t border-slate-100">
          <ul className="mx-auto flex max-w-6xl gap-4 overflow-x-auto px-4 py-2 text-sm whitespace-nowrap text-slate-700">
            {categories.map((c) => (
              <li key={c.slug}>
                <Link href={`/news/category/${c.slug}`} className="hover:text-brand-700 hover:underline">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-6">
        {children}
      </main>
      <footer className="mt-12 border-t border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap gap-4 px-4 py-6 text-sm text-slate-600">
          <span>{t('footer')}</span>
          <Link href="/about" className="hover:underline">
            {t('about')}
          </Link>
        </div>
      </footer>
    </>
  );
}
