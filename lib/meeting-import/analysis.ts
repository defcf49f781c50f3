import { emptyMeeting, MEETING_LIMITS, type MeetingData } from '../meeting';
import { clip, SCAN, type Language, type Person } from './common';
import { dayToIso, findDay, type DayOfYear } from './dates';
import { numbered, type Numbered } from './numbering';
import { attendeesEn, INTRO_EN, presiderEn } from './people-en';
import { attendeesZh, cleanSubjectZh, INTRO_ZH, presiderZh, subjectZh } from './people-zh';
import { sentenceSpans, type Span } from './sentences';
import { MEETING_SUBJECT, REFERENCE_EN, REFERENCE_ZH, speechesIn, unrecognisedSpeaker, type Speech, type SpeechPlace } from './speeches';

// The analysis of a report's paragraphs: the meeting data they give, and which sentences and
// paragraphs give it, so that a body can be rewritten in place.

/** Why a paragraph that seems to introduce a speech gave none. */
export type UnparsedReason =
  /** A person is named beside the words of a speech, but no sentence introducing a speech was recognised. */
  | 'speech_not_recognised'
  /** The speech was recognised, but the report already has as many speeches as a meeting may hold. */
  | 'too_many_speeches';

export type UnparsedParagraph = {
  /** 1-based position of the paragraph in `bodyHtml`. */
  paragraph: number;
  /** The sentence concerned, at most 160 characters. */
  excerpt: string;
  reason: UnparsedReason;
};

export type ReportAnalysis = {
  meeting: MeetingData;
  /** Parallel to meeting.speeches. */
  places: SpeechPlace[];
  /** The sentence that says when and where the meeting was held, and the day it gives. */
  when: { paragraph: number; span: Span; day: DayOfYear | null; location: string } | null;
  presider: { paragraph: number; span: Span } | null;
  attendees: { paragraph: number; span: Span } | null;
  closing: number | null;
  /** Paragraphs of a generated lead-in to key tasks ("The following key tasks were set out:"). */
  leadIns: number[];
  unparsed: UnparsedParagraph[];
  /** Index of the opening paragraph, or -1. */
  opening: number;
};

export const LEAD_IN = { en: 'The following key tasks were set out:', zh: '报告提出以下重点任务：' } as const;

const CLOSING = /^(?:closing the meeting|in closing|at the close of the meeting|at the end of the meeting|before the meeting closed|to conclude the meeting|会议最后|会议结束时|会议结束前|会议要求|最后，会议)[，,]?/i;

