import { LIMITS } from '../article-fields';
import { MEETING_LIMITS, type MeetingData } from '../meeting';
import { analyseReport, type UnparsedParagraph } from './analysis';
import { clip, escape, SCAN, type Language } from './common';
import { findDate } from './dates';
import { countValue, DATE_LABEL, EMPTY_NAVIGATION, isFurniture, isMetaLine, metaValues, VIEW_LABEL } from './meta-lines';
import { numbered } from './numbering';
import { sentenceSpans } from './sentences';

// The report as a whole: its language, title and meta line, the body kept paragraph by
// paragraph, and whether it is a meeting report at all.

/** Longer text is refused with a message rather than parsed. */
export const IMPORT_MAX_CHARS = 200_000;

export type ImportResult = {
  /**
   * report: meeting data found; text: not a report, everything is in the body; empty;
   * too_long. A report was read completely only when `unparsed` is empty.
   */
  outcome: 'report' | 'text' | 'empty' | 'too_long';
  language: Language;
  title: string;
  /** The "Source" of the meta line, for the article's free-text source. */
  source: string;
  /** The article summary: whole sentences of the opening paragraph, at most LIMITS.summary characters. */
  summary: string;
  /** The page's view count ("Browsing volume: 50", "浏览量：50"), or null when the text gives none. */
  viewCount: number | null;
  /** The page's publication date from the meta line, YYYY-MM-DD, or '' (the meeting's own date is in `meeting.date`). */
  publishedDate: string;
  meeting: MeetingData | null;
  /** Every paragraph of the report but its title, meta line and page furniture, as HTML paragraphs. */
  bodyHtml: string;
  found: { date: boolean; presider: boolean; attendees: boolean; location: boolean; speeches: number; keyTasks: number };
  /** Paragraphs that name a speaker but were not read as a speech (report outcome only). */
  unparsed: UnparsedParagraph[];
};

function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const cjk = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  return cjk > 0 && cjk * 3 >= latin ? 'zh' : 'en';
}

function kindOf(text: string): string {
  const s = text.toLowerCase();
  if (/mid-year|mid year|half-year|年中|半年/.test(s)) return 'mid_year_work';
  if (/quarter|季度/.test(s)) return 'quarterly_analysis';
  if (/party committee|party building|theoretical study|党委|党建|中心组/.test(s)) return 'party_committee';
  if (/board of directors|board meeting|董事会/.test(s)) return 'board';
  if (/safety|exchange|seminar|training|安全|交流|研讨|培训|座谈/.test(s)) return 'other';
  if (/annual work|annual meeting|work conference|年度工作会议|年度会议|工作会议|年会/.test(s) || /\bannual\b.*\bmeeting\b/.test(s)) return 'annual_work';
  return 'other';
}

function meetingName(title: string, language: Language): string {
  if (language === 'zh') {
    const m = /^(.{0,60}?)(?:隆重)?(?:召开|举行|举办)(.{2,120})$/.exec(title);
    return m ? `${m[1]}${m[2]}`.replace(/[。！]$/, '') : title;
  }
  const m = /^(.{0,80}?)\s+(?:held|holds|convened|convenes|hosted|hosts|opened|opens)\s+(?:(?:its|the|a|an)\s+)?(.{2,150})$/i.exec(title);
  return m ? `${m[1]} ${m[2]}`.replace(/[.!]$/, '') : title;
}

/** Whole sentences of the opening paragraph: enough to say what happened, never over the summary limit. */
function summaryOf(paragraph: string, language: Language): string {
  const enough = language === 'zh' ? 60 : 160;
  const max = LIMITS.summary;
  let out = '';
  for (const span of sentenceSpans(paragraph.slice(0, SCAN), language)) {
    const sentence = paragraph.slice(span.start, span.end);
    const next = out ? `${out}${language === 'zh' ? '' : ' '}${sentence}` : sentence;
    if (next.length > max) {
      if (out) break;
      // One sentence longer than a summary may be: cut at the last clause that fits.
      const head = sentence.slice(0, max - 1);
      const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf(', '), head.lastIndexOf('；'), head.lastIndexOf('; '));
      return `${(cut > max / 3 ? head.slice(0, cut) : head).trimEnd()}…`;
    }
    out = next;
    if (out.length >= enough) break;
  }
  return out;
}

