import { LIMITS } from './article-fields';
import { emptyMeeting, fromChineseNumeral, fromRoman, isIsoDate, MEETING_LIMITS, type MeetingData, type MeetingSpeech } from './meeting';

// Reads the plain text of a published meeting report, as copied from a news page: a title
// line, a "Browsing volume / Source / Date" line, paragraphs, and numbered lists ("I. To
// optimize …;", "1.", "(1)", "一、……；", "（一）", "一是……"). It fills in what it recognises
// (title, the page's date and view count, a summary, the meeting's date, place, presider and
// attendees, every speech with its speaker, title, summary and key tasks, closing remarks,
// quotes) and keeps every paragraph in the body, so nothing is lost: the editor reviews the
// draft. A paragraph that seems to introduce a speech it could not read is named in
// `unparsed`, so the editor is told rather than misled by a partial result.
//
// The same analysis reads an article body when the body is regenerated from meeting data
// (lib/meeting-body.ts): it says which sentences and paragraphs carry which data.
//
// Pure, never throws, and linear in the length of the text: each paragraph is examined
// through bounded slices, with patterns that cannot backtrack badly.

/** Longer text is refused with a message rather than parsed. */
export const IMPORT_MAX_CHARS = 200_000;
/** Only the start of a paragraph is searched for speeches, presiders and attendees. */
const SCAN = 2_000;

export type Language = 'en' | 'zh';

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

export type ImportResult = {
  /**
   * report: meeting data found; text: not a report, everything is in the body; empty;
   * too_long. A report was read completely only when `unparsed` is empty.
   */
  outcome: 'report' | 'text' | 'empty' | 'too_long';
  language: Language;
  title: string;
  /** The "Source" of the meta line, for the article's free-text source. */
  source: string;
  /** The article summary: whole sentences of the opening paragraph, at most LIMITS.summary characters. */
  summary: string;
  /** The page's view count ("Browsing volume: 50", "浏览量：50"), or null when the text gives none. */
  viewCount: number | null;
  /** The page's publication date from the meta line, YYYY-MM-DD, or '' (the meeting's own date is in `meeting.date`). */
  publishedDate: string;
  meeting: MeetingData | null;
  /** Every paragraph of the report but its title, meta line and page furniture, as HTML paragraphs. */
  bodyHtml: string;
  found: { date: boolean; presider: boolean; attendees: boolean; location: boolean; speeches: number; keyTasks: number };
  /** Paragraphs that name a speaker but were not read as a speech (report outcome only). */
  unparsed: UnparsedParagraph[];
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max).trim() : s);

// ---------------------------------------------------------------------------------------
// Page furniture and the meta line

const VIEW_LABELS = 'browsing volume|page views|views|hits|visits|reads|clicks|浏览量|浏览次数|阅读量|阅读次数|点击量|点击数|点击率|访问量';
const DATE_LABELS = 'date|published|release date|posted|日期|发布时间|发布日期|发表时间|时间';
const META_LABEL = new RegExp(`(${VIEW_LABELS}|source|author|editor|font size|来源|作者|责任编辑|编辑|字号|${DATE_LABELS})\\s*[:：]`, 'gi');
const VIEW_LABEL = new RegExp(`^(?:${VIEW_LABELS})$`, 'i');
const DATE_LABEL = new RegExp(`^(?:${DATE_LABELS})$`, 'i');
const NAVIGATION = /^(?:related news|related articles|last one|previous article|previous|next article|next|相关新闻|相关阅读|相关文章|上一篇|下一篇|上一条|下一条)\s*[:：]/i;
const FURNITURE =
  /^(?:(?:home|首页|当前位置|您的位置|您现在的位置|位置)\s*[:：]?\s*(?:[>›»＞→/]|$).*|(?:【[^】]{1,12}】\s*)+|font size\s*[:：].*|字[体号]\s*[:：].*|print\s*\|\s*close|print this page|close window|share to\s*[:：]?|分享到\s*[:：]?|back to top|返回顶部|打印本页|关闭窗口)$/i;

const EMPTY_NAVIGATION = new RegExp(`${NAVIGATION.source}\\s*$`, 'i');

/** Navigation and tools of the copied page, not content: dropped from a report's body. */
const isFurniture = (line: string) =>
  line.length <= 200 && (FURNITURE.test(line) || (NAVIGATION.test(line) && line.length <= 120) || /^\S+(?:\s*[>›»＞]\s*\S+){2,}$/.test(line));

function metaValues(line: string): Map<string, string> {
  const out = new Map<string, string>();
  const s = line.slice(0, 500);
  const labels = [...s.matchAll(META_LABEL)];
  labels.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < labels.length ? (labels[i + 1].index ?? s.length) : s.length;
    const key = m[1].toLowerCase();
    if (!out.has(key) || !out.get(key)) out.set(key, s.slice(start, end).replace(/[|｜·•]+\s*$/u, '').trim());
  });
  return out;
}

/** A line of the page's meta data: two labels or more, or one line that starts with a label. */
function isMetaLine(line: string): boolean {
  if (line.length > 500) return false;
  const labels = [...line.slice(0, 500).matchAll(META_LABEL)];
  return labels.length >= 2 || (labels.length === 1 && labels[0].index === 0 && line.length <= 120);
}

/** "1,208" → 1208; "1.2万" → 12000; null when the value is not a count. */
function countValue(value: string): number | null {
  const m = /^(\d{1,3}(?:[,，]\d{3})+|\d{1,12}(?:\.\d+)?)\s*(万)?(?!\d)/.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1].replace(/[,，]/g, '')) * (m[2] ? 10_000 : 1);
  return Number.isFinite(n) ? Math.min(Math.round(n), 1_000_000_000) : null;
}

// ---------------------------------------------------------------------------------------
// Dates

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const monthOf = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

function isoDate(y: number, m: number, d: number): string {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : '';
}

/** The first full date in `s`: 2023-07-17, 2023/7/17, 2023.7.17 or 2023年7月17日. */
function findDate(s: string): string {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s.slice(0, SCAN));
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : '';
}

type DayOfYear = { year: number | null; month: number; day: number };

