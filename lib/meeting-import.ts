import { emptyMeeting, fromChineseNumeral, fromRoman, isIsoDate, MEETING_LIMITS, type MeetingData, type MeetingSpeech } from './meeting';

// Reads the plain text of a published meeting report, as copied from a news page: a title
// line, a "Browsing volume / Source / Date" line, paragraphs, and numbered lists in Roman
// ("I. To optimize …;") or Chinese ("一、……；") numerals. It fills in what it recognises
// (title, date, source, presider, attendees, location, speeches with their key tasks,
// closing remarks, quotes) and keeps every paragraph in the body, so nothing is lost: the
// editor reviews the draft. Pure, never throws, and linear in the length of the text: each
// paragraph is examined through bounded slices with patterns that cannot backtrack badly.

/** Longer text is refused with a message rather than parsed. */
export const IMPORT_MAX_CHARS = 200_000;
/** Only the start of a paragraph is searched for speakers, titles and presiders. */
const SCAN = 2_000;

export type ImportResult = {
  /** report: meeting data found; text: not a report, everything is in the body; empty; too_long. */
  outcome: 'report' | 'text' | 'empty' | 'too_long';
  language: 'en' | 'zh';
  title: string;
  /** The "Source" of the meta line, for the article's free-text source. */
  source: string;
  meeting: MeetingData | null;
  /** Every paragraph of the report but its title and meta line, as HTML paragraphs. */
  bodyHtml: string;
  found: { date: boolean; presider: boolean; attendees: boolean; location: boolean; speeches: number; keyTasks: number };
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max).trim() : s);

const META_LABEL = /(browsing volume|page views|views|hits|source|date|published|浏览量|浏览次数|阅读量|点击量|点击数|来源|日期|发布时间|发布日期|时间)\s*[:：]/gi;
const FURNITURE = /^(related news|related articles|last one|previous article|previous|next article|next|相关新闻|相关阅读|上一篇|下一篇)\s*[:：]?\s*$/i;

function detectLanguage(text: string): 'en' | 'zh' {
  const sample = text.slice(0, 20_000);
  const cjk = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  return cjk > 0 && cjk * 3 >= latin ? 'zh' : 'en';
}

function isoDate(y: string, m: string, d: string): string {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : '';
}

/** The first date in `s`: 2023-07-17, 2023/7/17, 2023.7.17 or 2023年7月17日. */
function findDate(s: string): string {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s.slice(0, SCAN));
  return m ? isoDate(m[1], m[2], m[3]) : '';
}

/** The labelled values of a meta line ("Browsing volume:50 Hits: Source: Date:2023-07-17"). */
function metaValues(line: string): Map<string, string> {
  const out = new Map<string, string>();
  const s = line.slice(0, 500);
  const labels = [...s.matchAll(META_LABEL)];
  labels.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < labels.length ? (labels[i + 1].index ?? s.length) : s.length;
    out.set(m[1].toLowerCase(), s.slice(start, end).trim());
  });
  return out;
}

const isMetaLine = (line: string) => line.length <= 500 && [...line.slice(0, 500).matchAll(META_LABEL)].length >= 2;

type Numbered = { n: number; text: string };

/** "III. To improve …;" → {3, "To improve …"}; "三、……；" → {3, "……"}; otherwise null. */
function numbered(p: string, language: 'en' | 'zh'): Numbered | null {
  const head = p.slice(0, 24);
  let m = /^([IVXLCDM]{1,8})\s*[.．、)]\s*/i.exec(head);
  if (m && /^[IVXLCDM]+$/.test(m[1])) {
    const n = fromRoman(m[1]);
    if (n !== null) return { n, text: taskText(p.slice(m[0].length)) };
  }
  m = /^[(（]?([一二三四五六七八九十]{1,3})[)）]\s*|^([一二三四五六七八九十]{1,3})\s*[、．.]\s*/.exec(head);
  if (m) {
    const n = fromChineseNumeral(m[1] ?? m[2]);
    if (n !== null) return { n, text: taskText(p.slice(m[0].length)) };
  }
  m = /^[(（]?(\d{1,2})[)）]\s*|^(\d{1,2})\s*[.．、]\s+/.exec(head);
  if (m && language === 'en') return { n: Number(m[1] ?? m[2]), text: taskText(p.slice(m[0].length)) };
  if (m && language === 'zh') return { n: Number(m[1] ?? m[2]), text: taskText(p.slice(m[0].length)) };
  return null;
}

