import Link from 'next/link';
import { Bell, Settings } from 'lucide-react';
import { SignOutButton } from './sign-out-button';

/** What the header says about the signed-in viewer, already in their language. */
export type ViewerLinksData = {
  signedInAs: string;
  unread: number;
  bellLabel: string;
  settingsLabel: string;
  signOutLabel: string;
};

/**
 * The signed-in viewer's part of the header: inbox bell with the unread count, settings,
 * name and sign-out. Rendered on the server for pages rendered per request, and in the
 * browser (ViewerChrome) on the pages shared by all readers.
 */
export function ViewerLinks({ data }: { data: ViewerLinksData }) {
  const { unread } = data;
  return (
    <>
      <Link
        href="/inbox"
        className="relative inline-flex items-center rounded p-1 text-slate-700 hover:bg-slate-100"
        data-testid="inbox-link"
      >
        <Bell aria-hidden="true" className="size-5" />
        <span className="sr-only">{data.bellLabel}</span>
        {unread > 0 && (
          <span
            aria-hidden="true"
            className="absolute -top-1 -right-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs leading-5 font-semibold text-white"
            data-testid="inbox-unread"
          >
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </Link>
      <Link href="/settings" className="inline-flex items-center rounded p-1 text-slate-700 hover:bg-slate-100" data-testid="settings-link">
        <Settings aria-hidden="true" className="size-5" />
        <span className="sr-only">{data.settingsLabel}</span>
      </Link>
      <span className="text-slate-600" data-testid="signed-in-as">
        {data.signedInAs}
      </span>
      <SignOutButton label={data.signOutLabel} />
    </>
  );
}

/** A must-read notice the viewer has not acknowledged yet. */
export type MustReadItem = { id: number; slug: string; title: string; language: string };

/** The answer of /api/viewer: the per-viewer parts of a page shared by every signed-in reader. */
export type ViewerChromeData = { signedIn: false } | { signedIn: true; links: ViewerLinksData; mustReads: MustReadItem[] };
