import { stem } from './stem';

// One tokenizer for indexing and for querying, on both databases. The databases only ever
// see our tokens, separated by spaces, so SQLite's FTS5 and PostgreSQL's text search
// agree on what a token is.
//
// - Latin (and other alphabetic) text: NFKC, lowercased, split into words, each reduced to
//   a light English stem, so word forms meet.
// - CJK runs (Han, kana, Hangul), which have no spaces between words: every overlapping
//   pair of characters (a run of one character gives that character). A query of two or
//   more characters is the phrase of its pairs, so it finds every text that contains it,
//   names included, whatever a dictionary would make of them.
// - Separately, the words a dictionary segmenter (Intl.Segmenter) sees in CJK runs, kept in
//   their own column so that whole-word matches rank above partial ones.

const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\u3005\\u30FC';
/** A CJK run, or a word of letters, digits and marks that are not CJK. */
const PIECE = new RegExp(`([${CJK}]+)|((?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+)`, 'gu');

/** Longest word kept; longer strings (hashes, pasted junk) are cut. */
export const MAX_WORD = 40;

export type Piece = {
  kind: 'cjk' | 'word';
  /** Normalized text: NFKC and lowercase. */
  text: string;
  /** Offsets in the original string. */
  start: number;
  end: number;
};

function normalize(text: string) {
  return text.normalize('NFKC').toLowerCase();
}

/** The words and CJK runs of `text`, with their offsets in it. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(PIECE)) {
    const start = m.index;
    const raw = m[0];
    const kind = m[1] ? 'cjk' : 'word';
    // NFKC may turn one character into several that belong to another class (a
    // full-width letter stays a letter; a ligature becomes letters): re-split the result.
    const norm = normalize(raw);
    if (kind === 'word' && !/^[\p{L}\p{N}\p{M}]+$/u.test(norm)) {
      for (const part of norm.split(/[^\p{L}\p{N}\p{M}]+/u)) if (part) out.push({ kind, text: part, start, end: start + raw.length });
      continue;
    }
    out.push({ kind, text: norm, start, end: start + raw.length });
  }
  return out;
}

/** The index term of a word: its stem, cut to MAX_WORD characters. */
export function wordTerm(word: string): string {
  return [...stem(word)].slice(0, MAX_WORD).join('');
}

/** Overlapping character pairs of a CJK run; a single character stands for itself. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

let segmenter: Intl.Segmenter | undefined;

/** Dictionary words of a CJK run, of two characters or more. */
export function cjkWords(run: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(run)) {
    if (s.isWordLike && [...s.segment].length >= 2) out.push(s.segment);
  }
  return out;
}

/** The tokens of a text for the index, in order, separated by spaces. */
export function indexTokens(text: string): string {
  const out: string[] = [];
  for (const p of pieces(text)) {
    if (p.kind === 'word') out.push(wordTerm(p.text));
    else out.push(...bigrams(p.text));
  }
  return out.join(' ');
}

/** The dictionary words of the CJK runs of a text, for the whole-word column. */
export function indexWords(text: string): string {
  const out: string[] = [];
  for (const p of pieces(text)) if (p.kind === 'cjk') out.push(...cjkWords(p.text));
  return out.join(' ');
}