const taskText = (s: string) => clip(s.trim().replace(/[\s;；。.,，]+$/u, ''), MEETING_LIMITS.keyTask);

// ---------------------------------------------------------------------------------------
// English

const INTRO = /^(?:(?:at|during|in|then|next|finally|afterwards|subsequently|later|on behalf of)\b[^,]{0,60},\s*)+/i;
const PRONOUN = /^(he|she|they|it|we|this|that|the meeting|the conference|participants)\b/i;

/** "Vice President Chen Zhiming" → position "Vice President", name "Chen Zhiming". */
function splitEnglishPerson(phrase: string): { name: string; position: string } {
  const s = phrase.trim().replace(/\s+(then|also|first|later)$/i, '').replace(/,$/, '').trim();
  const comma = s.indexOf(',');
  if (comma > 0) {
    return {
      name: s.slice(0, comma).trim(),
      position: s
        .slice(comma + 1)
        .replace(/\bon behalf of\b.*$/i, '')
        .replace(/,\s*$/, '')
        .trim(),
    };
  }
  const words = s.split(/\s+/);
  if (words.length <= 2) return { name: s, position: '' };
  return { name: words.slice(-2).join(' '), position: words.slice(0, -2).join(' ') };
}

function englishPresider(p: string) {
  const s = p.slice(0, SCAN);
  const i = s.toLowerCase().indexOf('presided over by ');
  if (i < 0) return null;
  const rest = s.slice(i + 'presided over by '.length);
  const lower = rest.toLowerCase();
  const stops = [lower.indexOf(' and attended by'), lower.indexOf(', attended by'), lower.indexOf('. ')].filter((x) => x >= 0);
  const clause = rest.slice(0, stops.length ? Math.min(...stops) : rest.length).replace(/[.,]$/, '');
  return splitEnglishPerson(clause);
}

function englishAttendees(p: string) {
  const s = p.slice(0, SCAN);
  const i = s.toLowerCase().indexOf('attended by ');
  if (i < 0) return '';
  const rest = s.slice(i + 'attended by '.length);
  const end = rest.search(/\.(\s|$)/);
  return (end >= 0 ? rest.slice(0, end) : rest).trim();
}

function englishLocation(p: string) {
  const s = p.slice(0, 600);
  const verb = /\b(held|convened|opened|hosted|took place)\b/i.exec(s);
  if (!verb) return '';
  const m = /\s(?:in|at)\s+([A-Z][^.,;()]{0,100})/.exec(s.slice(verb.index));
  return m ? m[1].replace(/\s+(on|from|to|with|where)\s.*$/, '').trim() : '';
}

const SPEECH_NOUN = /\b(report|speech|address|presentation|analysis|remarks|talk|briefing|summary)\b/i;

