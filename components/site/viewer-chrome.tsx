'use client';

import { ButtonLink } from '@/components/ui/button';
import type { Locale } from '@/lib/i18n/config';
import { useViewerChrome } from './use-viewer-chrome';
import { ViewerLinks } from './viewer-links';

/**
 * The signed-in viewer's part of the header on the pages every signed-in reader shares:
 * read for this viewer (/api/viewer) once the page is in the browser. Until then it holds
 * the place, so the header does not move; a session that ended meanwhile gets the sign-in.
 */
export function ViewerChrome({ locale, signInLabel }: { locale: Locale; signInLabel: string }) {
  const data = useViewerChrome(locale);
  if (data === undefined || data === null) {
    return <span aria-hidden="true" className="inline-block h-8 w-48" data-testid="viewer-chrome-pending" />;
  }
  if (!data.signedIn) {
    return (
      <ButtonLink href="/login" variant="primary" size="sm">
        {signInLabel}
      </ButtonLink>
    );
  }
  return <ViewerLinks data={data.links} />;
}
