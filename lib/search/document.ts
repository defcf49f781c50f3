import type { MeetingData } from '@/lib/meeting';
import { indexTokens, indexWords } from './tokenize';

/** The searchable text of a meeting: its name, place, presider, speakers and key tasks. */
export function meetingText(meeting: MeetingData | null | undefined): string {
  if (!meeting) return '';
  const parts: string[] = [
    meeting.name,
    meeting.location,
    meeting.presider?.name,
    meeting.presider?.position,
    meeting.attendees,
    ...(meeting.speeches ?? []).flatMap((s) => [s.speaker, s.position, s.title, s.summary, ...(s.keyTasks ?? [])]),
    meeting.closingRemarks,
    ...(meeting.quotes ?? []),
  ];
  // A line per part, so that no phrase runs from one part into the next.
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
}

export type SearchSource = {
  articleId: number;
  revisionId: number;
  language: 'en' | 'zh';
  visibility: 'internal' | 'public';
  categoryId: number;
  sourceUnitId: number | null;
  publishedAt: Date | null;
  title: string;
  summary: string;
  /** Stored (sanitized) HTML. */
  body: string;
  meeting: MeetingData | null;
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * The text of stored body HTML. Bodies are sanitized when saved (lib/sanitize.ts), so
 * stripping tags is enough here, and much faster than parsing: it runs for every indexed
 * article and every search hit. The result is only ever used as text.
 */
export function bodyText(html: string): string {
  return html
    .replace(/<\/(?:p|h[1-6]|li|blockquote|div|tr|td|th|figcaption|pre)>|<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+\d*);/gi, (m, name: string) => {
      const lower = name.toLowerCase();
      if (lower in ENTITIES) return ENTITIES[lower];
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? Number(lower.slice(1)) : NaN;
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The plain text readers see in the body and meeting box, for snippets. */
export function plainBody(source: Pick<SearchSource, 'body' | 'meeting'>): string {
  return [bodyText(source.body), meetingText(source.meeting)].filter(Boolean).join('\n');
}

/** Filter tokens; written to their own column, so no text can match them. */
export const facet = {
  visibility: (v: 'internal' | 'public') => `v${v}`,
  category: (id: number) => `c${id}`,
  unit: (id: number) => `u${id}`,
  year: (y: number) => `y${y}`,
  kind: (code: string) => `k${Buffer.from(code, 'utf8').toString('hex')}`,
};

/** The year of an instant in `timeZone`. */
export function yearIn(date: Date, timeZone: string) {
  return Number(new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone }).format(date));
}

/** The row of search_documents for a revision; `timeZone` decides the year of publication. */
export function searchDocument(source: SearchSource, timeZone = 'UTC') {
  const body = plainBody(source);
  return {
    articleId: source.articleId,
    revisionId: source.revisionId,
    language: source.language,
    meetingKind: source.meeting?.kind ?? null,
    title: indexTokens(source.title),
    summary: indexTokens(source.summary),
    body: indexTokens(body),
    words: indexWords(`${source.title}\n${source.summary}\n${body}`),
    facets: [
      facet.visibility(source.visibility),
      facet.category(source.categoryId),
      ...(source.sourceUnitId !== null ? [facet.unit(source.sourceUnitId)] : []),
      ...(source.publishedAt ? [facet.year(yearIn(source.publishedAt, timeZone))] : []),
      ...(source.meeting?.kind ? [facet.kind(source.meeting.kind)] : []),
    ].join(' '),
  };
}
