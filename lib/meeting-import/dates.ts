import { isIsoDate } from '../meeting';
import { SCAN } from './common';

// Dates as reports write them: the page's date in its meta line, and the meeting's day in
// running text, whose year may be left out.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const monthOf = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

function isoDate(y: number, m: number, d: number): string {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : '';
}

/** The first full date in `s`: 2023-07-17, 2023/7/17, 2023.7.17 or 2023年7月17日. */
export function findDate(s: string): string {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s.slice(0, SCAN));
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : '';
}

export type DayOfYear = { year: number | null; month: number; day: number };

/** A day in running text: "July 17", "17 July 2023", "On July 17, 2023", "7月17日", "2023年7月17日", "2023-07-17". */
export function findDay(s: string): DayOfYear | null {
  const t = s.slice(0, 600);
  let m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(t);
  if (m) return { year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) };
  m = new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'i').exec(t);
  if (m) return { year: m[3] ? Number(m[3]) : null, month: monthOf(m[1]), day: Number(m[2]) };
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'i').exec(t);
  if (m) return { year: m[3] ? Number(m[3]) : null, month: monthOf(m[2]), day: Number(m[1]) };
  return null;
}

/**
 * The ISO date of a day whose year may be missing: the year written, else the latest year in
 * which the day falls on or before the page's date, else the year hint (the title's year).
 */
export function dayToIso(day: DayOfYear, publishedDate: string, yearHint: number | null): string {
  if (day.year) return isoDate(day.year, day.month, day.day);
  if (publishedDate) {
    const year = Number(publishedDate.slice(0, 4));
    const same = isoDate(year, day.month, day.day);
    if (same && same <= publishedDate) return same;
    return isoDate(year - 1, day.month, day.day);
  }
  return yearHint ? isoDate(yearHint, day.month, day.day) : '';
}
