import type { ParsedQuery } from './query';
import { pieces, wordTerm } from './tokenize';

// Snippets and highlights are computed here, from the plain text of the live revision, the
// same way whichever database answered. They are returned as parts (text, marked or not)
// that the page renders as text and <mark> elements, so no stored text can become markup.

export type Highlighted = { text: string; mark: boolean }[];

type Range = [number, number];

/** Where the query matches in `text`, as sorted, merged [start, end) ranges. */
export function matchRanges(text: string, query: ParsedQuery['highlight']): Range[] {
  const stems = new Set(query.stems);
  const ranges: Range[] = [];
  for (const p of pieces(text)) {
    if (p.kind === 'word') {
      const term = wordTerm(p.text);
      if (stems.has(term) || query.prefixes.some((x) => term.startsWith(x) || p.text.startsWith(x))) {
        ranges.push([p.start, p.end]);
      }
      continue;
    }
    const sameLength = p.end - p.start === p.text.length;
    for (const needle of query.cjk) {
      let at = p.text.indexOf(needle);
      while (at !== -1) {
        ranges.push(sameLength ? [p.start + at, p.start + at + needle.length] : [p.start, p.end]);
        at = p.text.indexOf(needle, at + needle.length);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

function parts(text: string, ranges: Range[], from: number, to: number): Highlighted {
  const out: Highlighted = [];
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false });
  return out;
}

/** The whole text with the query's matches marked (for titles). */
export function highlight(text: string, query: ParsedQuery['highlight']): Highlighted {
  return parts(text, matchRanges(text, query), 0, text.length);
}

// Never cut a surrogate pair in two.
function safeCut(text: string, i: number) {
  if (i <= 0 || i >= text.length) return Math.max(0, Math.min(i, text.length));
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff ? i - 1 : i;
}

/**
 * About `length` characters of `text` around the place where most of the query matches,
 * with the matches marked; the beginning of the text when nothing matches.
 */
export function snippet(text: string, query: ParsedQuery['highlight'], length = 220): Highlighted {
  const clean = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(clean, query);
  if (clean.length <= length) return parts(clean, ranges, 0, clean.length);
  let best = 0;
  let bestScore = -1;
  // The window starting a little before each match; the one holding the most matches wins.
  for (const [s] of ranges) {
    const start = Math.max(0, s - Math.floor(length / 4));
    const score = ranges.filter(([a, b]) => a >= start && b <= start + length).length;
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  let start = safeCut(clean, Math.min(best, clean.length - length));
  // Start at a word boundary where there is one nearby.
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    if (space !== -1 && space - start < 15 && !ranges.some(([a]) => a >= start && a < space)) start = space + 1;
  }
  const end = safeCut(clean, start + length);
  const out = parts(clean, ranges, start, end);
  if (start > 0) out.unshift({ text: '… ', mark: false });
  if (end < clean.length) out.push({ text: ' …', mark: false });
  return out;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Highlighted parts as HTML: escaped text, matches in <mark> (for mail and feeds). */
export function toHtml(parts: Highlighted): string {
  return parts
    .map((p) => {
      const text = p.text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
      return p.mark ? `<mark>${text}</mark>` : text;
    })
    .join('');
}
