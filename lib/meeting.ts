import { z } from 'zod';
import { pathErrors, type FieldError } from '@/lib/forms';

/** Structured data of a meeting report, stored as JSON on each revision. */

/** Codes of the kinds that the migration creates; admins add more in the meeting_kinds table. */
export const BUILT_IN_MEETING_KINDS = [
  'annual_work',
  'mid_year_work',
  'quarterly_analysis',
  'party_committee',
  'board',
  'other',
] as const;

export type MeetingSpeech = {
  speaker: string;
  position: string;
  title: string;
  summary: string;
  /** Numbered key tasks, without their numerals ("To optimize market layout"). */
  keyTasks: string[];
};

export type MeetingData = {
  name: string;
  /** Code of a row of the meeting_kinds table ("mid_year_work"). */
  kind: string;
  /** ISO date, YYYY-MM-DD, or empty while unknown. */
  date: string;
  location: string;
  presider: { name: string; position: string };
  /** Groups that attended, as free text. */
  attendees: string;
  speeches: MeetingSpeech[];
  closingRemarks: string;
  quotes: string[];
};

export const MEETING_LIMITS = {
  name: 200,
  location: 200,
  person: 100,
  position: 200,
  attendees: 2000,
  speeches: 20,
  speechTitle: 300,
  summary: 4000,
  keyTasks: 30,
  keyTask: 500,
  closingRemarks: 5000,
  quotes: 10,
  quote: 1000,
  kindCode: 40,
  kindName: 80,
  seriesName: 120,
} as const;

export const MEETING_KIND_CODE = /^[a-z][a-z0-9_]{1,39}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Text without control characters but tab and newline, trimmed, at most `max` characters. */
const text = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim())
    .pipe(z.string().max(max));

/** Meeting data as the editor form sends it (JSON). Custom messages are error codes (lib/errors.ts). */
export const meetingInputSchema = z.object({
  name: text(MEETING_LIMITS.name),
  kind: z.string().regex(MEETING_KIND_CODE, { message: 'meeting_kind' }),
  date: z
    .string()
    .trim()
    .refine((v) => v === '' || isIsoDate(v), { message: 'meeting_date' }),
  location: text(MEETING_LIMITS.location),
  presider: z.object({ name: text(MEETING_LIMITS.person), position: text(MEETING_LIMITS.position) }),
  attendees: text(MEETING_LIMITS.attendees),
  speeches: z
    .array(
      z.object({
        speaker: text(MEETING_LIMITS.person),
        position: text(MEETING_LIMITS.position),
        title: text(MEETING_LIMITS.speechTitle),
        summary: text(MEETING_LIMITS.summary),
        keyTasks: z.array(text(MEETING_LIMITS.keyTask)).max(MEETING_LIMITS.keyTasks),
      }),
    )
    .max(MEETING_LIMITS.speeches),
  closingRemarks: text(MEETING_LIMITS.closingRemarks),
  quotes: z.array(text(MEETING_LIMITS.quote)).max(MEETING_LIMITS.quotes),
});

/** An empty meeting, for a new meeting report. */
export function emptyMeeting(): MeetingData {
  return {
    name: '',
    kind: 'other',
    date: '',
    location: '',
    presider: { name: '', position: '' },
    attendees: '',
    speeches: [],
    closingRemarks: '',
    quotes: [],
  };
}

export const emptySpeech = (): MeetingSpeech => ({ speaker: '', position: '', title: '', summary: '', keyTasks: [] });

const speechIsEmpty = (s: MeetingSpeech) =>
  !s.speaker.trim() && !s.position.trim() && !s.title.trim() && !s.summary.trim() && s.keyTasks.every((t) => !t.trim());

/**
 * Drops speeches with nothing in them, key tasks and quotes that are blank, and says how many
 * speeches were dropped (the editor is told).
 */
export function normalizeMeeting(meeting: MeetingData): { meeting: MeetingData; droppedSpeeches: number } {
  const speeches = meeting.speeches
    .filter((s) => !speechIsEmpty(s))
    .map((s) => ({ ...s, keyTasks: s.keyTasks.map((t) => t.trim()).filter(Boolean) }));
  return {
    meeting: { ...meeting, speeches, quotes: meeting.quotes.map((q) => q.trim()).filter(Boolean) },
    droppedSpeeches: meeting.speeches.length - speeches.length,
  };
}

/**
 * Non-blocking warnings: a meeting report is about a meeting that took place, so a date
 * after `today` (YYYY-MM-DD in the portal's time zone) is most likely a typing mistake.
 */
export function meetingWarnings(meeting: MeetingData, today: string): 'future_date'[] {
  return meeting.date && isIsoDate(meeting.date) && meeting.date > today ? ['future_date'] : [];
}

// ---------------------------------------------------------------------------------------
// Numerals, as the published reports write them: "I." in English and "一、" in Chinese.

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 14 → "XIV". */
export function toRoman(n: number): string {
  let rest = Math.max(1, Math.min(3999, Math.floor(n)));
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** "XIV" → 14; null for anything that is not a well-formed Roman numeral. */
export function fromRoman(value: string): number | null {
  const s = value.toUpperCase();
  if (!/^[MDCLXVI]{1,15}$/.test(s)) return null;
  let total = 0;
  const digit: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  for (let i = 0; i < s.length; i++) {
    const v = digit[s[i]];
    const next = i + 1 < s.length ? digit[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : null;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → "一", 10 → "十", 12 → "十二", 20 → "二十", 99 → "九十九". */
export function toChineseNumeral(n: number): string {
  const v = Math.max(1, Math.min(99, Math.floor(n)));
  if (v < 10) return CN_DIGITS[v];
  const tens = Math.floor(v / 10);
  const ones = v % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** "十二" → 12; null for anything else. */
export function fromChineseNumeral(value: string): number | null {
  for (let n = 1; n <= 99; n++) if (toChineseNumeral(n) === value) return n;
  return null;
}

/** The numeral of the `index`-th (0-based) key task in a language: "III. " or "三、". */
export function taskNumeral(index: number, language: 'en' | 'zh'): string {
  return language === 'zh' ? `${toChineseNumeral(index + 1)}、` : `${toRoman(index + 1)}. `;
}

export type MeetingFieldResult =
  | { status: 'absent' }
  | { status: 'ok'; meeting: MeetingData | null; droppedSpeeches: number }
  /** Errors by path ("speeches.0.title" → too_long, max 300). */
  | { status: 'invalid'; errors: Record<string, FieldError> };

/** The largest meeting data field the form may send. */
export const MEETING_FIELD_MAX = 200_000;

/**
 * Reads the editor form's meeting field: absent (keep what is saved), empty (not a meeting
 * report), or JSON, validated and without empty speeches. Never throws.
 */
export function parseMeetingField(value: unknown): MeetingFieldResult {
  if (value === null || value === undefined) return { status: 'absent' };
  if (typeof value !== 'string' || value.trim() === '') return { status: 'ok', meeting: null, droppedSpeeches: 0 };
  if (value.length > MEETING_FIELD_MAX) return { status: 'invalid', errors: { speeches: { code: 'meeting_too_big', params: {} } } };
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return { status: 'invalid', errors: { speeches: { code: 'meeting_unreadable', params: {} } } };
  }
  const parsed = meetingInputSchema.safeParse(json);
  if (!parsed.success) return { status: 'invalid', errors: pathErrors(parsed.error, 'speeches') };
  const { meeting, droppedSpeeches } = normalizeMeeting(parsed.data);
  return { status: 'ok', meeting, droppedSpeeches };
}
