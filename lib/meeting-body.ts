import { isIsoDate, toChineseNumeral, toRoman, type MeetingData, type MeetingSpeech } from './meeting';
import { analyseReport, LEAD_IN, numbered, type Language, type NumberStyle } from './meeting-import';

// Writes the body of a meeting report from its data, in the way the published reports read:
// an opening paragraph (when, where, who presided, who attended), a paragraph per speech
// followed by its numbered key tasks ("I. To optimize market layout;" / "一、优化市场布局；"),
// the closing remarks and the quotes. Pure and safe: every value is escaped.
//
// mergeMeetingBody does the same over a body that already exists: it reads the body with the
// importer's analysis, rewrites only the sentences and paragraphs that say something the data
// now says differently, adds what the body lacks, and keeps everything else in its place:
// narrative paragraphs, a speech the data no longer lists, images and tables. It returns what
// it would remove, so the editor sees it before anything is replaced.

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateText(iso: string, language: Language): string {
  if (!isIsoDate(iso)) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return language === 'zh' ? `${y}年${m}月${d}日` : `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** Without the punctuation that the numbering adds again. */
const bare = (s: string) => s.trim().replace(/[\s;；。.,，:：]+$/u, '');
/** Without quotation marks around it. */
const unquoted = (s: string) => s.trim().replace(/^["“”'‘「『]+|["“”'’」』]+$/gu, '').trim();
const sentence = (s: string, end: string) => {
  const t = s.trim();
  return !t ? '' : /[.!?。！？:：…"”]$/u.test(t) ? t : `${t}${end}`;
};
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Text compared for sameness: spaces and the final punctuation do not count. */
const same = (a: string, b: string) => bare(a).replace(/\s+/g, ' ') === bare(b).replace(/\s+/g, ' ');

// ---------------------------------------------------------------------------------------
// The pieces of a generated body, as HTML

function whenHtml(m: MeetingData, language: Language): string {
  const date = dateText(m.date, language);
  const name = m.name.trim();
  const where = m.location.trim();
  if (!date && !name && !where) return '';
  if (language === 'zh') return escape(`${date ? `${date}，` : ''}${name || '会议'}${where ? `在${where}` : ''}召开。`);
  const subject = !name ? 'the meeting' : /^the\s/i.test(name) ? name : `the ${name}`;
  return escape(capitalize(`${date ? `On ${date}, ` : ''}${subject} was held${where ? ` in ${where}` : ''}.`));
}

/** "The meeting was presided over by …, and attended by …" — either part may be left out. */
function presiderHtml(m: MeetingData, language: Language, parts: { presider: boolean; attendees: boolean }): string {
  const presider = parts.presider ? m.presider.name.trim() : '';
  const position = m.presider.position.trim();
  const attendees = parts.attendees ? bare(m.attendees) : '';
  if (language === 'zh') {
    if (presider) return escape(`会议由${position}${presider}主持${attendees ? `，${attendees}参加会议` : ''}。`);
    return attendees ? escape(`${attendees}参加会议。`) : '';
  }
  if (presider) {
    const by = position ? `${presider}, ${position}` : presider;
    return escape(attendees ? `The meeting was presided over by ${by}, and attended by ${attendees}.` : `The meeting was presided over by ${by}.`);
  }
  return attendees ? escape(`The meeting was attended by ${attendees}.`) : '';
}

const SPEECH_NOUN_ZH = /(?:报告|讲话|发言|致辞|讲座|党课|辅导|说明|演讲)$/;

/** The sentence that introduces a speech. */
function leadHtml(s: MeetingSpeech, language: Language): string {
  const speaker = s.speaker.trim();
  const position = s.position.trim();
  const title = unquoted(s.title);
  if (language === 'zh') {
    const who = escape(`${position}${speaker}`);
    if (who && title && SPEECH_NOUN_ZH.test(title) && !/^关于/.test(title)) return `${who}作${escape(title)}。`;
    if (who && title && SPEECH_NOUN_ZH.test(title)) return `${who}作《${escape(title)}》。`;
    if (who && title) return `${who}作题为《${escape(title)}》的报告。`;
    if (who) return `${who}作报告。`;
    return title ? `会上作了题为《${escape(title)}》的报告。` : '';
  }
  const who = speaker ? (position ? `${speaker}, ${position},` : speaker) : position ? capitalize(`the ${position}`) : '';
  // A topic ("market development") rather than a title reads "a report on …".
  const topic = /^[a-z]/.test(title);
  if (who && title) return topic ? `${escape(who)} delivered a report on ${escape(title)}.` : `${escape(who)} delivered a report titled <em>${escape(title)}</em>.`;
  if (who) return `${escape(who)} delivered a report.`;
  return title ? (topic ? `A report on ${escape(title)} was delivered.` : `A report titled <em>${escape(title)}</em> was delivered.`) : '';
}

function numeral(style: NumberStyle, index: number): string {
  switch (style) {
    case 'roman':
      return `${toRoman(index + 1)}. `;
    case 'arabic':
      return `${index + 1}. `;
    case 'arabic-paren':
      return `(${index + 1}) `;
    case 'cn':
      return `${toChineseNumeral(index + 1)}、`;
    case 'cn-paren':
      return `（${toChineseNumeral(index + 1)}）`;
    case 'cn-shi':
      return `${toChineseNumeral(index + 1)}是`;
  }
}

/** One key task: numeral, text and ";" ("；"), or "." ("。") after the last one unless the list is unpunctuated. */
function taskHtml(task: string, index: number, count: number, style: NumberStyle, language: Language, punctuated = true): string {
  const last = index === count - 1;
  const end = !punctuated ? '' : language === 'zh' ? (last ? '。' : '；') : last ? '.' : ';';
  return `${escape(numeral(style, index))}${escape(bare(task))}${end}`;
}

const defaultStyle = (language: Language): NumberStyle => (language === 'zh' ? 'cn' : 'roman');
const quoteHtml = (q: string) => `<blockquote><p>“${escape(unquoted(q))}”</p></blockquote>`;

/** The body of a meeting report, as sanitizable HTML, in `language`. */
export function generateMeetingBody(meeting: MeetingData, language: Language): string {
  const zh = language === 'zh';
  const out: string[] = [];
  const opening = [whenHtml(meeting, language), presiderHtml(meeting, language, { presider: true, attendees: true })].filter(Boolean).join(zh ? '' : ' ');
  if (opening) out.push(`<p>${opening}</p>`);
  for (const s of meeting.speeches) out.push(...speechBlocks(s, language));
  const closing = meeting.closingRemarks.trim();
  if (closing) out.push(`<p>${escape(sentence(closing, zh ? '。' : '.'))}</p>`);
  for (const q of meeting.quotes) if (unquoted(q)) out.push(quoteHtml(q));
  return out.join('\n');
}

/** A speech as paragraphs: its lead and summary, then its key tasks. */
function speechBlocks(s: MeetingSpeech, language: Language): string[] {
  const zh = language === 'zh';
  const out: string[] = [];
  const summary = s.summary.trim();
  const tasks = s.keyTasks.map(bare).filter(Boolean);
  const paragraph = [leadHtml(s, language), summary ? escape(sentence(summary, zh ? '。' : '.')) : ''].filter(Boolean).join(zh ? '' : ' ');
  if (paragraph) out.push(`<p>${paragraph}</p>`);
  if (tasks.length) {
    // The summary may already lead into the list ("… deployed key work for the second half:").
    if (!/[:：]$/u.test(summary)) out.push(`<p>${LEAD_IN[language]}</p>`);
    tasks.forEach((t, i) => out.push(`<p>${taskHtml(t, i, tasks.length, defaultStyle(language), language)}</p>`));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Reading an existing body

type Block = {
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
function textOf(inner: string): { text: string; segments: Segment[] } {
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
function blocksOf(html: string): Block[] {
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
function sliceHtml(block: Block, a: number, b: number): string {
  if (a >= b) return '';
  const raw = block.inner.slice(htmlAt(block, a), htmlAt(block, b));
  return balanced(raw) ? raw : escape(block.text.slice(a, b));
}

// ---------------------------------------------------------------------------------------
// Merging

export type GeneratedBody = {
  /** The new body, as sanitizable HTML. */
  html: string;
  /** Passages of the existing body whose words the new body no longer has, in reading order: show them before replacing. */
  removed: string[];
  /** Blocks of the existing body kept exactly as they were. */
  kept: number;
  /** Blocks of the existing body rewritten, wholly or in part, or taken out. */
  replaced: number;
  /** Blocks written from the data that the existing body did not have. */
  added: number;
};

type Edit = { start: number; end: number; html: string; removed: string };

/** Dice similarity of two texts over their character pairs, 0 to 1. */
function similarity(a: string, b: string): number {
  const pairs = (s: string) => {
    const t = s.toLowerCase().replace(/\s+/g, ' ');
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < t.length && i < 4_000; i++) out.set(t.slice(i, i + 2), (out.get(t.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const x = pairs(a);
  const y = pairs(b);
  let common = 0;
  let total = 0;
  for (const [k, n] of x) {
    common += Math.min(n, y.get(k) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total ? (2 * common) / total : 0;
}

/**
 * The body written from `meeting` over `existingHtml`: the parts of the existing body that say
 * what the data says are kept as they are, the parts that say it differently are rewritten in
 * place, what the body lacks is added where it belongs, and everything the data does not cover
 * is kept. With an empty body, this is generateMeetingBody.
 */
export function mergeMeetingBody(meeting: MeetingData, language: Language, existingHtml: string): GeneratedBody {
  try {
    return merge(meeting, language, typeof existingHtml === 'string' ? existingHtml : '');
  } catch {
    // Should reading the body fail, fall back to a new body, and say that all of the old one goes.
    const html = generateMeetingBody(meeting, language);
    const old = blocksOf(existingHtml).map((b) => (b.kind === 'list' ? b.items.join('\n') : b.text)).filter(Boolean);
    return { html, removed: old, kept: 0, replaced: old.length, added: html ? html.split('\n').length : 0 };
  }
}

function merge(meeting: MeetingData, language: Language, existingHtml: string): GeneratedBody {
  const blocks = blocksOf(existingHtml);
  if (!blocks.some((b) => b.text.trim() || b.kind === 'other' || b.kind === 'list')) {
    const html = generateMeetingBody(meeting, language);
    return { html, removed: [], kept: 0, replaced: blocks.length, added: html ? html.split('\n').length : 0 };
  }
  const zh = language === 'zh';
  const space = zh ? '' : ' ';
  const end = zh ? '。' : '.';

  // The text blocks are read as the paragraphs of a report.
  const textual = blocks.map((b, i) => (b.kind === 'text' || b.kind === 'quote') && b.text ? i : -1).filter((i) => i >= 0);
  const paragraphs = textual.map((i) => blocks[i].text);
  const blockOf = (paragraph: number) => textual[paragraph];
  const yearHint = isIsoDate(meeting.date) ? Number(meeting.date.slice(0, 4)) : null;
  const found = analyseReport(paragraphs, language, { yearHint });

  const edits = new Map<number, Edit[]>();
  const replacedBlocks = new Map<number, { html: string | null; removed: string }>();
  const inserts = new Map<number, string[]>();
  const prepend: string[] = [];
  const append: string[] = [];
  const edit = (paragraph: number, e: Edit) => {
    const b = blockOf(paragraph);
    edits.set(b, [...(edits.get(b) ?? []), e]);
  };
  const insertAfter = (block: number, html: string[]) => inserts.set(block, [...(inserts.get(block) ?? []), ...html]);

  // The opening: when and where; who presided; who attended.
  const whenNew = whenHtml(meeting, language);
  const when = found.when;
  if (when) {
    const day = when.day;
    const dateChanged = !!meeting.date && isIsoDate(meeting.date) && (!day || Number(meeting.date.slice(5, 7)) !== day.month || Number(meeting.date.slice(8, 10)) !== day.day || (day.year !== null && day.year !== Number(meeting.date.slice(0, 4))));
    const placeChanged = !!meeting.location.trim() && meeting.location.trim() !== when.location;
    if ((dateChanged || placeChanged) && whenNew) {
      edit(when.paragraph, { ...when.span, html: whenNew, removed: paragraphs[when.paragraph].slice(when.span.start, when.span.end) });
    }
  }
  const presiderNow = found.meeting.presider;
  const presiderChanged = !!meeting.presider.name.trim() && (meeting.presider.name.trim() !== presiderNow.name || (meeting.presider.position.trim() !== '' && meeting.presider.position.trim() !== presiderNow.position));
  const attendeesChanged = !!bare(meeting.attendees) && !same(meeting.attendees, found.meeting.attendees);
  const sharedSentence = found.presider && found.attendees && found.presider.paragraph === found.attendees.paragraph && found.presider.span.start === found.attendees.span.start;
  if (found.presider && (presiderChanged || (sharedSentence && attendeesChanged))) {
    const html = presiderHtml(meeting, language, { presider: true, attendees: !!sharedSentence });
    const { paragraph, span } = found.presider;
    edit(paragraph, { ...span, html, removed: paragraphs[paragraph].slice(span.start, span.end) });
  }
  if (found.attendees && attendeesChanged && !sharedSentence) {
    const { paragraph, span } = found.attendees;
    const text = paragraphs[paragraph];
    const label = /^([^:：]{1,20}[:：]\s*)/.exec(text);
    const whole = span.start === 0 && span.end === text.length && label;
    const html = whole ? `${escape(label[1])}${escape(bare(meeting.attendees))}` : presiderHtml(meeting, language, { presider: false, attendees: true });
    edit(paragraph, { ...span, html, removed: text.slice(span.start, span.end) });
  }
  // What the opening lacks is added to it, or written as a new first paragraph.
  const missing: string[] = [];
  if (!when && whenNew) missing.push(whenNew);
  const needPresider = !found.presider && !!meeting.presider.name.trim();
  const needAttendees = !found.attendees && !!bare(meeting.attendees);
  if (needPresider || needAttendees) missing.push(presiderHtml(meeting, language, { presider: needPresider, attendees: needAttendees }));
  if (missing.length) {
    const into = when ? when.paragraph : found.presider?.paragraph ?? found.attendees?.paragraph;
    if (into !== undefined) {
      const text = paragraphs[into];
      edit(into, { start: text.length, end: text.length, html: `${space}${missing.join(space)}`, removed: '' });
    } else {
      prepend.push(`<p>${missing.join(space)}</p>`);
    }
  }

  // Speeches: each one of the data is matched with the one the body has for it.
  const bodySpeeches = found.meeting.speeches.map((s, i) => ({ s, place: found.places[i] }));
  const match = new Array<number>(meeting.speeches.length).fill(-1);
  const taken = new Set<number>();
  const pair = (test: (d: MeetingSpeech, b: MeetingSpeech) => boolean) =>
    meeting.speeches.forEach((d, i) => {
      if (match[i] >= 0) return;
      const j = bodySpeeches.findIndex((b, k) => !taken.has(k) && test(d, b.s));
      if (j >= 0) {
        match[i] = j;
        taken.add(j);
      }
    });
  pair((d, b) => !!d.speaker.trim() && d.speaker.trim() === b.speaker);
  pair((d, b) => !!unquoted(d.title) && same(unquoted(d.title), b.title));
  // A speech whose speaker was corrected: the remaining ones in order, when as many remain.
  const restData = match.map((j, i) => (j < 0 ? i : -1)).filter((i) => i >= 0);
  const restBody = bodySpeeches.map((_, j) => j).filter((j) => !taken.has(j) && bodySpeeches[j].place.head.end > 0);
  if (restData.length === restBody.length) restData.forEach((i, k) => (match[i] = restBody[k]));

  const headsDone = new Set<string>();
  meeting.speeches.forEach((d, i) => {
    const j = match[i];
    if (j < 0) return;
    const { s: b, place } = bodySpeeches[j];
    const p = place.paragraph;
    const text = paragraphs[p];
    const headKey = `${p}:${place.head.start}`;
    const unchanged = (x: MeetingSpeech, y: MeetingSpeech) => x.speaker.trim() === y.speaker && (x.position.trim() === y.position || !x.position.trim()) && same(unquoted(x.title), y.title);
    // A head sentence may introduce several speeches: it is rewritten when any of them changed.
    const sharing = bodySpeeches.map((x, k) => ({ ...x, k })).filter((x) => x.place.paragraph === p && x.place.head.start === place.head.start && x.place.head.end > 0);
    const dataOf = (k: number) => meeting.speeches[match.indexOf(k)];
    // A speech the data dropped does not change the sentence; if it is rewritten, it stays in it.
    const headChanged = sharing.some((x) => !!dataOf(x.k) && !unchanged(dataOf(x.k), x.s));
    const summary = d.summary.trim();
    const summaryChanged = !same(summary, b.summary);
    if (place.head.end > 0 && headChanged && !headsDone.has(headKey)) {
      headsDone.add(headKey);
      // The summary is written again with the lead when it was part of the same sentence.
      const joined = place.summary && place.summary.start < place.head.end;
      const speeches = sharing.map((x) => dataOf(x.k) ?? x.s);
      const leads = speeches.map((x) => leadHtml(x, language)).filter(Boolean);
      const to = joined && place.summary ? Math.max(place.head.end, place.summary.end) : place.head.end;
      const withSummary = joined && summary ? `${space}${escape(sentence(summary, end))}` : '';
      edit(p, { start: place.head.start, end: to, html: `${leads.join(space)}${withSummary}`, removed: text.slice(place.head.start, to) });
      if (!joined && place.summary && summaryChanged) {
        edit(p, { ...place.summary, html: summary ? escape(sentence(summary, end)) : '', removed: text.slice(place.summary.start, place.summary.end) });
      } else if (!joined && !place.summary && summary && sharing.length === 1) {
        edit(p, { start: place.head.end, end: place.head.end, html: `${space}${escape(sentence(summary, end))}`, removed: '' });
      }
    } else if (place.head.end > 0 && !headChanged && summaryChanged) {
      if (place.summary) {
        edit(p, { ...place.summary, html: summary ? escape(sentence(summary, end)) : '', removed: text.slice(place.summary.start, place.summary.end) });
      } else if (summary && !paragraphs.some((x) => x.includes(bare(summary)))) {
        edit(p, { start: place.head.end, end: place.head.end, html: `${space}${escape(sentence(summary, end))}`, removed: '' });
      }
    }

    // Key tasks, in place and in the list's own numbering.
    const tasks = d.keyTasks.map(bare).filter(Boolean);
    const old = place.tasks;
    if (old.length === 0) {
      if (!tasks.length) return;
      // Tasks the editor made into a bulleted or numbered list are updated in that list.
      const list = listBlockFor(blocks, tasks);
      if (list >= 0) {
        const items = blocks[list].items;
        if (items.length !== tasks.length || items.some((item, k) => !same(item, tasks[k]))) {
          const lost = items.filter((item) => !tasks.some((t) => same(item, t)));
          replacedBlocks.set(list, { html: `${blocks[list].open}${tasks.map((t) => `<li><p>${escape(t)}</p></li>`).join('')}${blocks[list].close}`, removed: lost.join('\n') });
        }
        return;
      }
      const html: string[] = [];
      if (!/[:：]$/u.test(text) && !/[:：]$/u.test(summary)) html.push(`<p>${LEAD_IN[language]}</p>`);
      tasks.forEach((t, k) => html.push(`<p>${taskHtml(t, k, tasks.length, defaultStyle(language), language)}</p>`));
      insertAfter(blockOf(p), html);
      return;
    }
    const style = old[0].style;
    const punctuated = old.filter((t) => /[;；.。]$/u.test(paragraphs[t.paragraph])).length * 2 >= old.length;
    tasks.forEach((t, k) => {
      if (k >= old.length) return;
      const html = taskHtml(t, k, tasks.length, style, language, punctuated);
      const current = paragraphs[old[k].paragraph];
      const item = numbered(current);
      const wordsSame = same(old[k].text, t);
      const expected = `${numeral(style, k)}${bare(t)}${punctuated ? (k === tasks.length - 1 ? end : zh ? '；' : ';') : ''}`;
      const inPlace = wordsSame && item?.n === k + 1 && (current.replace(/\s+/g, ' ') === expected.replace(/\s+/g, ' ') || !punctuated || /[;；]$/u.test(current) === /[;；]$/u.test(expected));
      if (inPlace) return;
      replacedBlocks.set(blockOf(old[k].paragraph), { html: `${blocks[blockOf(old[k].paragraph)].open || '<p>'}${html}${blocks[blockOf(old[k].paragraph)].close || '</p>'}`, removed: wordsSame ? '' : current });
    });
    // Tasks the data no longer has are taken out; new ones follow the last one (and its sub-items).
    for (let k = tasks.length; k < old.length; k++) replacedBlocks.set(blockOf(old[k].paragraph), { html: null, removed: paragraphs[old[k].paragraph] });
    if (tasks.length === 0) {
      const lead = found.leadIns.find((l) => l === old[0].paragraph - 1);
      if (lead !== undefined) replacedBlocks.set(blockOf(lead), { html: null, removed: '' });
    }
    if (tasks.length > old.length) {
      let after = blockOf(old[old.length - 1].paragraph);
      while (after + 1 < blocks.length && blocks[after + 1].kind === 'text' && numbered(blocks[after + 1].text) && numbered(blocks[after + 1].text)?.style !== style) after++;
      insertAfter(
        after,
        tasks.slice(old.length).map((t, k) => `<p>${taskHtml(t, old.length + k, tasks.length, style, language, punctuated)}</p>`),
      );
    }
  });

  // Speeches the body does not have yet, after the one before them.
  meeting.speeches.forEach((d, i) => {
    if (match[i] >= 0) return;
    const html = speechBlocks(d, language);
    if (!html.length) return;
    const before = match.slice(0, i).filter((j) => j >= 0).pop();
    const next = match.slice(i + 1).find((j) => j >= 0);
    if (next !== undefined && bodySpeeches[next].place.head.end > 0 && (before === undefined || bodySpeeches[next].place.paragraph !== bodySpeeches[before].place.paragraph)) {
      const at = blockOf(bodySpeeches[next].place.paragraph) - 1;
      if (at < 0) prepend.push(...html);
      else insertAfter(at, html);
    } else if (before !== undefined) {
      const place = bodySpeeches[before].place;
      const last = Math.max(place.paragraph, ...place.tasks.map((t) => t.paragraph));
      insertAfter(blockOf(last), html);
    } else if (found.closing !== null) {
      insertAfter(blockOf(found.closing) - 1, html);
    } else {
      append.push(...html);
    }
  });

  // Closing remarks: the paragraph that says them, or the one most like them.
  const closing = meeting.closingRemarks.trim();
  if (closing) {
    const exact = paragraphs.findIndex((p) => same(p, closing));
    if (exact < 0) {
      const covered = new Set<number>([...found.places.flatMap((pl) => [pl.paragraph, ...pl.tasks.map((t) => t.paragraph)])]);
      let at = found.closing ?? -1;
      if (at < 0) {
        // Closing remarks close the body: only its last paragraphs are compared.
        let best = 0;
        paragraphs.forEach((p, k) => {
          const score = covered.has(k) || k === found.opening || k < paragraphs.length - 12 ? 0 : similarity(p, closing);
          if (score > best && score >= 0.6) {
            best = score;
            at = k;
          }
        });
      }
      const html = escape(sentence(closing, end));
      if (at >= 0) replacedBlocks.set(blockOf(at), { html: `${blocks[blockOf(at)].open || '<p>'}${html}${blocks[blockOf(at)].close || '</p>'}`, removed: paragraphs[at] });
      else append.push(`<p>${html}</p>`);
    }
  }

  // Quotes the body does not already quote.
  const allText = paragraphs.join('\n');
  for (const q of meeting.quotes) {
    const quote = unquoted(q);
    if (quote && !allText.includes(bare(quote))) append.push(quoteHtml(q));
  }

  // The new body, block by block.
  const out: string[] = [...prepend];
  const removed: string[] = [];
  let kept = 0;
  let replaced = 0;
  let added = prepend.length + append.length;
  blocks.forEach((block, i) => {
    const whole = replacedBlocks.get(i);
    const blockEdits = (edits.get(i) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    if (whole) {
      replaced++;
      if (whole.removed && (whole.html === null || !wordsKept(whole.removed, whole.html, zh))) removed.push(whole.removed);
      if (whole.html !== null) out.push(whole.html);
    } else if (blockEdits.length) {
      let html = '';
      let at = 0;
      for (const e of blockEdits) {
        if (e.start < at) continue;
        html += sliceHtml(block, at, e.start) + e.html;
        at = e.end;
        if (e.removed.trim() && !wordsKept(e.removed, e.html, zh)) removed.push(e.removed.trim());
      }
      html += sliceHtml(block, at, block.text.length);
      html = html.replace(/ {2,}/g, ' ').trim();
      const rebuilt = html ? `${block.open || '<p>'}${html}${block.close || '</p>'}` : '';
      if (rebuilt === block.html) kept++;
      else replaced++;
      if (rebuilt) out.push(rebuilt);
    } else {
      kept++;
      out.push(block.html);
    }
    const more = inserts.get(i) ?? [];
    out.push(...more);
    added += more.length;
  });
  out.push(...append);
  return { html: out.join('\n'), removed, kept, replaced, added };
}

/** Whether every word of a passage (every character, in Chinese) is still in its replacement. */
function wordsKept(passage: string, replacementHtml: string, zh: boolean): boolean {
  if (passage.length > 20_000) return false;
  const replacement = textOf(replacementHtml).text;
  const units = (s: string) => (zh ? [...s.replace(/[\s\p{P}]/gu, '')] : s.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean));
  const left = new Map<string, number>();
  for (const u of units(replacement)) left.set(u, (left.get(u) ?? 0) + 1);
  return units(passage).every((u) => {
    const n = left.get(u) ?? 0;
    left.set(u, n - 1);
    return n > 0;
  });
}

/** A list block whose items are mostly these tasks (a body whose editor made them a bulleted or numbered list). */
function listBlockFor(blocks: Block[], tasks: string[]): number {
  return blocks.findIndex((b) => b.kind === 'list' && tasks.filter((t) => b.items.some((item) => same(item, t))).length * 2 >= tasks.length);
}

