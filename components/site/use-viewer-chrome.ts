'use client';

import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';
import type { Locale } from '@/lib/i18n/config';
import type { ViewerChromeData } from './viewer-links';

// One request per page for every per-viewer part of it (header, must-read notices): the
// parts share the answer. A new page (client navigation) asks again, so the inbox count
// stays current; meanwhile the previous answer stays on screen.
let current: { key: string; answer: Promise<ViewerChromeData | null> } | null = null;

function load(locale: Locale, pathname: string): Promise<ViewerChromeData | null> {
  const key = `${locale} ${pathname}`;
  if (current?.key === key) return current.answer;
  const query = new URLSearchParams({ locale });
  if (pathname === '/') query.set('mustReads', '1');
  const answer = fetch(`/api/viewer?${query}`, { cache: 'no-store', credentials: 'same-origin' })
    .then((r) => (r.ok ? (r.json() as Promise<ViewerChromeData>) : null))
    .catch(() => null);
  current = { key, answer };
  return answer;
}

/** This viewer's parts of the page: undefined while they load, null if they could not be read. */
export function useViewerChrome(locale: Locale): ViewerChromeData | null | undefined {
  const pathname = usePathname();
  const [data, setData] = useState<ViewerChromeData | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void load(locale, pathname).then((answer) => {
      if (live) setData(answer);
    });
    return () => {
      live = false;
    };
  }, [locale, pathname]);
  return data;
}