const EMPTY_FOUND = { date: false, presider: false, attendees: false, location: false, speeches: 0, keyTasks: 0 };
const blank = (outcome: ImportResult['outcome'], language: Language = 'en'): ImportResult => ({
  outcome,
  language,
  title: '',
  source: '',
  summary: '',
  viewCount: null,
  publishedDate: '',
  meeting: null,
  bodyHtml: '',
  found: EMPTY_FOUND,
  unparsed: [],
});

/** Reads a pasted meeting report. Never throws. */
export function importMeetingReport(input: string): ImportResult {
  const raw = typeof input === 'string' ? input : '';
  if (raw.length > IMPORT_MAX_CHARS) return blank('too_long');
  try {
    return parse(raw);
  } catch {
    // A bug must never lose the pasted text: fall back to everything in the body.
    const lines = raw.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
    return { ...blank(lines.length ? 'text' : 'empty'), bodyHtml: lines.map((l) => `<p>${escape(l)}</p>`).join('\n') };
  }
}

/** The text of a pasted report as trimmed, non-empty lines. */
export function reportLines(raw: string): string[] {
  return raw
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, '')
    .replace(/\u00A0|\u3000/g, ' ')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
}

function parse(raw: string): ImportResult {
  const lines = reportLines(raw);
  let sample = '';
  for (let i = 0; i < lines.length && sample.length < 20_000; i++) sample += `${lines[i]}\n`;
  const language = detectLanguage(sample);
  if (lines.length === 0) return blank('empty', language);

  // The title is the first line that is not page furniture, when it is a line and not a
  // paragraph; the meta lines are among the next few.
  let index = 0;
  while (index < Math.min(lines.length, 6) && isFurniture(lines[index])) index++;
  let title = '';
  if (index < lines.length && !isMetaLine(lines[index]) && lines[index].length <= 200 && !numbered(lines[index])) {
    title = lines[index];
    index++;
  }
  const rest = lines.slice(index);
  const metaAt = rest.slice(0, 6).map((l, i) => (isMetaLine(l) ? i : -1)).filter((i) => i >= 0);
  let source = '';
  let publishedDate = '';
  let viewCount: number | null = null;
  for (const i of metaAt) {
    for (const [label, value] of metaValues(rest[i])) {
      if ((label === 'source' || label === '来源') && !source) source = clip(value, LIMITS.sourceText);
      if (VIEW_LABEL.test(label) && viewCount === null) viewCount = countValue(value);
      if (DATE_LABEL.test(label) && !publishedDate) publishedDate = findDate(value);
    }
  }
  if (metaAt.length && !publishedDate) publishedDate = findDate(metaAt.map((i) => rest[i]).join(' '));
  const meta = new Set(metaAt);
  // Navigation of the copied page ("Related news:", "Next article: …", "【打印本页】") is not
  // content; it sits above and below the report, and its empty labels may come anywhere.
  const edge = (i: number) => i < 8 || i >= rest.length - 16;
  const paragraphs = rest.filter((l, i) => !meta.has(i) && !(edge(i) ? isFurniture(l) : l.length <= 40 && EMPTY_NAVIGATION.test(l)));

  const yearHint = Number(/(?:19|20)\d{2}/.exec(title)?.[0] ?? '') || null;
  const analysis = analyseReport(paragraphs, language, { publishedDate, yearHint });
  const meeting = analysis.meeting;
  meeting.name = clip(meetingName(title, language), MEETING_LIMITS.name);
  meeting.kind = kindOf(`${title} ${meeting.name}`);
  const found = {
    date: !!meeting.date,
    presider: !!meeting.presider.name,
    attendees: !!meeting.attendees,
    location: !!meeting.location,
    speeches: meeting.speeches.length,
    keyTasks: meeting.speeches.reduce((n, s) => n + s.keyTasks.length, 0),
  };

  const score = Number(metaAt.length > 0) + Number(found.presider) + Number(found.speeches > 0) + Number(found.keyTasks > 0) + Number(found.attendees);
  if (score < 2 || (found.speeches === 0 && !found.presider)) {
    // Not a meeting report: every line, the first one included, goes to the body.
    return {
      ...blank('text', language),
      title: title || clip(lines[0], 200),
      viewCount,
      publishedDate,
      bodyHtml: lines.map((l) => `<p>${escape(l)}</p>`).join('\n'),
    };
  }
  return {
    outcome: 'report',
    language,
    title,
    source,
    summary: analysis.opening >= 0 ? summaryOf(paragraphs[analysis.opening], language) : '',
    viewCount,
    publishedDate,
    meeting,
    bodyHtml: paragraphs.map((l) => `<p>${escape(l)}</p>`).join('\n'),
    found,
    unparsed: analysis.unparsed,
  };
}