/** A day in running text: "July 17", "17 July 2023", "On July 17, 2023", "7月17日", "2023年7月17日", "2023-07-17". */
function findDay(s: string): DayOfYear | null {
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
function dayToIso(day: DayOfYear, publishedDate: string, yearHint: number | null): string {
  if (day.year) return isoDate(day.year, day.month, day.day);
  if (publishedDate) {
    const year = Number(publishedDate.slice(0, 4));
    const same = isoDate(year, day.month, day.day);
    if (same && same <= publishedDate) return same;
    return isoDate(year - 1, day.month, day.day);
  }
  return yearHint ? isoDate(yearHint, day.month, day.day) : '';
}

// ---------------------------------------------------------------------------------------
// Sentences

export type Span = { start: number; end: number };

const EN_ABBREVIATION = /(?:^|[\s(])(?:Mr|Ms|Mrs|Dr|Prof|No|St|Co|Ltd|Inc|Corp|Jr|Sr|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])$/;

/** The sentences of a paragraph, as spans without surrounding spaces. */
export function sentenceSpans(p: string, language: Language): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(p[a])) a++;
    while (b > a && /\s/.test(p[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
    start = end;
  };
  const re = language === 'zh' ? /[。！？!?]+[”’」』）)"]*|\.(?=\s+[“"A-Z])/g : /[.!?。！？]+["”’)]*(?=\s|$)/g;
  for (const m of p.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (language === 'en' || m[0] === '.') {
      if (m[0].startsWith('.') && EN_ABBREVIATION.test(p.slice(Math.max(0, (m.index ?? 0) - 8), m.index))) continue;
      const next = p.slice(end, end + 3).trimStart();
      if (next && !/^[“"‘'(A-Z0-9\u4e00-\u9fff]/.test(next)) continue;
    }
    push(end);
  }
  push(p.length);
  return out;
}

// ---------------------------------------------------------------------------------------
// Numbered lists

export type NumberStyle = 'roman' | 'arabic' | 'arabic-paren' | 'cn' | 'cn-paren' | 'cn-shi';
export type Numbered = { n: number; text: string; style: NumberStyle };

const taskText = (s: string) => clip(s.trim().replace(/[\s;；。.,，:：]+$/u, ''), MEETING_LIMITS.keyTask);

const romanSeen = new Map<string, number | null>();
/** fromRoman, remembered: a pasted list repeats the same few numerals. */
function roman(value: string): number | null {
  let n = romanSeen.get(value);
  if (n === undefined) {
    n = fromRoman(value);
    if (romanSeen.size < 1_000) romanSeen.set(value, n);
  }
  return n;
}

/** "III. To improve …;" → {3, "To improve …", roman}; "（二）……" → {2, "……", cn-paren}; otherwise null. */
export function numbered(p: string): Numbered | null {
  if (!/^[IVXLCDM一二三四五六七八九十(（\d]/.test(p)) return null;
  const head = p.slice(0, 24);
  let m = /^([IVXLCDM]{1,8})\s*[.．、)]\s*/.exec(head);
  if (m) {
    const n = roman(m[1]);
    if (n !== null) return { n, text: taskText(p.slice(m[0].length)), style: 'roman' };
  }
  const cn = (value: string, length: number, style: NumberStyle): Numbered | null => {
    const n = fromChineseNumeral(value);
    return n === null ? null : { n, text: taskText(p.slice(length)), style };
  };
  m = /^[(（]([一二三四五六七八九十]{1,3})[)）]\s*/.exec(head);
  if (m) return cn(m[1], m[0].length, 'cn-paren');
  m = /^([一二三四五六七八九十]{1,3})\s*[、．.]\s*/.exec(head);
  if (m) return cn(m[1], m[0].length, 'cn');
  m = /^([一二三四五六七八九十]{1,3})[)）]\s*/.exec(head);
  if (m) return cn(m[1], m[0].length, 'cn-paren');
  m = /^([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fff])/.exec(head);
  if (m) return cn(m[1], m[0].length, 'cn-shi');
  m = /^[(（](\d{1,2})[)）]\s*/.exec(head);
  if (m) return { n: Number(m[1]), text: taskText(p.slice(m[0].length)), style: 'arabic-paren' };
  m = /^(\d{1,2})\s*[.．、](?!\d)\s*/.exec(head);
  if (m) return { n: Number(m[1]), text: taskText(p.slice(m[0].length)), style: 'arabic' };
  return null;
}

// ---------------------------------------------------------------------------------------
// People, English

const POSITION_WORDS = new Set(
  (
    'president vice chairman chairwoman chairperson chair secretary deputy general manager managing director chief officer ' +
    'executive head leader member engineer senior assistant supervisor representative accountant counsel inspector commissioner ' +
    'treasurer controller ceo cfo cto coo cio cdo mr ms mrs dr professor prof academician comrade captain foreman superintendent ' +
    'principal dean minister mayor governor partner founder lead coordinator administrator analyst specialist expert auditor ' +
    'economist commander chairmen directors managers secretaries'
  ).split(' '),
);
const ORG_WORDS = new Set(
  (
    'party committee board discipline inspection commission union trade group company corporation holdings plant factory ' +
    'department center centre office bureau branch division subsidiary institute university school hospital bank station team ' +
    'unit workshop headquarters ltd co inc congress council association federation administration ministry government'
  ).split(' '),
);
const NOT_NAME = new Set(
  (
    'the a an and of at in on for with to by from as this that these those his her their our its meeting conference session ' +
    'report speech january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday during after before then next finally also'
  ).split(' '),
);

const isNameToken = (w: string) => {
  if (!/^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$/.test(w)) return false;
  const lower = w.toLowerCase();
  return !POSITION_WORDS.has(lower) && !ORG_WORDS.has(lower) && !NOT_NAME.has(lower);
};

/** How many tokens at the end of `tokens` make a name: 2, 3 when the phrase is nothing else, or 0. */
function trailingName(tokens: string[]): number {
  const n = tokens.length;
  if (n === 3 && tokens.every(isNameToken)) return 3;
  if (n >= 2 && isNameToken(tokens[n - 1]) && isNameToken(tokens[n - 2])) return 2;
  return 0;
}

export type Person = { name: string; position: string };
type Subject = { kind: 'person'; people: Person[] } | { kind: 'org'; name: string } | { kind: 'pronoun' | 'group' | 'none' };

const GROUP_EN =
  /^(?:the\s+|all\s+(?:the\s+)?|each\s+|every\s+|several\s+|many\s+|some\s+|both\s+|other\s+|\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:[\w-]+\s+){0,2}?(?:heads|leaders|representatives|members|managers|directors|secretaries|participants|attendees|delegates|employees|staff|chiefs|officials|cadres|principals|plants|companies|subsidiaries|departments|teams|units|branches|everyone|everybody|colleagues|workers|guests|speakers|experts|officers|engineers)\b/i;
const PRONOUN_EN = /^(?:he|she|they|we|i|it|his|her|their|its|this|that|who)$/i;
const NON_PERSON_EN = /^(?:the|a|an|this|that|its|our)\s+(?:meeting|conference|session|congress|plenary|report|speech|company|group|party committee|study group|event|forum|gathering)\b/i;

/** "Vice President Chen Zhiming", "Zhao Guoang, Secretary of …,", "General Manager Lin Wei of CEC" → who. */
function subjectEn(phrase: string): Subject {
  const s = phrase
    .replace(/,?\s*on behalf of [^,]{1,120}(?:,|$)/gi, ',')
    .replace(/(^|\s)(?:Mr|Ms|Mrs|Miss|Madam|Dr)\.?\s+(?=[A-Z])/g, '$1')
    .replace(/\s+(?:also|then|first|later|next|respectively|in turn|briefly|further|finally|subsequently|afterwards)$/i, '')
    .replace(/\s+(?:also|then|first|later)$/i, '')
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '');
  if (!s) return { kind: 'none' };
  if (PRONOUN_EN.test(s) || /^(?:he|she|they)\s+(?:also|then)$/i.test(s)) return { kind: 'pronoun' };
  if (NON_PERSON_EN.test(s)) return { kind: 'none' };
  if (GROUP_EN.test(s)) return { kind: 'group' };
  if (s.length > 240) return { kind: 'none' };
  const comma = s.indexOf(',');
  if (comma > 0) {
    const first = personWithoutComma(s.slice(0, comma).trim());
    const rest = s
      .slice(comma + 1)
      .replace(/^\s*(?:who|which|whose|where)\b.*$/is, '')
      .replace(/,\s*(?:who|which|whose|where)\b.*$/is, '')
      .replace(/[\s,]+$/, '')
      .trim();
    if (first) {
      if (!rest || /^(?:and|while|then)\b/i.test(rest) || /\b(?:presided|attended|chaired)\b/i.test(rest)) return { kind: 'person', people: [first] };
      return { kind: 'person', people: [{ name: first.name, position: [first.position, rest].filter(Boolean).join(', ') }] };
    }
    return { kind: 'none' };
  }
  const person = personWithoutComma(s);
  if (person) return { kind: 'person', people: [person] };
  // A unit that spoke ("The Suzhou Plant made an exchange speech titled …").
  const org = /^(?:[Tt]he\s+)?((?:[A-Z][\w&'’-]*\s+){1,6}(?:Plant|Company|Branch|Subsidiary|Center|Centre|Department|Factory|Institute|Office|Division|Team|Workshop|Group|Mine|Station|Hospital))$/.exec(s);
  return org ? { kind: 'org', name: org[1] } : { kind: 'none' };
}

function personWithoutComma(s: string): Person | null {
  const tokens = s.split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 24) return null;
  const k = trailingName(tokens);
  if (k) return { name: tokens.slice(-k).join(' '), position: tokens.slice(0, -k).join(' ') };
  // "General Manager Lin Wei of CEC", "Zhang Qian of the Nantong Plant".
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i] !== 'of') continue;
    const head = tokens.slice(0, i);
    const kk = trailingName(head);
    if (!kk) continue;
    const before = head.slice(0, -kk).join(' ');
    const org = tokens.slice(i + 1).join(' ');
    return { name: head.slice(-kk).join(' '), position: before ? `${before} of ${org}` : org.replace(/^the\s+/i, '') };
  }
  // "The Vice President" (a speech whose speaker is unnamed, as the body generator writes it).
  if (/^The\s+/.test(s) && tokens.length <= 8 && tokens.slice(1).every((t) => /^[A-Z]/.test(t) || /^(?:of|and|the)$/.test(t))) {
    if (tokens.slice(1).some((t) => POSITION_WORDS.has(t.toLowerCase()))) return { name: '', position: tokens.slice(1).join(' ') };
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// People, Chinese

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const COMPOUND_SURNAME = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|令狐|夏侯|端木|南宫|西门|独孤|呼延|澹台|万俟|闻人)/;
const startsWithSurname = (s: string) => COMPOUND_SURNAME.test(s) || SURNAMES.includes(s.charAt(0));
const ZH_POSITION =
  /(?:书记|董事长|总经理|经理|主任|主席|总裁|总监|部长|处长|科长|厂长|院长|局长|所长|组长|队长|站长|行长|校长|负责人|总工程师|工程师|总会计师|会计师|总经济师|经济师|总法律顾问|顾问|委员|秘书长|董事|监事|专员|首席[\u4e00-\u9fff]{1,5}?官|总师|主管|班长|教授|研究员|院士|主任医师|代表)/g;
