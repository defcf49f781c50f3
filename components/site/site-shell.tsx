import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Bell, Newspaper, Search } from 'lucide-react';
import { SearchQueryInput } from '@/components/search/search-query-input';
import { ButtonLink } from '@/components/ui/button';
import { getCategories } from '@/lib/dal/articles';
import { getUnreadCount } from '@/lib/dal/notifications';
import { getPortalSettings, portalName } from '@/lib/dal/settings';
import type { Locale } from '@/lib/i18n/config';
import { isStaff, type Viewer } from '@/lib/permissions';
import { cn } from '@/lib/utils';
import { LocaleSwitch } from './locale-switch';
import { ViewerChrome } from './viewer-chrome';
import { ViewerLinks } from './viewer-links';
import { SiteMenu } from './site-menu';

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
  const [t, tReader, tAuth, tStaff, tInbox, tSearch, tSettings, categories, unread] = await Promise.all([
    getTranslations('site'),
    getTranslations('reader'),
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
          <Link href="/" className="mr-auto flex items-center gap-2 text-lg font-bold text-brand-900 md:mr-0">
            <Newspaper aria-hidden="true" className="size-6 text-brand-600" />
            {name}
          </Link>
          {viewer && chrome !== 'shared' && (
            <InboxLink unread={unread} label={tInbox('bellLabel', { count: unread })} className="md:hidden" testId="inbox-link-small" />
          )}
          <SiteMenu
            label={tReader('menu')}
            className="basis-full flex-col gap-3 border-t border-slate-100 pt-3 pb-1 md:flex-1 md:basis-auto md:flex-row md:items-center md:gap-4 md:border-0 md:p-0"
          >
            <nav aria-label={t('mainNav')} className="flex flex-col gap-1 text-sm md:flex-row md:items-center md:gap-3">
              <Link href="/" className="py-1.5 hover:underline md:py-0">
                {t('home')}
              </Link>
              <Link href="/news" className="py-1.5 hover:underline md:py-0">
                {t('news')}
              </Link>
              {isStaff(viewer) && (
                <Link href="/staff" className="py-1.5 font-medium text-brand-700 hover:underline md:py-0">
                  {tStaff('link')}
                </Link>
              )}
            </nav>
            <form action="/search" method="get" role="search" className="flex items-center" data-testid="header-search">
              <SearchQueryInput
                id="header-search-q"
                label={tSearch('headerLabel')}
                placeholder={tSearch('headerPlaceholder')}
                className="w-full min-w-0 flex-1 rounded-l border border-slate-300 px-2 py-1.5 text-sm md:w-40 md:flex-none md:py-1 lg:w-48"
              />
              <button
                type="submit"
                className="rounded-r border border-l-0 border-slate-300 bg-slate-50 p-2 text-slate-700 hover:bg-slate-100 md:p-1.5"
              >
                <Search aria-hidden="true" className="size-4" />
                <span className="sr-only">{tSearch('submit')}</span>
              </button>
            </form>
            <div className="flex flex-wrap items-center gap-3 text-sm md:ml-auto">
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
          </SiteMenu>
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
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
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

/** The bell: the inbox, with the number of unread notifications. */
function InboxLink({ unread, label, className, testId }: { unread: number; label: string; className: string; testId: string }) {
  return (
    <Link
      href="/inbox"
      className={cn('relative items-center rounded p-1 text-slate-700 hover:bg-slate-100', className)}
      data-testid={testId}
    >
      <Bell aria-hidden="true" className="size-5" />
      <span className="sr-only">{label}</span>
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="absolute -top-1 -right-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs leading-5 font-semibold text-white"
          data-testid={`${testId}-unread`}
        >
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
