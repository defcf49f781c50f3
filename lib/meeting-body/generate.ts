import { isIsoDate, toChineseNumeral, toRoman, type MeetingData, type MeetingSpeech } from '../meeting';
import { LEAD_IN, type Language, type NumberStyle } from '../meeting-import';
import { bare, escape } from '../meeting-import/common';

// The pieces of a generated body, as HTML: the opening, a paragraph per speech followed by
// its numbered key tasks, the closing remarks and the quotes.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateText(iso: string, language: Language): string {
  if (!isIsoDate(iso)) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return language === 'zh' ? `${y}年${m}月${d}日` : `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** Without quotation marks around it. */
export const unquoted = (s: string) => s.trim().replace(/^["“”'‘「『]+|["“”'’」』]+$/gu, '').trim();
/** `s` as a sentence: `end` is added unless it ends in punctuation already. */
export const sentence = (s: string, end: string) => {
  const t = s.trim();
  return !t ? '' : /[.!?。！？:：…"”]$/u.test(t) ? t : `${t}${end}`;
};
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function whenHtml(m: MeetingData, language: Language): string {
  const date = dateText(m.date, language);
  const name = m.name.trim();
  const where = m.location.trim();
  if (!date && !name && !where) return '';
  if (language === 'zh') return escape(`${date ? `${date}，` : ''}${name || '会议'}${where ? `在${where}` : ''}召开。`);
  const subject = !name ? 'the meeting' : /^the\s/i.test(name) ? name : `the ${name}`;
  return escape(capitalize(`${date ? `On ${date}, ` : ''}${subject} was held${where ? ` in ${where}` : ''}.`));
}

/** "The meeting was presided over by …, and attended by …" — either part may be left out. */
export function presiderHtml(m: MeetingData, language: Language, parts: { presider: boolean; attendees: boolean }): string {
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
export function leadHtml(s: MeetingSpeech, language: Language): string {
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

export function numeral(style: NumberStyle, index: number): string {
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
export function taskHtml(task: string, index: number, count: number, style: NumberStyle, language: Language, punctuated = true): string {
  const last = index === count - 1;
  const end = !punctuated ? '' : language === 'zh' ? (last ? '。' : '；') : last ? '.' : ';';
  return `${escape(numeral(style, index))}${escape(bare(task))}${end}`;
}

export const defaultStyle = (language: Language): NumberStyle => (language === 'zh' ? 'cn' : 'roman');
export const quoteHtml = (q: string) => `<blockquote><p>“${escape(unquoted(q))}”</p></blockquote>`;

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
export function speechBlocks(s: MeetingSpeech, language: Language): string[] {
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
