// Atom (RFC 4287) documents, written by hand: a handful of elements, every text escaped,
// and characters XML 1.0 does not allow removed, so any XML parser accepts the result.

export type AtomEntry = {
  id: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  summary: string;
  category?: { term: string; label: string };
  language?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address. */
  self: string;
  /** The page the feed mirrors. */
  alternate: string;
  author: string;
  language?: string;
  entries: AtomEntry[];
  /** When nothing is in the feed. */
  fallbackUpdated: Date;
};

// Tabs, newlines and everything from U+0020 up, less the surrogates (lone ones are
// dropped) and U+FFFE/U+FFFF.
const INVALID_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const iso = (d: Date) => d.toISOString();

export function renderAtom(feed: AtomFeed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.language ? ` xml:lang="${escapeXml(feed.language)}"` : ''}>`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${iso(feed.entries.length ? updated : feed.fallbackUpdated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    '  <generator>Newsroom</generator>',
  ];
  for (const e of feed.entries) {
    lines.push(
      `  <entry${e.language ? ` xml:lang="${escapeXml(e.language)}"` : ''}>`,
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title type="text">${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <published>${iso(e.published)}</published>`,
      `    <updated>${iso(e.updated)}</updated>`,
      `    <summary type="text">${escapeXml(e.summary || e.title)}</summary>`,
      ...(e.category ? [`    <category term="${escapeXml(e.category.term)}" label="${escapeXml(e.category.label)}"/>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