const ZH_ORG_END = /(?:公司|集团|工厂|分厂|中心|部|院|厂|处|局|站|队|事业部|单位|班子|支部|委员会|党委|纪委|工会|学校|银行|医院|协会)$/;
const ZH_GROUP =
  /^(?:各|全体|与会|大家|会议|大会|本次会议|参会|各位|部分|有关|相关|多家|几家|其他|其余|\d+家|\d+名|\d+位|[一二两三四五六七八九十几]+[家名位个])|(?:负责人|代表们|同志们|干部职工|职工代表|员工代表|人员|们)$/;
const isZhName = (s: string) => /^[\u4e00-\u9fff]{2,4}$/.test(s) && !ZH_ORG_END.test(s) && !/[、，]/.test(s);

/** "集团党委书记、董事长赵国昂" → 赵国昂, 集团党委书记、董事长; helped by names seen before. */
function zhPerson(part: string, known: readonly string[]): Person | null {
  const s = part.replace(/同志$/, '').trim();
  if (!s) return null;
  for (const name of known) if (name && s.endsWith(name) && name.length >= 2) return { name, position: s.slice(0, -name.length) };
  let end = -1;
  for (const m of s.matchAll(ZH_POSITION)) end = (m.index ?? 0) + m[0].length;
  if (end >= 0) {
    const tail = s.slice(end);
    if (!tail) return { name: '', position: s };
    return isZhName(tail) ? { name: tail, position: s.slice(0, end) } : null;
  }
  if (isZhName(s) && startsWithSurname(s) && s.length <= 4) return { name: s, position: '' };
  return null;
}

/** The people of a Chinese subject: one, or several joined by "、" ("院长牛志刚、总经理鲁卫东"). */
function subjectZh(phrase: string, known: readonly string[]): Subject {
  const s = phrase.trim();
  if (!s) return { kind: 'none' };
  if (/^(?:他|她|其|他们|她们|报告|讲话|会议|大会)$/.test(s)) return { kind: 'pronoun' };
  if (s.length > 80 || /[，。；：]/.test(s)) return { kind: 'none' };
  if (ZH_GROUP.test(s)) return { kind: 'group' };
  const parts = s.split('、');
  const people: Person[] = [];
  let pending = '';
  for (const raw of parts) {
    const part = `${pending}${pending ? '、' : ''}${raw}`;
    const person = zhPerson(raw, known);
    if (person && person.name) {
      people.push({ name: person.name, position: `${pending ? `${pending}、` : ''}${person.position}` });
      pending = '';
    } else if (person && !person.name) {
      pending = part;
    } else {
      if (parts.length === 1 && ZH_ORG_END.test(raw) && raw.length <= 30) return { kind: 'org', name: raw };
      return ZH_ORG_END.test(raw) ? { kind: 'group' } : { kind: 'none' };
    }
  }
  // "公司总经理作报告": a speech whose speaker is unnamed, as the body generator writes it.
  if (pending && people.length === 0) return { kind: 'person', people: [{ name: '', position: pending }] };
  return people.length ? { kind: 'person', people } : { kind: 'none' };
}

// ---------------------------------------------------------------------------------------
// Speeches

type Anchor = {
  /** Where the verb phrase starts and where the speech's head (verb, title or topic) ends, in the sentence. */
  start: number;
  end: number;
  /** Where the subject is to be found: the text before `start`, or an explicit one (passive forms). */
  subject: string | null;
  title: string;
  /** The speech noun was plural ("delivered thematic speeches"): a group spoke. */
  plural: boolean;
  /** Verbs that introduce a speech only for someone not yet known as a speaker ("introduced", "介绍了"). */
  weak: boolean;
};