/** Reads the meeting data out of a report's paragraphs (without its title and meta line). */
export function analyseReport(
  paragraphs: readonly string[],
  language: Language,
  hints: { publishedDate?: string; yearHint?: number | null } = {},
): ReportAnalysis {
  const zh = language === 'zh';
  const meeting = emptyMeeting();
  const speeches: Speech[] = [];
  const unparsed: UnparsedParagraph[] = [];
  const leadIns: number[] = [];
  // Everyone named so far with a position, longest names first (a name may end another).
  const registry = new Map<string, string>();
  let names: string[] = [];
  const knownNames = () => names;
  const remember = (p: Person) => {
    if (!p.name || registry.get(p.name)) return;
    registry.set(p.name, p.position);
    names = [...registry.keys()].sort((a, b) => b.length - a.length);
  };

  // Short lines repeat (a pasted list of bare numerals): each is read once.
  const short = new Map<string, Numbered | null>();
  const items = paragraphs.map((p) => {
    if (p.length > 64) return numbered(p);
    let item = short.get(p);
    if (item === undefined) short.set(p, (item = numbered(p)));
    return item;
  });
  const spanCache = new Map<number, Span[]>();
  const spansOf = (i: number) => {
    let spans = spanCache.get(i);
    if (!spans) spanCache.set(i, (spans = sentenceSpans(paragraphs[i], language)));
    return spans;
  };
  const scanned = (i: number) => spansOf(i).filter((span) => span.start < SCAN);
  const prose = paragraphs.map((_, i) => i).filter((i) => !items[i]);
  const opening = prose.find((i) => !/^(?:attendees|participants|present|参会人员|出席人员|参加人员|与会人员)\s*[:：]/i.test(paragraphs[i])) ?? -1;

  // Presider, attendees and the people named in the opening paragraphs.
  let presider: ReportAnalysis['presider'] = null;
  let attendees: ReportAnalysis['attendees'] = null;
  for (const i of prose.slice(0, 4)) {
    const p = paragraphs[i].slice(0, SCAN);
    const list = /^(?:attendees|participants|present|参会人员|出席人员|参加人员|与会人员)\s*[:：]\s*(.+)$/is.exec(p);
    if (list) {
      meeting.attendees = clip(list[1].replace(/[.。]$/, '').trim(), MEETING_LIMITS.attendees);
      attendees = { paragraph: i, span: { start: 0, end: paragraphs[i].length } };
      continue;
    }
    if (prose.indexOf(i) >= 3) continue;
    for (const span of scanned(i)) {
      const sentence = p.slice(span.start, Math.min(span.end, SCAN));
      if (!presider) {
        const who = zh ? presiderZh(sentence, knownNames()) : presiderEn(sentence);
        if (who) {
          meeting.presider = { name: clip(who.name, MEETING_LIMITS.person), position: clip(who.position, MEETING_LIMITS.position) };
          remember(who);
          presider = { paragraph: i, span };
        }
      }
      if (!attendees) {
        const who = zh ? attendeesZh(sentence, knownNames()) : attendeesEn(sentence);
        if (who) {
          meeting.attendees = clip(who, MEETING_LIMITS.attendees);
          attendees = { paragraph: i, span };
        }
      }
      if (zh) for (const m of sentence.matchAll(/(?:^|[，,])([^，。；,]{2,40}?)(?:出席|主持|参加)(?:了)?(?:本次)?(?:会议|大会)/g)) {
        const subject = subjectZh(cleanSubjectZh(m[1]), knownNames());
        if (subject.kind === 'person') subject.people.forEach(remember);
      }
    }
  }

  // When and where.
  let when: ReportAnalysis['when'] = null;
  if (opening >= 0) {
    const p = paragraphs[opening];
    for (const span of scanned(opening)) {
      const sentence = p.slice(span.start, Math.min(span.end, SCAN));
      const held = zh ? /召开|举行|举办|开幕|在[^，。]{1,20}(?:召开|举行)/.test(sentence) : /\b(?:held|convened|opened|hosted|took place|was held|were held)\b/i.test(sentence);
      const day = findDay(sentence);
      if (!held && !day) continue;
      if (!held && (presider?.paragraph === opening && presider.span.start === span.start)) continue;
      const location = zh ? (/在([^，。；在]{2,30}?)(?:召开|举行|举办|开幕)/.exec(sentence)?.[1] ?? '') : locationEn(sentence);
      when = { paragraph: opening, span, day, location };
      break;
    }
  }
  if (when) {
    meeting.location = clip(when.location, MEETING_LIMITS.location);
    if (when.day) meeting.date = dayToIso(when.day, hints.publishedDate ?? '', hints.yearHint ?? null);
  }
  if (!meeting.date && hints.publishedDate) meeting.date = hints.publishedDate;

  // Speeches, each with the numbered lists that follow it until the next speech.
  let current: Speech | null = null;
  let attach: 'speech' | 'meeting' = 'speech';
  let closing: number | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const item = items[i];
    if (item) {
      if (attach === 'meeting') continue;
      if (!current) {
        if (speeches.length >= MEETING_LIMITS.speeches) continue;
        current = { speaker: '', position: '', title: '', summary: '', keyTasks: [], place: { paragraph: i, head: { start: 0, end: 0 }, summary: null, tasks: [] } };
        speeches.push(current);
      }
      const level = current.place.tasks[0]?.style;
      if ((!level || level === item.style) && item.text && current.keyTasks.length < MEETING_LIMITS.keyTasks) {
        current.keyTasks.push(item.text);
        current.place.tasks.push({ paragraph: i, style: item.style, text: item.text });
      }
      continue;
    }
    if (p === LEAD_IN.en || p === LEAD_IN.zh) {
      leadIns.push(i);
      continue;
    }
    if (CLOSING.test(p)) {
      meeting.closingRemarks = clip(p, MEETING_LIMITS.closingRemarks);
      closing = i;
      current = null;
      attach = 'meeting';
      continue;
    }
    const found = speechesIn(p, spansOf(i), language, knownNames, remember);
    if (found.length) {
      for (const s of found) {
        if (speeches.length >= MEETING_LIMITS.speeches) {
          unparsed.push({ paragraph: i + 1, excerpt: excerpt(p.slice(s.place.head.start, s.place.head.end)), reason: 'too_many_speeches' });
          continue;
        }
        s.place.paragraph = i;
        speeches.push(s);
        current = s;
      }
      attach = 'speech';
      for (const span of scanned(i)) {
        if (found.some((s) => s.place.head.start === span.start)) continue;
        const sentence = p.slice(span.start, Math.min(span.end, SCAN));
        if (unrecognisedSpeaker(sentence, language, knownNames())) unparsed.push({ paragraph: i + 1, excerpt: excerpt(sentence), reason: 'speech_not_recognised' });
      }
      continue;
    }
    // A paragraph that goes on about a known speaker makes that speech the current one again
    // ("Zhao Guoang pointed out …:" before his list); one about the meeting ends the lists.
    const lead = zh ? p.replace(INTRO_ZH, '') : p.replace(INTRO_EN, '');
    const speaker = knownNames().find((n) => n && lead.startsWith(n) && registry.has(n));
    const own = speaker ? [...speeches].reverse().find((s) => s.speaker === speaker) : undefined;
    if (own) {
      current = own;
      attach = 'speech';
    } else if (MEETING_SUBJECT.test(lead) && !(zh ? REFERENCE_ZH : REFERENCE_EN).test(lead)) {
      attach = 'meeting';
    } else if ((zh ? REFERENCE_ZH : REFERENCE_EN).test(lead) || /[:：]$/.test(p)) {
      attach = 'speech';
    }
    if (i === presider?.paragraph || i === attendees?.paragraph) continue;
    for (const span of scanned(i)) {
      const sentence = p.slice(span.start, Math.min(span.end, SCAN));
      if (unrecognisedSpeaker(sentence, language, knownNames())) {
        unparsed.push({ paragraph: i + 1, excerpt: excerpt(sentence), reason: 'speech_not_recognised' });
        break;
      }
    }
  }

  // Positions named once serve every mention; the presider's position helps a speech that omits it.
  for (const s of speeches) {
    if (!s.position && s.speaker) s.position = registry.get(s.speaker) ?? '';
    s.position = clip(s.position, MEETING_LIMITS.position);
  }
  if (meeting.presider.name && !meeting.presider.position) meeting.presider.position = registry.get(meeting.presider.name) ?? '';
  meeting.speeches = speeches.map((s) => ({ speaker: s.speaker, position: s.position, title: s.title, summary: s.summary, keyTasks: s.keyTasks }));
  meeting.closingRemarks = meeting.closingRemarks.trim();
  meeting.quotes = quotesIn(prose.map((i) => paragraphs[i]), language);
  return {
    meeting,
    places: speeches.map((s) => s.place),
    when,
    presider,
    attendees,
    closing,
    leadIns,
    unparsed: dedupe(unparsed),
    opening,
  };
}

