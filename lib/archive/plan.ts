import { createHash } from 'node:crypto';
import { LIMITS } from '../article-fields';
import { importMeetingReport, reportLines, type ImportResult } from '../meeting-import';
import type { MeetingData } from '../meeting';
import type { FileText, ReadFailure } from './files';

// What each file of an archive becomes, decided before anything is written: a meeting report
// or a plain article, its title, its original date and view count, how many speeches were
// read and how many paragraphs were not. The content hash recognises a file imported before.

export type PlannedArticle = {
  title: string;
  summary: string;
  bodyHtml: string;
  language: 'en' | 'zh';
  sourceText: string;
  /** The original publication day, YYYY-MM-DD, or ''. */
  originalDate: string;
  startingViews: number;
  meeting: MeetingData | null;
};

export type PlanEntry = {
  /** The file's path in the folder or ZIP. */
  file: string;
  /** What the file gives: a meeting report, a plain article, or nothing to import (and why). */
  kind: 'report' | 'text' | 'skipped';
  reason: ReadFailure | 'empty' | 'too_long' | 'duplicate' | null;
  /** SHA-256 of the file's text, whitespace normalised; '' for a skipped file. */
  hash: string;
  article: PlannedArticle | null;
  speeches: number;
  unparsed: number;
};

/** The hash by which a file's content is recognised, whatever its format or line endings. */
export const contentHash = (text: string) => createHash('sha256').update(reportLines(text).join('\n')).digest('hex');

const baseName = (file: string) => (file.split(/[/\\]/).pop() ?? file).replace(/\.[^.]+$/, '').trim();

/** The day an article was first published: the page's date, else the meeting's; never after `today`. */
function originalDay(result: ImportResult, today: string) {
  const day = result.publishedDate || result.meeting?.date || '';
  return day && day <= today && day >= '1970-01-01' ? day : '';
}

/** What one file becomes. `today` is today in the portal's time zone, YYYY-MM-DD. */
export function planFile(file: string, read: FileText, today: string): PlanEntry {
  const skipped = (reason: PlanEntry['reason']): PlanEntry => ({ file, kind: 'skipped', reason, hash: '', article: null, speeches: 0, unparsed: 0 });
  if (!read.ok) return skipped(read.reason);
  const result = importMeetingReport(read.text);
  if (result.outcome === 'empty' || result.outcome === 'too_long') return skipped(result.outcome);
  const title = (result.title || baseName(file)).slice(0, LIMITS.title);
  return {
    file,
    kind: result.outcome,
    reason: null,
    hash: contentHash(read.text),
    article: {
      title,
      summary: result.summary,
      bodyHtml: result.bodyHtml,
      language: result.language,
      sourceText: result.source,
      originalDate: originalDay(result, today),
      startingViews: Math.min(result.viewCount ?? 0, LIMITS.startingViews),
      meeting: result.meeting,
    },
    speeches: result.found.speeches,
    unparsed: result.unparsed.length,
  };
}

/** Marks as duplicates the files whose content came earlier in the same archive. */
export function markRepeats(entries: PlanEntry[]): PlanEntry[] {
  const seen = new Set<string>();
  return entries.map((e) => {
    if (!e.hash) return e;
    if (seen.has(e.hash)) return { ...e, kind: 'skipped', reason: 'duplicate' };
    seen.add(e.hash);
    return e;
  });
}