const SMALL_WORDS = /^(?:of|the|and|or|in|on|for|to|a|an|with|at|by|from|towards|toward|into|as|vs|its|our|their|new|&)$/;

/**
 * A title written without quotation marks: the title-case run from `from`, up to the end of
 * the sentence, a ", on …" clause, or a ", and …" that starts a clause of its own.
 */
function unquotedTitle(s: string, from: number): number {
  const re = /([,;]?)\s*([^\s,;]+)/gy;
  re.lastIndex = from;
  let end = from;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const word = m[2].replace(/["”’)]+$/, '');
    const sentenceEnd = /[.!?]["”’)]*$/.test(m[2]) && !/^(?:[A-Z]|No|St|Co|Ltd|Inc|Jr|Sr|U\.S)\.$/.test(m[2]);
    const bare = word.replace(/[.!?:]+$/, '');
    if (m[1]) {
      // After a comma, the title goes on only with a capital letter, or "and"/"or" and a capital.
      if (!/^[A-Z0-9"“(]/.test(bare) && !/^(?:and|or)$/.test(bare)) return end;
      if (/^(?:and|or)$/.test(bare)) {
        const rest = s.slice(re.lastIndex, re.lastIndex + 200);
        // ", and Deputy General Manager Fang Zhiyuan read out …" is a clause, not the title going on.
        const clause = /^\s*((?:[A-Z][\w'-]*|of|the|and|&)(?:\s+(?:[A-Z][\w'-]*|of|the|and|&))*)\s+([a-z]+)\b/.exec(rest);
        if (!/^\s*[A-Z]/.test(rest) || (clause && !SMALL_WORDS.test(clause[2]))) return end;
      }
    } else if (!/^[A-Z0-9"“(&:–-]/.test(bare) && !SMALL_WORDS.test(bare) && bare !== '') {
      return end;
    }
    end = m.index + m[0].length - (sentenceEnd ? m[2].length - m[2].replace(/[.!?]["”’)]*$/, '').length : 0);
    if (sentenceEnd) return end;
  }
  return end;
}

/** A quoted title at `from` (after spaces): its text and where it ends, or null. */
function quotedAt(s: string, from: number): { title: string; end: number } | null {
  const m = /^\s*[,:]?\s*(["“《「])/.exec(s.slice(from, from + 8));
  if (!m) return null;
  const open = m[1];
  const close = open === '"' ? '"' : open === '“' ? '”' : open === '《' ? '》' : '」';
  const at = from + m[0].length;
  const end = s.indexOf(close, at);
  if (end < 0 || end - at > 300 || end === at) return null;
  return { title: s.slice(at, end).trim(), end: end + 1 };
}

/** A topic after "on", "about", "of": up to the end of its clause. */
function topicEnd(s: string, from: number): number {
  const rest = s.slice(from, from + 400);
  const stop = rest.search(/[.;!?](?:\s|$)|[;；]|,\s+(?:and|while|whereas|which|where|with|as|who|when|before|after|reviewing|focusing|analy[sz]ing|summari[sz]ing|drawing|noting|stressing|pointing|calling|saying|setting|highlighting|making|giving)\b|\s+on behalf of\b|,\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+\b)/);
  return from + (stop < 0 ? rest.replace(/[\s.]+$/, '').length : stop);
}

/** What comes after a speech noun or verb: a title, a topic, or nothing; and where the head ends. */
function titleAfterEn(s: string, from: number): { title: string; end: number } {
  const window = s.slice(from, from + 200);
  const quoted = quotedAt(s, from);
  if (quoted) return quoted;
  const titled = /^\s*,?\s*(?:titled|entitled|themed|named|called|under the title|with the (?:theme|title)(?: of)?|on the (?:theme|topic|subject)(?: of)?|around the (?:theme|topic|subject)(?: of)?)\s*[,:]?\s*/i.exec(window);
  if (titled) {
    const at = from + titled[0].length;
    const q = quotedAt(s, at);
    if (q) return q;
    const end = unquotedTitle(s, at);
    if (end > at) return { title: s.slice(at, end).trim(), end };
  }
  // A topic: "on building a lighthouse factory", "via video link on the integration of …".
  const topic = /^((?:\s+(?:via|by|at|to|in|before|through)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?)\s+(?:on|about|around|regarding|concerning|of)\s+(?!behalf\b)/i.exec(window);
  if (topic) {
    const at = from + topic[0].length;
    const q = quotedAt(s, at - 1);
    if (q) return q;
    const end = topicEnd(s, at);
    if (end - at >= 3) return { title: s.slice(at, end).trim(), end };
  }
  return { title: '', end: from };
}

const EN_NOUN = 'reports?|speech(?:es)?|address(?:es)?|presentations?|remarks|talks?|briefings?|lectures?|explanations?|statements?|keynotes?|lessons?|analys[ie]s|overviews?|interpretations?';
const EN_ANCHOR = new RegExp(
  String.raw`\b(delivered|gave|made|presented|offered|conducted|taught|read out)\s+((?:(?:a|an|the|his|her|their|its|two|three)\s+)?(?:(?!(?:that|which|who|it|to|and|or|but|clear|sure|up|use|progress|efforts)\b)[\w'’-]+\s+){0,5}?)((?:${EN_NOUN})(?:\s+(?:${EN_NOUN}))?)\b` +
    String.raw`|\b(spoke)\b|\b(addressed)\s+(?:the\s+)?(?:meeting|conference|session|congress|participants|attendees|delegates|gathering|audience)\b` +
    String.raw`|\b(reported)\s+on\b|\b(briefed)\s+(?:the\s+)?(?:meeting|conference|session|participants|attendees|delegates|audience)\s+on\b` +
    String.raw`|\b(conveyed|relayed)\s+(?=the\s+(?:spirit|guiding principles|instructions|requirements))` +
    String.raw`|\b(shared)\s+(?:his|her|their)\s+(?:insights?|experiences?|thoughts|views|practices|reflections)\b` +
    String.raw`|\b(introduced|explained|outlined|described|presented)\s+(?!(?:how|why|what|that|awards?|certificates?|prizes?|plaques?|medals?|flags?)\b)` +
    String.raw`|\b(took the floor)\b` +
    String.raw`|\b(delivered|presented|read out)\s+the\s+(?=(?:\d{4}\s+)?[A-Z])`,
  'gi',
);

function anchorsEn(s: string): Anchor[] {
  const out: Anchor[] = [];
  for (const m of s.matchAll(EN_ANCHOR)) {
    const start = m.index ?? 0;
    if (out.length && start < out[out.length - 1].end) continue;
    const after = start + m[0].length;
    if (m[1]) {
      // delivered / gave / made … a report, a speech …
      const words = m[2].trim();
      const noun = m[3].split(/\s+/).pop() ?? '';
      const plural = !/^(?:his|her)\s/i.test(words) && /^(?:reports|speeches|addresses|presentations|talks|briefings|lectures|explanations|statements|keynotes|lessons|analyses|overviews|interpretations)$/i.test(noun);
      // "delivered the 2023 Safety Production Work Report", "delivered the Report on the Work of 2024 …": the title is the noun phrase.
      const named = /^\s+(?:the|his|her)\s+(?=[A-Z0-9])/.exec(s.slice(start + m[1].length, start + m[1].length + 12));
      if (named && /^[A-Z]/.test(noun)) {
        const at = start + m[1].length + named[0].length;
        const end = unquotedTitle(s, at);
        out.push({ start, end: Math.max(end, after), subject: null, title: s.slice(at, Math.max(end, after)).trim(), plural, weak: false });
        continue;
      }
      const t = titleAfterEn(s, after);
      out.push({ start, end: Math.max(t.end, after), subject: null, title: t.title, plural, weak: false });
      continue;
    }
    if (m[12]) {
      // A document named in title case: "delivered the 2025 Business Plan".
      const end = unquotedTitle(s, after);
      const title = s.slice(after, end).trim();
      const words = title.split(/\s+/);
      if (words.length >= 2 && /^[A-Z0-9]/.test(words[words.length - 1])) out.push({ start, end, subject: null, title, plural: false, weak: false });
      continue;
    }
    const verb = (m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10] ?? m[11] ?? '').toLowerCase();
    if (verb === 'conveyed' || verb === 'relayed' || m[10]) {
      // The object is the topic: "conveyed the spirit of …", "introduced the plant's energy management system".
      const q = quotedAt(s, after);
      const end = q ? q.end : topicEnd(s, after);
      if (!q && end - after < 3) continue;
      out.push({ start, end, subject: null, title: q ? q.title : s.slice(after, end).trim(), plural: false, weak: !!m[10] });
      continue;
    }
    if (verb === 'reported' || verb === 'briefed') {
      const q = quotedAt(s, after);
      const end = q ? q.end : topicEnd(s, after);
      out.push({ start, end, subject: null, title: q ? q.title : s.slice(after, end).trim(), plural: false, weak: false });
      continue;
    }
    const t = titleAfterEn(s, after);
    out.push({ start, end: Math.max(t.end, after), subject: null, title: t.title, plural: false, weak: false });
  }
  // "The meeting heard a report by Li Ming on …", "A report titled … was delivered by …".
  const heard = /\b(?:heard|listened to)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:report|speech|briefing|presentation|address)\s+(?:by|from)\s+/i.exec(s.slice(0, 600));
  if (heard && !out.some((a) => a.start <= (heard.index ?? 0) && (heard.index ?? 0) < a.end)) {
    const at = (heard.index ?? 0) + heard[0].length;
    const rest = s.slice(at, at + 240);
    const stop = rest.search(/\s+(?:on|about|titled|entitled)\s|[.;](?:\s|$)/);
    const subjectEnd = at + (stop < 0 ? rest.length : stop);
    const t = titleAfterEn(s, subjectEnd);
    out.push({ start: heard.index ?? 0, end: Math.max(t.end, subjectEnd), subject: s.slice(at, subjectEnd), title: t.title, plural: false, weak: false });
    out.sort((a, b) => a.start - b.start);
  }
  const passive = /^(?:an?\s+(?:[\w-]+\s+){0,3}?(?:report|speech|address|presentation))\s+(?:titled|entitled)\s+/i.exec(s.slice(0, 400));
  if (passive && out.length === 0) {
    const at = passive[0].length;
    const q = quotedAt(s, at);
    const endTitle = q ? q.end : s.search(/\s+was\s+(?:delivered|given|made|presented)\b/);
    if (endTitle > at) {
      const by = /^\s+was\s+(?:delivered|given|made|presented)(?:\s+by\s+([^.]{2,200}?))?(?=[.;]|$)/.exec(s.slice(endTitle));
      if (by) {
        out.push({ start: 0, end: endTitle + by[0].length, subject: by[1] ?? '', title: q ? q.title : s.slice(at, endTitle).trim(), plural: false, weak: false });
      }
    }
  }
  return out;
}

const INTRO_EN = /^(?:(?:at|during|in|then|next|finally|afterwards|subsequently|later|after that|on behalf of|speaking at|in the (?:morning|afternoon)|meanwhile|first|second|third|lastly)\b[^,]{0,80},\s*)+/i;

function cleanSubjectEn(raw: string): string {
  let s = raw.replace(/^[\s,;:]+/, '');
  for (let i = 0; i < 3; i++) s = s.replace(/^(?:and|while|whereas|then|after that|afterwards|also|meanwhile)\b[\s,]*/i, '').replace(INTRO_EN, '');
  return s
    .replace(/\b(?:presided over|chaired|hosted|attended|opened)\s+(?:the|this)\s+(?:meeting|conference|session|congress|event)\s*,?\s+and(?:\s+then)?\s*$/i, '')
    .replace(/[\s,]+$/, '')
    .trim();
}

// Chinese speech forms. Each captures (title or topic, descriptor, speech noun); `keys` are
// words without which it cannot match, to skip it quickly. The title is the captured one, or
// one that a bracketed title must end in a speech noun to be ("作《关于……的报告》"), or the
// descriptor with its noun ("作2024年度财务决算报告", none for "作总结讲话"), or, for "听取了X所作的
// ……报告", the speaker is inside. Weak forms introduce a speech only for someone not yet known.
const NOT_ZUO = '(?<![工合协创制写运动操著杰佳习劳耕振炒当看造所])';
const ZH_NOUN = '报告|讲话|发言|致辞|讲座|党课|辅导|说明|演讲|动员';
const OPEN = '[《“"「]';
const CLOSE = '[》”"」]';
type ZhForm = { keys: string[]; re: RegExp; title: 'captured' | 'bracketed' | 'described' | 'heard'; weak?: boolean };
const zhForm = (keys: string[], source: string, title: ZhForm['title'], weak = false): ZhForm => ({ keys, re: new RegExp(source, 'g'), title, weak });
const ZH_FORMS: ZhForm[] = [
  zhForm(['题为'], `${NOT_ZUO}作(?:了)?(?:一个|一场|一次)?题为${OPEN}([^》”"」]{1,300})${CLOSE}的([^，。；]{0,12}?)(${ZH_NOUN})`, 'captured'),
  zhForm(['为题'], `以${OPEN}([^》”"」]{1,300})${CLOSE}为题(?:[，,]?(?:作|讲授|进行)(?:了)?([^，。；]{0,12}?)(${ZH_NOUN}))?`, 'captured'),
  zhForm(['围绕'], `围绕${OPEN}([^》”"」]{1,300})${CLOSE}(?:${NOT_ZUO}作|进行)(?:了)?([^，。；]{0,12}?)(${ZH_NOUN})`, 'captured'),
  zhForm(['围绕'], `围绕([^，。；]{2,60}?)(?:作|进行)(?:了)?((?:工作|[^，。；作]){0,12}?)(${ZH_NOUN})`, 'captured'),
  zhForm(['就'], `就([^，。；]{2,80}?)(?:${NOT_ZUO}作|进行|谈)(?:了)?((?:工作|[^，。；作]){0,12}?)(${ZH_NOUN}|解读|讲解|宣讲|体会|认识|看法|意见|想法)`, 'captured'),
  zhForm(['进行'], `对([^，。；]{2,80}?)进行(?:了)?(?:专题)?()(解读|讲解|说明|辅导|宣讲)`, 'captured'),
  zhForm(['作'], `${NOT_ZUO}作(?:了)?${OPEN}([^》”"」]{1,300})${CLOSE}(?:的)?([^，。；]{0,12}?)(${ZH_NOUN})?`, 'bracketed'),
  zhForm(['作'], `()${NOT_ZUO}作(?:了)?(?!出|为|用|风|品|业|者|战|息|证|废)([^，。；《“"]{0,30}?)(${ZH_NOUN})`, 'described'),
  zhForm(['发表'], `()发表(?:了)?([^，。；]{0,10}?)(讲话|致辞|演讲|发言)`, 'described'),
  zhForm(['致'], `()致()(开幕词|闭幕词|欢迎词|欢迎辞|贺词|贺辞|辞)`, 'described'),
  zhForm(['并'], `()并(?:作|发表)?(?:了)?([^，。；]{0,8}?)(讲话|致辞)`, 'described'),
  zhForm(['传达'], `传达(?:学习)?(?:了)?([^，。；]{2,120})()()`, 'captured'),
  zhForm(['通报'], `通报(?:了)?([^，。；]{2,120})()()`, 'captured'),
  zhForm(['党课'], `()(?:讲授|讲)(?:了)?([^，。；]{0,40}?)(党课)`, 'described'),
  zhForm(['听取', '聆听'], `(?:听取|聆听)(?:了)?([^，。；]{2,60}?)(?:所作|作)?的([^，。；]{0,40}?)(${ZH_NOUN}|汇报)`, 'heard'),
  zhForm(['汇报'], `汇报(?:了)?([^，。；]{2,120})()()`, 'captured'),
  zhForm(['介绍', '分享'], `(?:介绍|分享)(?:了)?([^，。；]{2,120})()()`, 'captured', true),
  zhForm(['谈', '交流'], `()(?:谈|交流)(?:了)?([^，。；]{0,12}?)(体会|认识|看法|感受|心得)`, 'described'),
];
/** A sentence without any of these has no speech form in it. */
const ZH_TRIGGER = /作|以|围绕|就|对|发表|致|并|传达|通报|讲|听取|聆听|汇报|介绍|分享|谈|交流/;
const GENERIC_ZH = /^(?:了|一个|一次|一场|重要|总结|主题|专题|工作|交流|书面|简短|动员|大会|会议|开幕|闭幕|典型|表态|辅导|部署|讲评|点评|情况|的)*$/;

const ENDS_WITH_NOUN = new RegExp(`(?:${ZH_NOUN})$`);
/** "《稳中求进》" → "稳中求进"; a topic with a title inside it ("新修订的《……》") stays whole. */
const unwrap = (s: string) => (/^[《“"「][^《》“”"「」]*[》”"」]$/.test(s) ? s.slice(1, -1).trim() : s);

function anchorsZh(s: string): Anchor[] {
  if (!ZH_TRIGGER.test(s)) return [];
  // Every form's matches, earliest first (the earlier form first at the same place), without overlaps.
  const matches: { m: RegExpExecArray; form: ZhForm; order: number }[] = [];
  ZH_FORMS.forEach((form, order) => {
    if (form.keys.some((key) => s.includes(key))) for (const m of s.matchAll(form.re)) matches.push({ m, form, order });
  });
  matches.sort((a, b) => (a.m.index ?? 0) - (b.m.index ?? 0) || a.order - b.order);
  const out: Anchor[] = [];
  let after = 0;
  for (const { m, form } of matches) {
    const start = m.index ?? 0;
    if (start < after) continue;
    const captured = unwrap((m[1] ?? '').trim());
    const descriptor = (m[2] ?? '').trim();
    const noun = m[3] ?? '';
    if (form.title === 'bracketed' && !noun && !ENDS_WITH_NOUN.test(captured)) continue;
    // "讲授了题为《…》的专题党课" is titled inside its descriptor.
    const inner = /[《“"「]([^》”"」]{1,300})[》”"」]/.exec(descriptor)?.[1];
    const described = inner ?? (GENERIC_ZH.test(descriptor) ? '' : `${descriptor.replace(/^了/, '')}${noun}`);
    const title = form.title === 'described' || form.title === 'heard' ? described : captured;
    out.push({ start, end: start + m[0].length, subject: form.title === 'heard' ? captured : null, title, plural: false, weak: !!form.weak });
    after = start + m[0].length;
  }
  return out;
}

const INTRO_ZH = /^(?:(?:会上|会议上|会中|大会上|随后|接着|之后|其后|然后|最后|同时|此外|另外|会议期间|上午|下午|当天|首先|其次|再次|紧接着)[，,、]?)+/;

function cleanSubjectZh(raw: string): string {
  let s = raw.replace(/^[\s，,；;、：:]+/, '');
  for (let i = 0; i < 3; i++) s = s.replace(/^(?:并且|并|同时|随后|还|也)/, '').replace(INTRO_ZH, '').replace(/^[\s，,；;、：:]+/, '');
  // "陈荣荣代表经营班子", "葛文静结合分管工作", "牛志刚、鲁卫东分别", "袁志明出席会议": who, without what they did.
  s = s.replace(/(?:出席|主持|参加)(?:了)?(?:本次)?(?:会议|大会|会)?$/, '');
  for (let i = 0; i < 3; i++) {
    s = s.replace(/(?:代表[^，。；]{0,24}?(?:班子|党委|党组|公司|集团|单位|团队|部门|委员会|工会|董事会|经营层|管理层|组织|全体[^，。；]{0,10})|结合[^，。；]{1,30}|在会上|在大会上|在会议上|分别|先后|依次|首先|最后|也|还|又|同志|在讲话中|在报告中)$/, '');
  }
  return s.trim();
}

// ---------------------------------------------------------------------------------------
// The analysis of a report's paragraphs

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
const MEETING_SUBJECT = /^(?:the\s+(?:meeting|conference|congress|session|plenary|forum)|participants|attendees|all participants|the representatives|the delegates|会议|大会|与会|全体|参会)/i;
const REFERENCE_EN = /^(?:(?:he|she|they|his|her|it|the report|the speech|the address|in (?:his|her|the) (?:report|speech|address|remarks)|speaking|according to)\b|["“])/i;
const REFERENCE_ZH = /^(?:他|她|其|报告|讲话|发言|在报告中|在讲话中|“|")/;

type Speech = MeetingSpeech & { place: SpeechPlace };

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

/** The speeches a paragraph introduces, with where their heads and summaries are. */
function speechesIn(p: string, spans: Span[], language: Language, known: () => string[], remember: (p: Person) => void): Speech[] {
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

/** The person a sentence starts with ("Senior engineer Hou Xuemei, who …, took …"), if any. */
function leadingPersonEn(sentence: string): Person | null {
  const s = sentence.replace(INTRO_EN, '');
  const m = /^((?:[A-Z][\w'’-]*|of|the|and|senior|deputy|vice|chief|executive|general|managing|assistant|engineer|member|director|head|secretary|manager|president|chairman|officer)(?:\s+(?:[A-Z][\w'’-]*|of|the|and|senior|deputy|vice|chief|executive|general|managing|assistant|engineer|member|director|head|secretary|manager|president|chairman|officer))*)(?=[\s,])/.exec(s.slice(0, 160));
  if (!m) return null;
  const subject = subjectEn(m[1]);
  return subject.kind === 'person' && subject.people[0].name ? subject.people[0] : null;
}

const ZH_FOLLOW = /结合|围绕|就|对|在|为|以|作|发表|通报|介绍|传达|讲授|讲|上了|指出|强调|表示|要求|说|，|、|代表|主持|出席|参加|向|带领|从|也|还|分别|首先|进行|宣读|解读|汇报|与|和|勉励|希望|引用|总结|签订|同志/g;

function leadingPersonZh(sentence: string, known: string[]): Person | null {
  const s = sentence.replace(INTRO_ZH, '').slice(0, 48);
  for (const m of s.matchAll(ZH_FOLLOW)) {
    const at = m.index ?? 0;
    if (at < 2) continue;
    const subject = subjectZh(s.slice(0, at), known);
    if (subject.kind === 'person' && subject.people.length === 1 && subject.people[0].name) return subject.people[0];
    if (subject.kind === 'group') return null;
  }
  return null;
}

const CUE_EN = /\b(?:speech|speeches|report|address|remarks|presentation|lecture|talk|briefing|keynote|insights|spoke|addressed|lesson)\b/i;
const CUE_ZH = /讲话|报告|发言|致辞|讲座|党课|辅导|演讲|宣讲|解读|讲解|课(?!题|程)/;

/** A sentence that names someone not yet a speaker beside the words of a speech. */
function unrecognisedSpeaker(sentence: string, language: Language, known: string[]): boolean {
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

function presiderEn(sentence: string): Person | null {
  const s = sentence.slice(0, SCAN);
  const passive = /\b(?:presided over|chaired|hosted|moderated)\s+by\s+/i.exec(s);
  if (passive) {
    const rest = s.slice((passive.index ?? 0) + passive[0].length);
    const stop = rest.search(/,?\s+and\s+(?:was\s+)?attended\s+by\b|,\s+attended\s+by\b|,\s+with\b|[.;](?:\s|$)/i);
    const subject = subjectEn(rest.slice(0, stop < 0 ? rest.length : stop).replace(/[.,]$/, ''));
    return subject.kind === 'person' ? subject.people[0] : null;
  }
  const active = /\b(?:presided over|chaired|hosted|moderated)\s+(?:the|this)\s+(?:meeting|conference|session|congress|event|forum)\b/i.exec(s);
  if (active) {
    const subject = subjectEn(cleanSubjectEn(s.slice(0, active.index)));
    return subject.kind === 'person' ? subject.people[0] : null;
  }
  return null;
}

function attendeesEn(sentence: string): string {
  const s = sentence.slice(0, SCAN);
  const by = /\battended\s+by\s+/i.exec(s);
  if (by) {
    const rest = s.slice((by.index ?? 0) + by[0].length);
    const end = rest.search(/\.(\s|$)/);
    return (end >= 0 ? rest.slice(0, end) : rest).trim();
  }
  const active = /\s+attended\s+(?:the|this)\s+(?:meeting|conference|session|congress|event)\b/i.exec(s);
  if (active) {
    const who = cleanSubjectEn(s.slice(0, active.index));
    if (who && subjectEn(who).kind !== 'person' && !/^(?:he|she|they|it)$/i.test(who)) return who;
  }
  return '';
}

function presiderZh(sentence: string, known: string[]): Person | null {
  const s = sentence.slice(0, SCAN);
  const passive = /(?:会议|大会|会|本次会议)?由([^，。；]{1,60}?)(?:主持|主持召开)/.exec(s);
  const raw = passive ? passive[1] : /(?:^|[，,])([^，。；,]{2,60}?)主持(?:了)?(?:会议|大会|本次会议|会)(?!议程)/.exec(s)?.[1];
  if (!raw) return null;
  const subject = subjectZh(cleanSubjectZh(raw), known);
  return subject.kind === 'person' ? subject.people[0] : null;
}

function attendeesZh(sentence: string, known: string[]): string {
  const s = sentence.slice(0, SCAN);
  const after = /主持[，,]([^。]{1,600}?)(?:参加|出席)(?:了)?(?:本次)?(?:会议|大会)/.exec(s);
  if (after) return after[1].trim();
  for (const m of s.matchAll(/(?:^|[。，,])([^。，,]{2,600}?)(?:参加|出席)(?:了)?(?:本次)?(?:会议|大会)(?!并)/g)) {
    const who = cleanSubjectZh(m[1]);
    if (!who || subjectZh(who, known).kind === 'person') continue;
    // "集团领导班子成员，总部各部门负责人，……参加会议": the list may run over commas.
    return listBefore(s, m.index ?? 0, m[0], m[1]);
  }
  return '';
}

/** The attendee list that ends at a match, taken back over commas while the parts before it are groups of people too. */
function listBefore(s: string, index: number, whole: string, last: string): string {
  const lastStart = index + whole.indexOf(last);
  let start = lastStart;
  for (;;) {
    const comma = Math.max(s.lastIndexOf('，', start - 2), s.lastIndexOf(',', start - 2));
    const part = s.slice(comma + 1, start).replace(/[，,]$/, '').replace(INTRO_ZH, '').trim();
    if (!part || /[。；]/.test(part) || /(?:主持|召开|举行|指出|强调|会议|精神|讲话)/.test(part) || !/(?:成员|负责人|代表|人员|书记|领导|干部|职工|同志)$/.test(part)) break;
    start = s.indexOf(part, comma + 1);
    if (comma < 0) break;
  }
  return s.slice(start, lastStart + last.length).trim();
}

function locationEn(sentence: string): string {
  const s = sentence.slice(0, 600);
  const verb = /\b(held|convened|opened|hosted|took place)\b/i.exec(s);
  if (!verb) return '';
  const m = /\s(?:in|at)\s+([A-Z][^.,;()]{0,100})/.exec(s.slice(verb.index));
  return m ? m[1].replace(/\s+(on|from|to|with|where|by|for)\s.*$/, '').trim() : '';
}

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

// ---------------------------------------------------------------------------------------
// The report as a whole

function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const cjk = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  return cjk > 0 && cjk * 3 >= latin ? 'zh' : 'en';
}

function kindOf(text: string): string {
  const s = text.toLowerCase();
  if (/mid-year|mid year|half-year|年中|半年/.test(s)) return 'mid_year_work';
  if (/quarter|季度/.test(s)) return 'quarterly_analysis';
  if (/party committee|party building|theoretical study|党委|党建|中心组/.test(s)) return 'party_committee';
  if (/board of directors|board meeting|董事会/.test(s)) return 'board';
  if (/safety|exchange|seminar|training|安全|交流|研讨|培训|座谈/.test(s)) return 'other';
  if (/annual work|annual meeting|work conference|年度工作会议|年度会议|工作会议|年会/.test(s) || /\bannual\b.*\bmeeting\b/.test(s)) return 'annual_work';
  return 'other';
}

function meetingName(title: string, language: Language): string {
  if (language === 'zh') {
    const m = /^(.{0,60}?)(?:隆重)?(?:召开|举行|举办)(.{2,120})$/.exec(title);
    return m ? `${m[1]}${m[2]}`.replace(/[。！]$/, '') : title;
  }
  const m = /^(.{0,80}?)\s+(?:held|holds|convened|convenes|hosted|hosts|opened|opens)\s+(?:(?:its|the|a|an)\s+)?(.{2,150})$/i.exec(title);
  return m ? `${m[1]} ${m[2]}`.replace(/[.!]$/, '') : title;
}

/** Whole sentences of the opening paragraph: enough to say what happened, never over the summary limit. */
function summaryOf(paragraph: string, language: Language): string {
  const enough = language === 'zh' ? 60 : 160;
  const max = LIMITS.summary;
  let out = '';
  for (const span of sentenceSpans(paragraph.slice(0, SCAN), language)) {
    const sentence = paragraph.slice(span.start, span.end);
    const next = out ? `${out}${language === 'zh' ? '' : ' '}${sentence}` : sentence;
    if (next.length > max) {
      if (out) break;
      // One sentence longer than a summary may be: cut at the last clause that fits.
      const head = sentence.slice(0, max - 1);
      const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf(', '), head.lastIndexOf('；'), head.lastIndexOf('; '));
      return `${(cut > max / 3 ? head.slice(0, cut) : head).trimEnd()}…`;
    }
    out = next;
    if (out.length >= enough) break;
  }
  return out;
}

const EMPTY_FOUND = { date: false, presider: false, attendees: false, location: false, speeches: 0, keyTasks: 0 };
const blank = (outcome: ImportResult['outcome'], language: Language = 'en'): ImportResult => ({
  outcome,
  language,
  title: '',
  source: '',
  summary: '',
  viewCount: null,
  publishedDate: '',
  meeting: null,
  bodyHtml: '',
  found: EMPTY_FOUND,
  unparsed: [],
});

/** Reads a pasted meeting report. Never throws. */
export function importMeetingReport(input: string): ImportResult {
  const raw = typeof input === 'string' ? input : '';
  if (raw.length > IMPORT_MAX_CHARS) return blank('too_long');
  try {
    return parse(raw);
  } catch {
    // A bug must never lose the pasted text: fall back to everything in the body.
    const lines = raw.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
    return { ...blank(lines.length ? 'text' : 'empty'), bodyHtml: lines.map((l) => `<p>${escape(l)}</p>`).join('\n') };
  }
}

/** The text of a pasted report as trimmed, non-empty lines. */
export function reportLines(raw: string): string[] {
  return raw
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, '')
    .replace(/\u00A0|\u3000/g, ' ')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
}

function parse(raw: string): ImportResult {
  const lines = reportLines(raw);
  let sample = '';
  for (let i = 0; i < lines.length && sample.length < 20_000; i++) sample += `${lines[i]}\n`;
  const language = detectLanguage(sample);
  if (lines.length === 0) return blank('empty', language);

  // The title is the first line that is not page furniture, when it is a line and not a
  // paragraph; the meta lines are among the next few.
  let index = 0;
  while (index < Math.min(lines.length, 6) && isFurniture(lines[index])) index++;
  let title = '';
  if (index < lines.length && !isMetaLine(lines[index]) && lines[index].length <= 200 && !numbered(lines[index])) {
    title = lines[index];
    index++;
  }
  const rest = lines.slice(index);
  const metaAt = rest.slice(0, 6).map((l, i) => (isMetaLine(l) ? i : -1)).filter((i) => i >= 0);
  let source = '';
  let publishedDate = '';
  let viewCount: number | null = null;
  for (const i of metaAt) {
    for (const [label, value] of metaValues(rest[i])) {
      if ((label === 'source' || label === '来源') && !source) source = clip(value, LIMITS.sourceText);
      if (VIEW_LABEL.test(label) && viewCount === null) viewCount = countValue(value);
      if (DATE_LABEL.test(label) && !publishedDate) publishedDate = findDate(value);
    }
  }
  if (metaAt.length && !publishedDate) publishedDate = findDate(metaAt.map((i) => rest[i]).join(' '));
  const meta = new Set(metaAt);
  // Navigation of the copied page ("Related news:", "Next article: …", "【打印本页】") is not
  // content; it sits above and below the report, and its empty labels may come anywhere.
  const edge = (i: number) => i < 8 || i >= rest.length - 16;
  const paragraphs = rest.filter((l, i) => !meta.has(i) && !(edge(i) ? isFurniture(l) : l.length <= 40 && EMPTY_NAVIGATION.test(l)));

  const yearHint = Number(/(?:19|20)\d{2}/.exec(title)?.[0] ?? '') || null;
  const analysis = analyseReport(paragraphs, language, { publishedDate, yearHint });
  const meeting = analysis.meeting;
  meeting.name = clip(meetingName(title, language), MEETING_LIMITS.name);
  meeting.kind = kindOf(`${title} ${meeting.name}`);
  const found = {
    date: !!meeting.date,
    presider: !!meeting.presider.name,
    attendees: !!meeting.attendees,
    location: !!meeting.location,
    speeches: meeting.speeches.length,
    keyTasks: meeting.speeches.reduce((n, s) => n + s.keyTasks.length, 0),
  };

  const score = Number(metaAt.length > 0) + Number(found.presider) + Number(found.speeches > 0) + Number(found.keyTasks > 0) + Number(found.attendees);
  if (score < 2 || (found.speeches === 0 && !found.presider)) {
    // Not a meeting report: every line, the first one included, goes to the body.
    return {
      ...blank('text', language),
      title: title || clip(lines[0], 200),
      viewCount,
      publishedDate,
      bodyHtml: lines.map((l) => `<p>${escape(l)}</p>`).join('\n'),
    };
  }
  return {
    outcome: 'report',
    language,
    title,
    source,
    summary: analysis.opening >= 0 ? summaryOf(paragraphs[analysis.opening], language) : '',
    viewCount,
    publishedDate,
    meeting,
    bodyHtml: paragraphs.map((l) => `<p>${escape(l)}</p>`).join('\n'),
    found,
    unparsed: analysis.unparsed,
  };
}