/** At most this many paragraphs are named: enough to warn, bounded on hostile text. */
const MAX_UNPARSED = 50;
const dedupe = (list: UnparsedParagraph[]) => {
  const seen = new Set<string>();
  return list.filter((u) => !seen.has(`${u.paragraph}:${u.reason}`) && !!seen.add(`${u.paragraph}:${u.reason}`)).slice(0, MAX_UNPARSED);
};
const excerpt = (s: string) => (s.length > 160 ? `${s.slice(0, 159).trimEnd()}…` : s);

/** Where the meeting was held, as an English sentence says it ("was held in …"). */
function locationEn(sentence: string): string {
  const s = sentence.slice(0, 600);
  const verb = /\b(held|convened|opened|hosted|took place)\b/i.exec(s);
  if (!verb) return '';
  const m = /\s(?:in|at)\s+([A-Z][^.,;()]{0,100})/.exec(s.slice(verb.index));
  return m ? m[1].replace(/\s+(on|from|to|with|where|by|for)\s.*$/, '').trim() : '';
}

/** Whole sentences quoted in the paragraphs, long enough to stand alone. */
function quotesIn(paragraphs: string[], language: Language): string[] {
  const out: string[] = [];
  const min = language === 'zh' ? 8 : 30;
  for (const p of paragraphs) {
    const s = p.slice(0, SCAN * 2);
    for (const m of s.matchAll(/“([^“”]{1,1000})”|"([^"]{1,1000})"/g)) {
      let q = (m[1] ?? m[2]).trim();
      const after = s.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
      // '"A quarter lost is hard to win back," Tang Yiming said.'
      if (/,$/.test(q) && /^\s*(?:he|she|they|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s+(?:said|says|added|stressed|noted|remarked|told)\b/.test(after)) q = `${q.slice(0, -1)}.`;
      if (q.length >= min && /[.!?。！？…]$/u.test(q)) out.push(clip(q, MEETING_LIMITS.quote));
      if (out.length >= MEETING_LIMITS.quotes) return out;
    }
  }
  return out;
}