function englishSpeech(p: string): (MeetingSpeech & { titleEnd: number }) | null {
  const s = p.slice(0, SCAN);
  const verb = /\b(delivered|gave|made|presented)\b/i.exec(s.slice(0, 600));
  if (!verb) return null;
  let prefix = s.slice(0, verb.index).trim();
  prefix = prefix.replace(INTRO, '').replace(/,\s*on behalf of[^,]*,?\s*$/i, '').replace(/,\s*$/, '').trim();
  if (!prefix || prefix.length > 160 || !/^[A-Z]/.test(prefix) || PRONOUN.test(prefix) || /[.;:]/.test(prefix)) return null;
  const after = s.slice(verb.index + verb[0].length);
  if (!SPEECH_NOUN.test(after.slice(0, 80)) && !/\b(titled|entitled)\b/i.test(after.slice(0, 80))) return null;
  const offset = verb.index + verb[0].length;
  let title = '';
  let titleEnd = offset;
  const titled = /\b(?:titled|entitled|themed|on the topic of)\s*/i.exec(after.slice(0, 120));
  const quoteAt = after.slice(0, 120).search(/["“《]/);
  if (titled || quoteAt >= 0) {
    const from = titled ? titled.index + titled[0].length : quoteAt;
    const rest = after.slice(from);
    const open = rest.charAt(0);
    if (open === '"' || open === '“' || open === '《') {
      const close = open === '"' ? '"' : open === '“' ? '”' : '》';
      const end = rest.indexOf(close, 1);
      if (end > 0) {
        title = rest.slice(1, end);
        titleEnd = offset + from + end + 1;
      }
    }
    if (!title) {
      const lower = rest.toLowerCase();
      const stops = [lower.indexOf(', on the '), lower.indexOf(', on '), lower.search(/\.(\s|$)/)].filter((x) => x > 0);
      const end = stops.length ? Math.min(...stops) : rest.length;
      title = rest.slice(0, end);
      titleEnd = offset + from + end;
    }
  } else {
    // "President Shen Yiwen delivered the Report on 2024 Operations and the 2025 Business Plan."
    const m = /^\s+(?:the|a|an|his|her)\s+([A-Z][^.]{3,250})/.exec(after);
    if (m) {
      title = m[1];
      titleEnd = offset + m[0].length;
    }
  }
  const { name, position } = splitEnglishPerson(prefix);
  const sentenceEnd = p.slice(titleEnd).search(/\.(\s|$)/);
  const summary = sentenceEnd >= 0 ? p.slice(titleEnd + sentenceEnd + 1).trim() : '';
  return {
    speaker: clip(name, MEETING_LIMITS.person),
    position: clip(position, MEETING_LIMITS.position),
    title: clip(title.trim().replace(/^["“]|["”]$/g, ''), MEETING_LIMITS.speechTitle),
    summary: clip(summary, MEETING_LIMITS.summary),
    keyTasks: [],
    titleEnd,
  };
}

// ---------------------------------------------------------------------------------------
// Chinese

/** "集团首席财务官方嘉怡" → position "集团首席财务官", name "方嘉怡", helped by names seen before. */
function splitChinesePerson(phrase: string, known: string[]): { name: string; position: string } {
  const s = phrase.trim();
  for (const name of known) if (name && s.endsWith(name)) return { name, position: s.slice(0, -name.length) };
  for (const name of known) if (name && s.startsWith(name)) return { name, position: '' };
  if (s.length <= 4) return { name: s, position: '' };
  return { name: s.slice(-3), position: s.slice(0, -3) };
}

function chineseSpeech(p: string, known: string[]): (MeetingSpeech & { titleEnd: number }) | null {
  const s = p.slice(0, SCAN);
  // "作题为《…》的报告", or a speech without a title: "作总结讲话", "发表重要讲话".
  let m: { index: number; 0: string; 1: string };
  const titled = /作(?:了)?(?:题为)?《([^》]{1,300})》/.exec(s);
  if (titled && titled.index <= 80) {
    const tail = s.slice(titled.index + titled[0].length, titled.index + titled[0].length + 12);
    if (!/报告|讲话|发言|分析|致辞|总结/.test(tail)) return null;
    m = { index: titled.index, 0: titled[0], 1: titled[1] };
  } else {
    const plain = /(?:作|发表)(?:了)?(?:(?:总结|重要|主题|专题|工作)(?:讲话|报告|发言)|讲话|致辞)/.exec(s);
    if (!plain || plain.index > 80) return null;
    m = { index: plain.index, 0: plain[0], 1: '' };
  }
  let prefix = s.slice(0, m.index);
  prefix = prefix.replace(/^(?:(?:会上|会议上|随后|接着|最后|会议期间|同时|此外)[，,])+/, '');
  prefix = prefix.replace(/代表[^，。]{0,30}$/, '').replace(/[，,]$/, '').trim();
  if (!prefix || prefix.length > 40 || /[。；]/.test(prefix)) return null;
  const { name, position } = splitChinesePerson(prefix, known);
  const titleEnd = m.index + m[0].length;
  const end = p.indexOf('。', titleEnd);
  const summary = end >= 0 ? p.slice(end + 1).trim() : '';
  return {
    speaker: clip(name, MEETING_LIMITS.person),
    position: clip(position, MEETING_LIMITS.position),
    title: clip(m[1].trim(), MEETING_LIMITS.speechTitle),
    summary: clip(summary, MEETING_LIMITS.summary),
    keyTasks: [],
    titleEnd,
  };
}

// ---------------------------------------------------------------------------------------

function kindOf(text: string): string {
  const s = text.toLowerCase();
  if (/mid-year|mid year|half-year|年中|半年/.test(s)) return 'mid_year_work';
  if (/quarter|季度/.test(s)) return 'quarterly_analysis';
  if (/party committee|党委/.test(s)) return 'party_committee';
  if (/board of directors|board meeting|董事会/.test(s)) return 'board';
  if (/annual|年度|工作会议/.test(s)) return 'annual_work';
  return 'other';
}

function meetingName(title: string, language: 'en' | 'zh'): string {
  if (language === 'zh') {
    const m = /^(.{0,60}?)(?:隆重)?(?:召开|举行|举办)(.{2,120})$/.exec(title);
    return m ? `${m[1]}${m[2]}`.replace(/[。！]$/, '') : title;
  }
  const m = /^(.{0,80}?)\s+(?:held|holds|convened|convenes|hosted|hosts|opened|opens)\s+(?:its|the|a|an)?\s*(.{2,150})$/i.exec(title);
  return m ? `${m[1]} ${m[2]}`.replace(/[.!]$/, '') : title;
}

function quotesIn(paragraphs: string[], language: 'en' | 'zh'): string[] {
  const out: string[] = [];
  const min = language === 'zh' ? 8 : 30;
  for (const p of paragraphs) {
    for (const m of p.slice(0, SCAN * 2).matchAll(/“([^“”]{1,1000})”|"([^"]{1,1000})"/g)) {
      const q = (m[1] ?? m[2]).trim();
      if (q.length >= min && /[.!?。！？…]$/u.test(q)) out.push(clip(q, MEETING_LIMITS.quote));
      if (out.length >= MEETING_LIMITS.quotes) return out;
    }
  }
  return out;
}

const EMPTY_FOUND = { date: false, presider: false, attendees: false, location: false, speeches: 0, keyTasks: 0 };

/** Reads a pasted meeting report. Never throws. */
export function importMeetingReport(input: string): ImportResult {
  const raw = typeof input === 'string' ? input : '';
  if (raw.length > IMPORT_MAX_CHARS) {
    return { outcome: 'too_long', language: 'en', title: '', source: '', meeting: null, bodyHtml: '', found: EMPTY_FOUND };
  }
  try {
    return parse(raw);
  } catch {
    // A bug must never lose the pasted text: fall back to everything in the body.
    const lines = raw.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
    return {
      outcome: lines.length ? 'text' : 'empty',
      language: 'en',
      title: '',
      source: '',
      meeting: null,
      bodyHtml: lines.map((l) => `<p>${escape(l)}</p>`).join('\n'),
      found: EMPTY_FOUND,
    };
  }
}

function parse(raw: string): ImportResult {
  const clean = raw
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, '')
    .replace(/\u00A0|\u3000/g, ' ');
  const lines = clean
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
  const language = detectLanguage(clean);
  if (lines.length === 0) {
    return { outcome: 'empty', language, title: '', source: '', meeting: null, bodyHtml: '', found: EMPTY_FOUND };
  }

  // The title is the first line, when it is a line and not a paragraph; the meta line is
  // one of the next few lines.
  let title = '';
  let rest = lines;
  if (!isMetaLine(lines[0]) && lines[0].length <= 200 && !numbered(lines[0], language)) {
    title = lines[0];
    rest = lines.slice(1);
  }
  let source = '';
  let date = '';
  let hasMeta = false;
  const metaIndex = rest.slice(0, 3).findIndex(isMetaLine);
  if (metaIndex >= 0) {
    hasMeta = true;
    const values = metaValues(rest[metaIndex]);
    source = clip(values.get('source') ?? values.get('来源') ?? '', 120);
    date = findDate(rest[metaIndex]);
    rest = [...rest.slice(0, metaIndex), ...rest.slice(metaIndex + 1)];
  }
  // Empty navigation labels of the copied page ("Related news:", "Next article:") are not content.
  const paragraphs = rest.filter((l) => !FURNITURE.test(l));

  const meeting = emptyMeeting();
  const found = { ...EMPTY_FOUND };
  const prose = paragraphs.filter((p) => !numbered(p, language));
  const opening = prose.slice(0, 3);

  for (const p of opening) {
    if (found.presider) break;
    if (language === 'zh') {
      const m = /(?:会议|大会|会)由([^，。；]{1,40}?)主持/.exec(p.slice(0, SCAN));
      if (m) {
        meeting.presider = { name: m[1], position: '' };
        found.presider = true;
        const a = /主持[，,]([^。]{1,600}?)(?:参加|出席)(?:了)?(?:本次)?(?:会议|大会)/.exec(p.slice(0, SCAN));
        if (a) meeting.attendees = clip(a[1].trim(), MEETING_LIMITS.attendees);
      }
    } else {
      const presider = englishPresider(p);
      if (presider) {
        meeting.presider = { name: clip(presider.name, MEETING_LIMITS.person), position: clip(presider.position, MEETING_LIMITS.position) };
        found.presider = true;
        meeting.attendees = clip(englishAttendees(p), MEETING_LIMITS.attendees);
      }
    }
  }
  if (!meeting.attendees) {
    for (const p of opening) {
      const a =
        language === 'zh'
          ? /([^。，]{2,600}?)(?:参加|出席)(?:了)?(?:本次)?(?:会议|大会)/.exec(p.slice(0, SCAN))?.[1] ?? ''
          : englishAttendees(p);
      if (a) {
        meeting.attendees = clip(a.trim(), MEETING_LIMITS.attendees);
        break;
      }
    }
  }
  found.attendees = !!meeting.attendees;
  const first = opening[0] ?? '';
  meeting.location = clip(
    language === 'zh' ? (/在([^，。；在]{2,30}?)(?:召开|举行|举办)/.exec(first.slice(0, 600))?.[1] ?? '') : englishLocation(first),
    MEETING_LIMITS.location,
  );
  found.location = !!meeting.location;
  meeting.date = date || findDate(first);
  found.date = !!meeting.date;

  // Speeches, each with the numbered lists that follow it until the next speech.
  const known = [meeting.presider.name];
  let current: MeetingSpeech | null = null;
  for (const p of paragraphs) {
    const item = numbered(p, language);
    if (item) {
      if (!current) {
        current = { speaker: '', position: '', title: '', summary: '', keyTasks: [] };
        meeting.speeches.push(current);
      }
      if (item.text && current.keyTasks.length < MEETING_LIMITS.keyTasks) current.keyTasks.push(item.text);
      continue;
    }
    if (meeting.speeches.length >= MEETING_LIMITS.speeches) continue;
    const speech = language === 'zh' ? chineseSpeech(p, known) : englishSpeech(p);
    if (speech) {
      const data: MeetingSpeech = {
        speaker: speech.speaker,
        position: speech.position,
        title: speech.title,
        summary: speech.summary,
        keyTasks: [],
      };
      if (language === 'zh' && found.presider && meeting.presider.position === '' && meeting.presider.name.endsWith(data.speaker) && meeting.presider.name !== data.speaker) {
        meeting.presider = { name: data.speaker, position: meeting.presider.name.slice(0, -data.speaker.length) };
      }
      if (!data.position) {
        const same = [meeting.presider, ...meeting.speeches.map((s) => ({ name: s.speaker, position: s.position }))].find(
          (x) => x.name === data.speaker && x.position,
        );
        if (same) data.position = same.position;
      }
      known.push(data.speaker);
      current = data;
      meeting.speeches.push(current);
      continue;
    }
    if (/^(closing the meeting|in closing|at the close of the meeting|at the end of the meeting|会议最后|会议结束时|会议要求)[，,]?/i.test(p)) {
      meeting.closingRemarks = clip(p, MEETING_LIMITS.closingRemarks);
    }
  }
  if (language === 'zh' && found.presider && !meeting.presider.position && meeting.presider.name.length > 4) {
    meeting.presider = splitChinesePerson(meeting.presider.name, known.slice(1));
  }
  found.speeches = meeting.speeches.length;
  found.keyTasks = meeting.speeches.reduce((n, s) => n + s.keyTasks.length, 0);
  meeting.quotes = quotesIn(prose, language);
  meeting.name = clip(meetingName(title, language), MEETING_LIMITS.name);
  meeting.kind = kindOf(`${title} ${meeting.name}`);

  const score = Number(hasMeta) + Number(found.presider) + Number(found.speeches > 0) + Number(found.keyTasks > 0) + Number(found.attendees);
  if (score < 2 || (found.speeches === 0 && !found.presider)) {
    // Not a meeting report: every line, the first one included, goes to the body.
    return {
      outcome: 'text',
      language,
      title: title || clip(lines[0], 200),
      source: '',
      meeting: null,
      bodyHtml: lines.map((l) => `<p>${escape(l)}</p>`).join('\n'),
      found: EMPTY_FOUND,
    };
  }
  return {
    outcome: 'report',
    language,
    title,
    source,
    meeting,
    bodyHtml: paragraphs.map((l) => `<p>${escape(l)}</p>`).join('\n'),
    found,
  };
}
