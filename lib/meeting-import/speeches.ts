import { MEETING_LIMITS, type MeetingSpeech } from '../meeting';
import { anchorsEn } from './anchors-en';
import { anchorsZh, unwrap } from './anchors-zh';
import { clip, SCAN, type Language, type Person, type Subject } from './common';
import type { NumberStyle } from './numbering';
import { cleanSubjectEn, GROUP_EN, INTRO_EN, leadingPersonEn, subjectEn } from './people-en';
import { cleanSubjectZh, INTRO_ZH, leadingPersonZh, subjectZh } from './people-zh';
import type { Span } from './sentences';

// The speeches of a paragraph: who spoke, on what, and the summary that follows; and the
// sentences that seem to introduce a speech that was not recognised.

/** Where each piece of a speech is in the paragraphs analysed. */
export type SpeechPlace = {
  paragraph: number;
  /** The sentence that introduces the speech; speeches introduced together share it. */
  head: Span;
  /** The speech's summary in the same paragraph, when there is one. */
  summary: Span | null;
  /** Paragraphs of its key tasks, in order, with their numbering. */
  tasks: { paragraph: number; style: NumberStyle; text: string }[];
};

export const MEETING_SUBJECT = /^(?:the\s+(?:meeting|conference|congress|session|plenary|forum)|participants|attendees|all participants|the representatives|the delegates|会议|大会|与会|全体|参会)/i;
export const REFERENCE_EN = /^(?:(?:he|she|they|his|her|it|the report|the speech|the address|in (?:his|her|the) (?:report|speech|address|remarks)|speaking|according to)\b|["“])/i;
export const REFERENCE_ZH = /^(?:他|她|其|报告|讲话|发言|在报告中|在讲话中|“|")/;

export type Speech = MeetingSpeech & { place: SpeechPlace };

/** The speeches a paragraph introduces, with where their heads and summaries are. */
export function speechesIn(p: string, spans: Span[], language: Language, known: () => string[], remember: (p: Person) => void): Speech[] {
  const zh = language === 'zh';
  const text = p.slice(0, SCAN);
  const out: Speech[] = [];
  const heads: { sentence: number; end: number; speeches: Speech[] }[] = [];
  spans.forEach((span, si) => {
    if (span.start >= SCAN) return;
    const sentence = text.slice(span.start, Math.min(span.end, SCAN));
    const anchors = zh ? anchorsZh(sentence) : anchorsEn(sentence);
    let clauseStart = 0;
    let previous: Speech[] = [];
    for (const a of anchors) {
      const rawSubject = a.subject ?? sentence.slice(clauseStart, a.start);
      const cleaned = zh ? cleanSubjectZh(rawSubject) : cleanSubjectEn(rawSubject);
      const subject: Subject = zh ? subjectZh(cleaned, known()) : subjectEn(cleaned);
      const connector = sentence.slice(clauseStart, a.start).trim();
      clauseStart = a.end;
      if (subject.kind !== 'person' && a.subject === null && previous.length && /^(?:[,，]?\s*(?:and|并|并且|同时|又|还)?\s*(?:then)?\s*)$/i.test(connector)) {
        // A second verb of the same speaker ("通报了……，并以《……》为题讲授专题党课"): the later title wins,
        // and the head goes on to its end. A weak verb after a speech starts its summary instead.
        if (!a.weak) {
          if (a.title) for (const s of previous) s.title = clip(unwrap(a.title), MEETING_LIMITS.speechTitle);
          for (const h of heads) if (h.speeches === previous) h.end = a.end;
        }
        continue;
      }
      // A unit speaks for itself only with a title ("苏州公司作了题为《……》的交流发言").
      const people: Person[] =
        subject.kind === 'person' ? subject.people : subject.kind === 'org' && a.title && !a.weak ? [{ name: '', position: subject.name }] : [];
      if (a.plural || people.length === 0) {
        previous = [];
        continue;
      }
      if (a.weak && people.every((person) => person.name && known().includes(person.name))) {
        previous = [];
        continue;
      }
      if (a.weak && people.some((person) => !person.name)) continue;
      const group: Speech[] = people.map((person) => ({
        speaker: clip(person.name, MEETING_LIMITS.person),
        position: person.position,
        title: clip(unwrap(a.title), MEETING_LIMITS.speechTitle),
        summary: '',
        keyTasks: [],
        place: { paragraph: -1, head: { start: span.start, end: span.end }, summary: null, tasks: [] },
      }));
      group.forEach((s) => remember({ name: s.speaker, position: s.position }));
      heads.push({ sentence: si, end: a.end, speeches: group });
      out.push(...group);
      previous = group;
    }
  });

  // Summaries: what follows a speech in its paragraph, up to the next speech, when it is about it.
  heads.forEach((h, hi) => {
    const span = spans[h.sentence];
    const next = heads[hi + 1];
    const last = h.speeches[h.speeches.length - 1];
    const lastOfSentence = !next || next.sentence !== h.sentence;
    if (!lastOfSentence) return;
    const alone = heads.filter((x) => x.sentence === h.sentence).length === 1 && h.speeches.length === 1;
    let start: number;
    if (zh && /^[，,：:]/.test(p.slice(span.start + h.end).trimStart()) && alone) {
      start = span.start + h.end;
      start += p.slice(start).search(/[^，,：:\s]/);
      if (p.slice(start).startsWith('并')) start += /^并且?/.exec(p.slice(start))?.[0].length ?? 0;
    } else {
      start = span.end;
    }
    const limit = next ? spans[next.sentence].start : p.length;
    if (start >= limit) return;
    // Sentences after the head are the speech's when the head opens the paragraph alone, or
    // when they speak of the speech ("He …", "报告指出"); they stop at another subject.
    let end = start;
    let first = true;
    for (const s of spans) {
      if (s.end <= start) continue;
      if (s.start >= limit) break;
      const from = Math.max(s.start, start);
      const lead = zh ? p.slice(from, s.end).replace(INTRO_ZH, '') : p.slice(from, s.end).replace(INTRO_EN, '');
      const referent = (zh ? REFERENCE_ZH : REFERENCE_EN).test(lead) || (!!last.speaker && lead.startsWith(last.speaker));
      if (first && from === s.start && !referent && !(h.sentence === 0 && alone)) break;
      if (!referent && startsWithOtherSubject(lead, language, last.speaker, known())) break;
      end = Math.min(s.end, limit);
      first = false;
    }
    if (end <= start) return;
    const summary = p.slice(start, end).trim();
    if (!summary) return;
    last.summary = clip(summary, MEETING_LIMITS.summary);
    last.place.summary = { start, end };
  });
  return out;
}

/** A sentence that starts with someone else, a group or the meeting ends a speech's summary. */
function startsWithOtherSubject(lead: string, language: Language, speaker: string, known: string[]): boolean {
  if (language === 'zh') {
    if (MEETING_SUBJECT.test(lead) || /^(?:大家|各|全体|与会|参会)/.test(lead)) return true;
    const person = leadingPersonZh(lead, known);
    return !!person && person.name !== speaker;
  }
  if (MEETING_SUBJECT.test(lead) || GROUP_EN.test(lead) || /^(?:members|heads|leaders|representatives)\b/i.test(lead)) return true;
  const person = leadingPersonEn(lead);
  return !!person && person.name !== speaker;
}

const CUE_EN = /\b(?:speech|speeches|report|address|remarks|presentation|lecture|talk|briefing|keynote|insights|spoke|addressed|lesson)\b/i;
const CUE_ZH = /讲话|报告|发言|致辞|讲座|党课|辅导|演讲|宣讲|解读|讲解|课(?!题|程)/;

/** A sentence that names someone not yet a speaker beside the words of a speech. */
export function unrecognisedSpeaker(sentence: string, language: Language, known: string[]): boolean {
  if (language === 'zh') {
    if (!CUE_ZH.test(sentence)) return false;
    const person = leadingPersonZh(sentence, known);
    return !!person && !known.includes(person.name);
  }
  if (!CUE_EN.test(sentence)) return false;
  const person = leadingPersonEn(sentence);
  if (!person || known.includes(person.name)) return false;
  // The person must come before the words of the speech.
  const cue = sentence.search(CUE_EN);
  return sentence.indexOf(person.name) < cue;
}
