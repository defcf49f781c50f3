import type { MeetingData } from '@/lib/meeting';
import { htmlToText } from '@/lib/sanitize';
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
  title: string;
  summary: string;
  /** Stored (sanitized) HTML. */
  body: string;
  meeting: MeetingData | null;
};

/** The plain text readers see in the body and meeting box, for snippets. */
export function plainBody(source: Pick<SearchSource, 'body' | 'meeting'>): string {
  return [htmlToText(source.body), meetingText(source.meeting)].filter(Boolean).join('\n');
}

/** The row of search_documents for a revision. */
export function searchDocument(source: SearchSource) {
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
  };
}
