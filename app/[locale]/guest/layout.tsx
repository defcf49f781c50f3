import { SiteShell } from '@/components/site/site-shell';
import { routeParams, type LocaleLayoutProps } from '@/components/site/route';

// The readers' pages for visitors without a session, which proxy.ts rewrites here. They
// never read a cookie, so they are rendered once and served from cache; the data layer is
// asked with no viewer and returns public, published news only.
export default async function GuestLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await routeParams(params);
  return (
    <SiteShell locale={locale} viewer={null}>
      {children}
    </SiteShell>
  );
}
