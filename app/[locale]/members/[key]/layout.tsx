import { notFound } from 'next/navigation';
import { SiteShell } from '@/components/site/site-shell';
import { routeParams, type LocaleParams } from '@/components/site/route';
import { isMemberPagesKey } from '@/lib/server/member-pages';

// The readers' pages shared by every signed-in employee without a staff role, which
// proxy.ts rewrites here after the data layer has checked the session on that request
// (lib/dal/session-viewer.ts). They never read a cookie: rendered once per page and
// language for MEMBER_AUDIENCE and served from the page cache, like the guest tree. The
// viewer's own parts (name, inbox count, must-read notices) are read per request by the
// browser (/api/viewer). Without this process's key (lib/server/member-pages.ts) there is
// nothing here.
export function generateStaticParams() {
  return [];
}

export default async function MemberPagesLayout({ children, params }: LocaleParams<{ key: string }> & { children: React.ReactNode }) {
  const { locale, key } = await routeParams(params);
  if (!isMemberPagesKey(key)) notFound();
  return (
    <SiteShell locale={locale} viewer={null} chrome="shared">
      {children}
    </SiteShell>
  );
}
