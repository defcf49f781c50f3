import { isIsoDate, taskNumeral, type MeetingData } from './meeting';

// Writes the body of a meeting report from its data, in the way the published reports read:
// an opening paragraph (when, where, who presided, who attended), a paragraph per speech
// followed by its numbered key tasks ("I. To optimize market layout;" / "一、优化市场布局；"),
// the closing remarks and the quotes. Pure and safe: every value is escaped.

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateText(iso: string, language: 'en' | 'zh'): string {
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

function tasksHtml(tasks: string[], language: 'en' | 'zh'): string[] {
  const list = tasks.map(bare).filter(Boolean);
  return list.map((task, i) => {
    const last = i === list.length - 1;
    const end = language === 'zh' ? (last ? '。' : '；') : last ? '.' : ';';
    return `<p>${escape(taskNumeral(i, language))}${escape(task)}${end}</p>`;
  });
}

/** What the opening paragraph says: when, what and where, who presided and who attended. */
function openingFacts(m: MeetingData, language: 'en' | 'zh') {
  return {
    date: dateText(m.date, language),
    name: m.name.trim(),
    where: m.location.trim(),
    presider: m.presider.name.trim(),
    position: m.presider.position.trim(),
    attendees: bare(m.attendees),
  };
}

function openingEn(m: MeetingData): string {
  const parts: string[] = [];
  const { date, name, where, presider, position, attendees } = openingFacts(m, 'en');
  if (date || name || where) {
    const subject = !name ? 'the meeting' : /^the\s/i.test(name) ? name : `the ${name}`;
    parts.push(capitalize(`${date ? `On ${date}, ` : ''}${subject} was held${where ? ` in ${where}` : ''}.`));
  }
  if (presider) {
    const by = position ? `${presider}, ${position}` : presider;
    parts.push(attendees ? `The meeting was presided over by ${by}, and attended by ${attendees}.` : `The meeting was presided over by ${by}.`);
  } else if (attendees) {
    parts.push(`The meeting was attended by ${attendees}.`);
  }
  return parts.join(' ');
}

function openingZh(m: MeetingData): string {
  const parts: string[] = [];
  const { date, name, where, presider, position, attendees } = openingFacts(m, 'zh');
  if (date || name || where) {
    parts.push(`${date ? `${date}，` : ''}${name || '会议'}${where ? `在${where}` : ''}召开。`);
  }
  if (presider) parts.push(`会议由${position}${presider}主持${attendees ? `，${attendees}参加会议` : ''}。`);
  else if (attendees) parts.push(`${attendees}参加会议。`);
  return parts.join('');
}

/** The body of a meeting report, as sanitizable HTML, in `language`. */
export function generateMeetingBody(meeting: MeetingData, language: 'en' | 'zh'): string {
  const zh = language === 'zh';
  const out: string[] = [];
  const opening = zh ? openingZh(meeting) : openingEn(meeting);
  if (opening) out.push(`<p>${escape(opening)}</p>`);

  for (const s of meeting.speeches) {
    const speaker = s.speaker.trim();
    const position = s.position.trim();
    const title = unquoted(s.title);
    const summary = s.summary.trim();
    const tasks = s.keyTasks.map(bare).filter(Boolean);
    let lead = '';
    if (zh) {
      const who = escape(`${position}${speaker}`);
      if (who && title) lead = `${who}作题为《${escape(title)}》的报告。`;
      else if (who) lead = `${who}作报告。`;
      else if (title) lead = `会上作了题为《${escape(title)}》的报告。`;
    } else {
      const who = speaker ? (position ? `${speaker}, ${position},` : speaker) : position ? capitalize(`the ${position}`) : '';
      if (who && title) lead = `${escape(who)} delivered a report titled <em>${escape(title)}</em>.`;
      else if (who) lead = `${escape(who)} delivered a report.`;
      else if (title) lead = `A report titled <em>${escape(title)}</em> was delivered.`;
    }
    const body = summary ? escape(sentence(summary, zh ? '。' : '.')) : '';
    const paragraph = [lead, body].filter(Boolean).join(zh ? '' : ' ');
    if (paragraph) out.push(`<p>${paragraph}</p>`);
    if (tasks.length) {
      // The summary may already lead into the list ("… deployed key work for the second half:").
      if (!/[:：]$/u.test(summary)) out.push(`<p>${zh ? '报告提出以下重点任务：' : 'The following key tasks were set out:'}</p>`);
      out.push(...tasksHtml(tasks, language));
    }
  }

  const closing = meeting.closingRemarks.trim();
  if (closing) out.push(`<p>${escape(sentence(closing, zh ? '。' : '.'))}</p>`);
  for (const q of meeting.quotes) {
    const quote = unquoted(q);
    if (quote) out.push(`<blockquote><p>“${escape(quote)}”</p></blockquote>`);
  }
  return out.join('\n');
}
