import { stem } from './stem';
import { bigrams, pieces, wordTerm } from './tokenize';

// Turns what a reader typed into search terms. The search engine of each database (behind
// the database seam under db/) writes its FTS5 or tsquery syntax from these terms, so
// nothing the reader typed reaches that syntax: it is written from our own tokens
// (letters, digits and marks only), each one quoted.

/** Characters of a query that are read; the rest is ignored (and the reader told so). */
export const MAX_QUERY_CHARS = 200;
/** Terms of a query that are used. */
export const MAX_TERMS = 12;

export type QueryTerm =
  /** Tokens that must follow each other; `word` is a CJK run for the whole-word bonus. */
  | { kind: 'phrase'; tokens: string[]; word?: string }
  /** A word being typed: its stem, or any index term starting with one of `prefixes`. */
  | { kind: 'prefix'; exact: string; prefixes: string[] };

export type ParsedQuery = {
  terms: QueryTerm[];
  /** What to highlight: stems of whole words, prefixes of words, and CJK strings. */
  highlight: { stems: string[]; prefixes: string[]; cjk: string[] };
  /** The query was cut to MAX_QUERY_CHARS characters or MAX_TERMS terms. */
  truncated: boolean;
};

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'is', 'are', 'was', 'be']);

// Endings a word being typed may still get; the stems of the completed forms are searched
// as prefixes too, so "optimizin" finds "optimizing" although its stem is "optimiz".
const COMPLETIONS = ['', 'e', 'g', 'ng', 'd', 'ed', 's', 'es', 'n', 'on', 'ion', 'y', 'ly'];

function prefixTerm(word: string): QueryTerm {
  const exact = wordTerm(word);
  const candidates = new Set<string>([word, exact]);
  for (const c of COMPLETIONS) candidates.add(stem(word + c));
  // Keep only the shortest of candidates that are prefixes of each other.
  // Prefixes of three characters or more: shorter ones match too much to be useful.
  const sorted = [...candidates].filter((c) => c.length >= 3).sort((a, b) => a.length - b.length);
  const prefixes: string[] = [];
  for (const c of sorted) if (!prefixes.some((p) => c.startsWith(p))) prefixes.push(c);
  return { kind: 'prefix', exact, prefixes };
}

/** Reads a query: words, CJK runs and "quoted phrases". Never throws. */
export function parseQuery(input: unknown): ParsedQuery {
  const raw = typeof input === 'string' ? input : '';
  const chars = [...raw];
  let truncated = chars.length > MAX_QUERY_CHARS;
  const text = truncated ? chars.slice(0, MAX_QUERY_CHARS).join('') : raw;

  const terms: QueryTerm[] = [];
  const highlight = { stems: new Set<string>(), prefixes: new Set<string>(), cjk: new Set<string>() };
  const seen = new Set<string>();
  const add = (term: QueryTerm) => {
    const key = JSON.stringify(term);
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };

  // Quotes split the text: odd parts are phrases. An unclosed quote runs to the end.
  const parts = text.split('"');
  const words: { word: string; quoted: boolean }[] = [];
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1;
    const ps = pieces(part);
    if (quoted) {
      const tokens = ps.flatMap((p) => (p.kind === 'word' ? [wordTerm(p.text)] : bigrams(p.text)));
      for (const p of ps) {
        if (p.kind === 'word') highlight.stems.add(wordTerm(p.text));
        else highlight.cjk.add(p.text);
      }
      const only = ps.length === 1 && ps[0].kind === 'cjk' && [...ps[0].text].length >= 2 ? ps[0].text : undefined;
      if (tokens.length) add({ kind: 'phrase', tokens, ...(only ? { word: only } : {}) });
      return;
    }
    for (const p of ps) {
      if (p.kind === 'cjk') {
        highlight.cjk.add(p.text);
        if ([...p.text].length === 1) add({ kind: 'prefix', exact: p.text, prefixes: [p.text] });
        else add({ kind: 'phrase', tokens: bigrams(p.text), word: p.text });
      } else {
        words.push({ word: p.text, quoted: false });
      }
    }
  });

  const meaningful = words.filter((w) => !STOP_WORDS.has(w.word));
  const kept = meaningful.length > 0 || terms.length > 0 ? meaningful : words;
  kept.forEach(({ word }, i) => {
    const last = i === kept.length - 1 && /[\p{L}\p{N}\p{M}]$/u.test(text) && !text.trimEnd().endsWith('"');
    if (last && word.length >= 3) {
      const term = prefixTerm(word);
      if (term.kind === 'prefix') {
        highlight.stems.add(term.exact);
        for (const p of term.prefixes) highlight.prefixes.add(p);
      }
      add(term);
    } else {
      const t = wordTerm(word);
      highlight.stems.add(t);
      add({ kind: 'phrase', tokens: [t] });
    }
  });

  if (terms.length > MAX_TERMS) truncated = true;
  return {
    terms: terms.slice(0, MAX_TERMS),
    highlight: { stems: [...highlight.stems], prefixes: [...highlight.prefixes], cjk: [...highlight.cjk] },
    truncated,
  };
}
