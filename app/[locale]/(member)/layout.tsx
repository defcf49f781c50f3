import { SiteShell } from '@/components/site/site-shell';
import { routeParams, type LocaleLayoutProps } from '@/components/site/route';
import { getViewer } from '@/lib/auth/session';

// The readers' pages for requests that carry a session cookie: rendered per request,
// because what the viewer may read depends on who they are.
export default async function MemberLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await routeParams(params);
  return (
    <SiteShell locale={locale} viewer={await getViewer()}>
      {children}
    </SiteShell>
  );
}
