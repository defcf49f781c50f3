import { escape } from '../meeting-import/common';

// Reading an existing body: its top-level blocks, the plain text of each, and where each
// character of that text is in the HTML, so that a sentence can be replaced in place.

export type Block = {
  /** The block as it is in the body. */
  html: string;
  kind: 'text' | 'quote' | 'list' | 'other';
  /** Opening and closing tags around `inner` (empty for bare text). */
  open: string;
  close: string;
  inner: string;
  /** Plain text, and where it comes from in `inner`. */
  text: string;
  segments: Segment[];
  /** For lists: the text of each item. */
  items: string[];
};

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** A character for an entity; U+FFFD for a number that is not one. */
function entity(name: string, token: string): string {
  const e = name.toLowerCase();
  if (ENTITIES[e] !== undefined) return ENTITIES[e];
  if (!e.startsWith('#')) return token;
  const n = e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1));
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\uFFFD';
}

/**
 * Where a stretch of the plain text comes from in the HTML: from `text`, `length` characters
 * that start at `html`, one for one when `run` (plain characters), all at `html` otherwise
 * (an entity, or spaces collapsed into one).
 */
type Segment = { text: number; html: number; length: number; run: boolean };

/** Plain text of inline HTML, with where each stretch of it starts in the HTML. */
export function textOf(inner: string): { text: string; segments: Segment[] } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let space = true;
  const push = (t: string, html: number, run: boolean) => {
    parts.push(t);
    segments.push({ text: length, html, length: t.length, run });
    length += t.length;
    space = t === ' ';
  };
  const re = /<[^>]*>|&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});|\s+|[^<&\s]+|[<&]/gi;
  for (const m of inner.matchAll(re)) {
    const i = m.index ?? 0;
    const token = m[0];
    if (token.startsWith('<') && token.length > 1) {
      if (/^<br\b/i.test(token) && !space) push(' ', i, false);
    } else if (m[1]) {
      push(entity(m[1], token), i, false);
    } else if (/^\s/.test(token)) {
      if (!space) push(' ', i, false);
    } else {
      push(token, i, true);
    }
  }
  if (parts.length && parts[parts.length - 1] === ' ') {
    parts.pop();
    segments.pop();
  }
  return { text: parts.join(''), segments };
}

/** Where the text's character `i` starts in the HTML (the end of the HTML after the last one). */
function htmlAt(block: Block, i: number): number {
  const segments = block.segments;
  if (i >= block.text.length) return block.inner.length;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].text <= i) lo = mid;
    else hi = mid - 1;
  }
  const s = segments[lo];
  return s.run ? s.html + (i - s.text) : s.html;
}

/** The top-level blocks of an HTML body. */
export function blocksOf(html: string): Block[] {
  const blocks: Block[] = [];
  const make = (raw: string, tag: string): Block => {
    const m = tag ? /^(<[^>]*>)([\s\S]*?)(<\/[^>]*>)?$/.exec(raw) : null;
    const open = m ? m[1] : '';
    const close = m ? (m[3] ?? '') : '';
    const inner = m ? m[2] : raw;
    const lower = tag.toLowerCase();
    const kind: Block['kind'] = !tag || /^(?:p|h[1-6]|div)$/.test(lower) ? 'text' : lower === 'blockquote' ? 'quote' : /^(?:ul|ol)$/.test(lower) ? 'list' : 'other';
    const items = kind === 'list' ? [...inner.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/gi)].map((li) => textOf(li[1]).text) : [];
    const { text, segments } = kind === 'text' || kind === 'quote' ? textOf(inner) : { text: '', segments: [] };
    return { html: raw, kind, open, close, inner, text, segments, items };
  };
  let depth = 0;
  let start = -1;
  let tag = '';
  let textStart = 0;
  const flushText = (end: number) => {
    const raw = html.slice(textStart, end);
    if (raw.trim()) blocks.push(make(raw.trim(), ''));
  };
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g)) {
    const i = m.index ?? 0;
    if (!m[2]) continue;
    const closing = m[1] === '/';
    const name = m[2];
    if (depth === 0 && !closing) {
      flushText(i);
      if (VOID.test(name) || m[3] === '/') {
        if (!/^br$/i.test(name)) blocks.push(make(m[0], name));
        textStart = i + m[0].length;
        continue;
      }
      start = i;
      tag = name;
      depth = 1;
      continue;
    }
    if (depth === 0) continue;
    if (VOID.test(name) || m[3] === '/') continue;
    depth += closing ? -1 : 1;
    if (depth === 0) {
      blocks.push(make(html.slice(start, i + m[0].length), tag));
      textStart = i + m[0].length;
    }
  }
  if (depth > 0) blocks.push(make(html.slice(start), tag));
  else flushText(html.length);
  return blocks;
}

/** Whether a slice of HTML opens and closes its own tags. */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g)) {
    if (VOID.test(m[2]) || m[3] === '/') continue;
    if (m[1] !== '/') stack.push(m[2].toLowerCase());
    else if (stack.pop() !== m[2].toLowerCase()) return false;
  }
  return stack.length === 0;
}

/** The HTML of a block's text from `a` to `b`, with its markup when that markup is whole, else escaped. */
export function sliceHtml(block: Block, a: number, b: number): string {
  if (a >= b) return '';
  const raw = block.inner.slice(htmlAt(block, a), htmlAt(block, b));
  return balanced(raw) ? raw : escape(block.text.slice(a, b));
}
