'use client';

import { useState } from 'react';
import { useViewerChrome } from '@/components/site/use-viewer-chrome';
import type { Locale } from '@/lib/i18n/config';
import { MustReadBanner, type MustReadLabels } from './must-read-banner';

/** The viewer's must-read notices on the front page every signed-in reader shares, read for them in the browser. */
export function MustReadIsland({ locale, labels }: { locale: Locale; labels: MustReadLabels }) {
  const data = useViewerChrome(locale);
  const [acknowledged, setAcknowledged] = useState<number[]>([]);
  if (!data?.signedIn) return null;
  const items = data.mustReads.filter((a) => !acknowledged.includes(a.id));
  return <MustReadBanner items={items} labels={labels} onAcknowledge={(id) => setAcknowledged((ids) => [...ids, id])} />;
}
