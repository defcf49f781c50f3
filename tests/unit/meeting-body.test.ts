import { describe, expect, it } from 'vitest';
import {
  emptyMeeting,
  fromChineseNumeral,
  fromRoman,
  meetingInputSchema,
  meetingWarnings,
  normalizeMeeting,
  parseMeetingField,
  taskNumeral,
  toChineseNumeral,
  toRoman,
  type MeetingData,
} from '@/lib/meeting';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { issueError } from '@/lib/forms';
import { generateMeetingBody, mergeMeetingBody } from '@/lib/meeting-body';
import { importMeetingReport } from '@/lib/meeting-import';
import { htmlToText, sanitizeBody } from '@/lib/sanitize';

const meeting = (overrides: Partial<MeetingData> = {}): MeetingData => ({
  name: 'Harbour Works 2025 mid-year work meeting',
  kind: 'mid_year_work',
  date: '2025-07-11',
  location: 'Qingdao',
  presider: { name: 'Wu Lan', position: 'President of Harbour Works' },
  attendees: 'the leadership team and the heads of all departments',
  speeches: [
    {
      speaker: 'Wu Lan',
      position: 'President of Harbour Works',
      title: 'Steady Hands in a Rough Year',
      summary: 'Reviewed the first half and set out the work of the second.',
      keyTasks: ['To optimize market layout', 'To explore new operating models;', 'To improve operational quality.'],
    },
  ],
  closingRemarks: 'Wu Lan asked every team to report on progress in October',
  quotes: ['"Small steps, every day."'],
  ...overrides,
});

describe('numerals', () => {
  it('writes and reads Roman and Chinese numerals', () => {
    expect([1, 4, 9, 14, 40, 99].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'XCIX']);
    expect(fromRoman('XIV')).toBe(14);
    expect(fromRoman('IIII')).toBeNull();
    expect(fromRoman('ABC')).toBeNull();
    expect([1, 10, 11, 20, 23, 99].map(toChineseNumeral)).toEqual(['一', '十', '十一', '二十', '二十三', '九十九']);
    expect(fromChineseNumeral('十二')).toBe(12);
    expect(fromChineseNumeral('一十二')).toBeNull();
    expect(taskNumeral(0, 'en')).toBe('I. ');
    expect(taskNumeral(6, 'zh')).toBe('七、');
  });
});

describe('generateMeetingBody', () => {
  it('writes an English body with "I. To …;" numbering and a full stop after the last task', () => {
    const html = generateMeetingBody(meeting(), 'en');
    expect(html).toContain(
      '<p>On July 11, 2025, the Harbour Works 2025 mid-year work meeting was held in Qingdao. The meeting was presided over by Wu Lan, President of Harbour Works, and attended by the leadership team and the heads of all departments.</p>',
    );
    expect(html).toContain('Wu Lan, President of Harbour Works, delivered a report titled <em>Steady Hands in a Rough Year</em>.');
    expect(html).toContain('<p>I. To optimize market layout;</p>\n<p>II. To explore new operating models;</p>\n<p>III. To improve operational quality.</p>');
    expect(html).toContain('<p>Wu Lan asked every team to report on progress in October.</p>');
    expect(html).toContain('<blockquote><p>“Small steps, every day.”</p></blockquote>');
  });

  it('writes a Chinese body with "一、……；" numbering and "。" after the last task', () => {
    const html = generateMeetingBody(
      meeting({
        name: '海港公司2025年年中工作会议',
        location: '青岛',
        presider: { name: '吴岚', position: '公司总裁' },
        attendees: '公司领导班子成员和各部门负责人',
        speeches: [{ speaker: '吴岚', position: '公司总裁', title: '稳中求进', summary: '总结上半年工作。', keyTasks: ['优化市场布局', '探索新的经营模式；', '提升经营质量'] }],
        closingRemarks: '吴岚要求各部门十月汇报进展',
        quotes: ['“积小胜为大胜。”'],
      }),
      'zh',
    );
    expect(html).toContain('<p>2025年7月11日，海港公司2025年年中工作会议在青岛召开。会议由公司总裁吴岚主持，公司领导班子成员和各部门负责人参加会议。</p>');
    expect(html).toContain('<p>公司总裁吴岚作题为《稳中求进》的报告。总结上半年工作。</p>');
    expect(html).toContain('<p>一、优化市场布局；</p>\n<p>二、探索新的经营模式；</p>\n<p>三、提升经营质量。</p>');
    expect(html).toContain('<p>吴岚要求各部门十月汇报进展。</p>');
    expect(html).toContain('<blockquote><p>“积小胜为大胜。”</p></blockquote>');
  });

  it('does not repeat a lead-in when the summary already ends with a colon', () => {
    const html = generateMeetingBody(meeting({ speeches: [{ ...meeting().speeches[0], summary: 'He set out the tasks:' }] }), 'en');
    expect(html).not.toContain('The following key tasks were set out');
    const plain = generateMeetingBody(meeting(), 'en');
    expect(plain).toContain('<p>The following key tasks were set out:</p>');
  });

  it('escapes every value, so the body survives the sanitizer unchanged', () => {
    const html = generateMeetingBody(
      meeting({ name: '<script>alert(1)</script>', speeches: [{ ...meeting().speeches[0], title: '<img src=x onerror=alert(1)>' }] }),
      'en',
    );
    expect(html).not.toMatch(/<script|<img/);
    expect(sanitizeBody(html)).toContain('&lt;script&gt;');
  });

  it('writes nothing for empty data and leaves out missing parts', () => {
    expect(generateMeetingBody(emptyMeeting(), 'en')).toBe('');
    expect(generateMeetingBody(emptyMeeting(), 'zh')).toBe('');
    const html = generateMeetingBody({ ...emptyMeeting(), presider: { name: 'Wu Lan', position: '' } }, 'en');
    expect(html).toBe('<p>The meeting was presided over by Wu Lan.</p>');
  });
});

describe('meeting validation', () => {
  it('accepts the data of a meeting and trims it', () => {
    const parsed = meetingInputSchema.safeParse({ ...meeting(), name: '  Spaced  ' });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.name).toBe('Spaced');
  });

  it('refuses over-long fields with their limit, bad dates and bad kind codes', () => {
    const parsed = meetingInputSchema.safeParse({
      ...meeting(),
      name: 'x'.repeat(201),
      date: '2025-02-30',
      kind: 'DROP TABLE',
      speeches: [{ ...meeting().speeches[0], keyTasks: ['y'.repeat(501)] }],
    });
    expect(parsed.success).toBe(false);
    const byPath = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join('.'), issueError(i)]));
    expect(byPath.name).toEqual({ code: 'too_long', params: { max: 200 } });
    expect(byPath.date).toEqual({ code: 'meeting_date', params: {} });
    expect(byPath.kind).toEqual({ code: 'meeting_kind', params: {} });
    expect(byPath['speeches.0.keyTasks.0']).toEqual({ code: 'too_long', params: { max: 500 } });
  });

  it('refuses too many speeches', () => {
    const parsed = meetingInputSchema.safeParse({ ...meeting(), speeches: Array.from({ length: 21 }, () => meeting().speeches[0]) });
    expect(issueError(parsed.error!.issues[0])).toEqual({ code: 'too_many', params: { max: 20 } });
  });

  it('drops empty speeches, blank key tasks and blank quotes, and counts the dropped speeches', () => {
    const empty = { speaker: ' ', position: '', title: '', summary: '', keyTasks: ['', ' '] };
    const { meeting: m, droppedSpeeches } = normalizeMeeting(
      meeting({ speeches: [empty, { ...meeting().speeches[0], keyTasks: ['A', '', 'B'] }, empty], quotes: ['', 'Q'] }),
    );
    expect(droppedSpeeches).toBe(2);
    expect(m.speeches).toHaveLength(1);
    expect(m.speeches[0].keyTasks).toEqual(['A', 'B']);
    expect(m.quotes).toEqual(['Q']);
  });

  it('warns about a meeting dated in the future, not about one in the past or today', () => {
    expect(meetingWarnings(meeting({ date: '2031-01-01' }), '2026-11-30')).toEqual(['future_date']);
    expect(meetingWarnings(meeting({ date: '2026-11-30' }), '2026-11-30')).toEqual([]);
    expect(meetingWarnings(meeting({ date: '' }), '2026-11-30')).toEqual([]);
  });
});

describe('parseMeetingField', () => {
  it('tells an absent field (keep what is saved) from an empty one (not a meeting report)', () => {
    expect(parseMeetingField(null)).toEqual({ status: 'absent' });
    expect(parseMeetingField('')).toEqual({ status: 'ok', meeting: null, droppedSpeeches: 0 });
  });

  it('reads valid JSON and drops empty speeches', () => {
    const empty = { speaker: '', position: '', title: '', summary: '', keyTasks: [] };
    const result = parseMeetingField(JSON.stringify({ ...meeting(), speeches: [empty, ...meeting().speeches] }));
    expect(result.status).toBe('ok');
    if (result.status === 'ok') {
      expect(result.droppedSpeeches).toBe(1);
      expect(result.meeting?.speeches).toHaveLength(1);
    }
  });

  it('returns error codes by field path, and never throws', () => {
    expect(parseMeetingField('{not json')).toEqual({ status: 'invalid', errors: { speeches: { code: 'meeting_unreadable', params: {} } } });
    expect(parseMeetingField('x'.repeat(200_001))).toEqual({ status: 'invalid', errors: { speeches: { code: 'meeting_too_big', params: {} } } });
    expect(parseMeetingField('[]').status).toBe('invalid');
    expect(parseMeetingField('null').status).toBe('invalid');
    const result = parseMeetingField(JSON.stringify({ ...meeting(), location: 'x'.repeat(201), speeches: [{ ...meeting().speeches[0], title: 7 }] }));
    expect(result).toEqual({
      status: 'invalid',
      errors: { location: { code: 'too_long', params: { max: 200 } }, 'speeches.0.title': { code: 'invalid', params: {} } },
    });
  });
});

// ---------------------------------------------------------------------------------------
// Generating over an existing body

const corpusDir = path.join(__dirname, '..', 'fixtures', 'meetings', 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, result: importMeetingReport(readFileSync(path.join(corpusDir, f), 'utf8')) }));
const words = (html: string) => htmlToText(html).split(/\s+/).filter(Boolean).length;
const paragraphsOf = (html: string) => html.split('\n').map((p) => htmlToText(p));

describe('mergeMeetingBody', () => {
  it.each(corpus)('changes nothing in an imported body whose data was not changed ($name)', ({ result }) => {
    const merged = mergeMeetingBody(result.meeting!, result.language, result.bodyHtml);
    expect(merged.html).toBe(result.bodyHtml);
    expect(merged).toMatchObject({ removed: [], replaced: 0, added: 0, kept: result.bodyHtml.split('\n').length });
  });

  it.each(corpus)('reads a generated body back as the data it was written from ($name)', ({ result }) => {
    const generated = generateMeetingBody(result.meeting!, result.language);
    const merged = mergeMeetingBody(result.meeting!, result.language, generated);
    expect(merged.html).toBe(generated);
    expect(merged.removed).toEqual([]);
  });

  it('is generateMeetingBody over an empty body', () => {
    for (const body of ['', '<p></p>', '  \n', '<p> </p>\n<p><br></p>']) {
      const merged = mergeMeetingBody(meeting(), 'en', body);
      expect(merged.html).toBe(generateMeetingBody(meeting(), 'en'));
      expect(merged.removed).toEqual([]);
    }
  });

  describe('on the seed report', () => {
    const seed = corpus.find((c) => c.name === 'en-haisum-2023-mid-year.txt')!.result;
    const data = seed.meeting!;
    // The paragraphs no meeting data stands for: the speakers' further points and the quote.
    const narrative = paragraphsOf(seed.bodyHtml).filter((p) => /^(Chen Rongrong emphasized|Zhao Guoang (pointed out|emphasized|expects|concluded))/.test(p));

    it('keeps all 847 words when the data says what the body says (generating alone writes about 410)', () => {
      expect(words(seed.bodyHtml)).toBe(847);
      expect(words(generateMeetingBody(data, 'en'))).toBeLessThan(450);
      expect(words(mergeMeetingBody(data, 'en', seed.bodyHtml).html)).toBe(847);
      expect(narrative).toHaveLength(5);
    });

    it('rewrites only what was corrected, keeps every narrative paragraph, and names what goes', () => {
      const edited = structuredClone(data);
      edited.date = '2023-07-18';
      edited.speeches[0].keyTasks[1] = 'To explore new business models';
      edited.speeches[1].keyTasks.push('To keep the risk control system robust');
      edited.speeches[3].position = 'General Manager of CEC New Materials';
      edited.quotes.push('Steady steps lead far.');
      const merged = mergeMeetingBody(edited, 'en', seed.bodyHtml);
      const after = paragraphsOf(merged.html);
      for (const p of narrative) expect(after).toContain(p);
      // The rest of the opening paragraph stays around the rewritten first sentence.
      expect(after[0]).toMatch(/^On July 18, 2023, the China Haisum 2023 mid-year work meeting was held in Shanghai\. At the conference, participants intensively studied/);
      expect(after[0]).toContain('The conference was presided over by Chen Rongrong');
      expect(after).toContain('II. To explore new business models;');
      expect(after).toContain('VI. To keep the risk control system robust.');
      // The old last task is now followed by another one: renumbered punctuation, not a removal.
      expect(after).toContain('V. To provide diversified incentives through scientific and technological system reform;');
      expect(after.at(-2)).toMatch(/^Chen Zhiming, Vice President, delivered a report titled Analysis of Production .* Lin Wei, General Manager of CEC New Materials, delivered .* Heads of the 11 operating units also reported/);
      expect(merged.html).toContain('<blockquote><p>“Steady steps lead far.”</p></blockquote>');
      expect(merged.removed).toEqual([
        'On July 17, China Haisum held its 2023 mid-year work conference in Shanghai.',
        'II. To explore new operating models;',
        expect.stringMatching(/^At the meeting, Vice President Chen Zhiming delivered a report .*shared his insights around the topic "Development and Positioning of the Lithium Battery New Materials Industry"\.$/),
      ]);
      expect(merged).toMatchObject({ replaced: 4, added: 2, kept: 17 });
      // What the body loses is what `removed` names, and no more.
      const lost = merged.removed.reduce((n, r) => n + r.split(/\s+/).length, 0);
      expect(words(merged.html)).toBeGreaterThanOrEqual(847 - lost);
    });
  });

  it('takes out tasks the data no longer has and moves reordered ones, in the list\'s own numbering', () => {
    const body = ['<p>Intro.</p>', '<p>Wu Lan, President, gave a speech. She set out the tasks:</p>', '<p>1. Cut costs;</p>', '<p>2. Hire engineers;</p>', '<p>3. Open Ningbo office.</p>'].join('\n');
    const data = { ...meeting(), date: '', name: '', location: '', presider: { name: '', position: '' }, attendees: '', closingRemarks: '', quotes: [] };
    data.speeches = [{ speaker: 'Wu Lan', position: 'President', title: '', summary: 'She set out the tasks:', keyTasks: ['Open Ningbo office', 'Cut costs'] }];
    const merged = mergeMeetingBody(data, 'en', body);
    expect(merged.html).toBe(['<p>Intro.</p>', '<p>Wu Lan, President, gave a speech. She set out the tasks:</p>', '<p>1. Open Ningbo office;</p>', '<p>2. Cut costs.</p>'].join('\n'));
    expect(merged.removed).toEqual(['1. Cut costs;', '2. Hire engineers;', '3. Open Ningbo office.']);
  });

  it('adds a speech the body lacks after the one before it, and tasks after a speech that had none', () => {
    const first = { speaker: 'Wu Lan', position: 'President', title: 'Steady Hands', summary: '', keyTasks: [] };
    const last = { speaker: 'Li Ping', position: 'Chairman', title: '', summary: 'He closed the meeting.', keyTasks: [] };
    const base = { ...meeting(), closingRemarks: '', quotes: [], speeches: [first, last] };
    const body = generateMeetingBody(base, 'en');
    const added = { speaker: 'Zhou Min', position: 'CFO', title: 'Cash First', summary: 'She reviewed the budget.', keyTasks: ['To cut costs'] };
    const merged = mergeMeetingBody({ ...base, speeches: [{ ...first, keyTasks: ['To hire engineers'] }, added, last] }, 'en', `${body}\n<p>A narrative paragraph.</p>`);
    expect(paragraphsOf(merged.html)).toEqual([
      paragraphsOf(body)[0],
      'Wu Lan, President, delivered a report titled Steady Hands.',
      'The following key tasks were set out:',
      'I. To hire engineers.',
      'Zhou Min, CFO, delivered a report titled Cash First. She reviewed the budget.',
      'The following key tasks were set out:',
      'I. To cut costs.',
      'Li Ping, Chairman, delivered a report. He closed the meeting.',
      'A narrative paragraph.',
    ]);
    expect(merged.removed).toEqual([]);
    expect(merged).toMatchObject({ added: 5, replaced: 0 });
  });

  it('rewrites a speech whose speaker was corrected, with its summary, and keeps a speech the data dropped', () => {
    const result = corpus.find((c) => c.name === 'zh-jinchuan-mid-year-2024.txt')!.result;
    const data = structuredClone(result.meeting!);
    data.speeches[0].position = '集团总经理';
    data.speeches[0].summary = '他指出，上半年集团新签合同额312亿元。';
    data.speeches.splice(3, 1);
    const merged = mergeMeetingBody(data, 'zh', result.bodyHtml);
    const after = paragraphsOf(merged.html);
    expect(after).toContain('集团总经理杜文涛作上半年经营工作报告。他指出，上半年集团新签合同额312亿元。');
    // 牛志刚 is no longer in the data, but the paragraph that names him is the body's own.
    expect(merged.html).toContain('设计研究院院长牛志刚、物资公司总经理鲁卫东分别作交流发言');
    // The lead only gains the position: what goes is the old summary.
    expect(merged.removed).toEqual(['他指出，上半年集团新签合同额312亿元，同比增长14.2%；完成营业收入146亿元，完成年度计划的48.7%。他要求下半年重点抓好以下工作：']);
  });

  it('rewrites the presider and attendees, the closing remarks most like the old ones, and keeps inline markup elsewhere', () => {
    const body = [
      '<p>On July 11, 2025, the meeting was held in <strong>Qingdao</strong>. It reviewed the <a href="https://example.com/plan">half-year plan</a>. The meeting was presided over by Wu Lan, President, and attended by department heads.</p>',
      '<figure><img src="/files/abcdefghijklmnopqrstuvwx" alt="The hall"></figure>',
      '<p>Wu Lan asked every team to report on progress in October.</p>',
    ].join('\n');
    const data = { ...meeting(), speeches: [], quotes: [], name: '', presider: { name: 'Wu Lan', position: 'President and CEO' }, attendees: 'department heads', closingRemarks: 'Wu Lan asked every team to report on progress in November.' };
    const merged = mergeMeetingBody(data, 'en', body);
    const lines = merged.html.split('\n');
    expect(lines[0]).toBe(
      '<p>On July 11, 2025, the meeting was held in <strong>Qingdao</strong>. It reviewed the <a href="https://example.com/plan">half-year plan</a>. The meeting was presided over by Wu Lan, President and CEO, and attended by department heads.</p>',
    );
    expect(lines[1]).toBe('<figure><img src="/files/abcdefghijklmnopqrstuvwx" alt="The hall"></figure>');
    expect(lines[2]).toBe('<p>Wu Lan asked every team to report on progress in November.</p>');
    // The presider's sentence only gains words; the closing remarks lose "October".
    expect(merged.removed).toEqual(['Wu Lan asked every team to report on progress in October.']);
    expect(merged).toMatchObject({ kept: 1, replaced: 2, added: 0 });
  });

  it('updates key tasks that the editor made into a list', () => {
    const body = '<p>Wu Lan, President, gave a speech.</p>\n<ol><li><p>Cut costs</p></li><li><p>Hire engineers</p></li></ol>';
    const data = { ...meeting(), name: '', date: '', location: '', presider: { name: '', position: '' }, attendees: '', closingRemarks: '', quotes: [] };
    data.speeches = [{ speaker: 'Wu Lan', position: 'President', title: '', summary: '', keyTasks: ['Cut costs', 'Hire more engineers'] }];
    const merged = mergeMeetingBody(data, 'en', body);
    expect(merged.html).toBe('<p>Wu Lan, President, gave a speech.</p>\n<ol><li><p>Cut costs</p></li><li><p>Hire more engineers</p></li></ol>');
    expect(merged.removed).toEqual(['Hire engineers']);
  });

  it('escapes the data it writes into an existing body', () => {
    const data = { ...meeting(), speeches: [], quotes: ['<script>alert(1)</script> is not a quote.'], closingRemarks: '<img src=x onerror=alert(1)>' };
    const merged = mergeMeetingBody(data, 'en', '<p>Something.</p>');
    expect(merged.html).not.toMatch(/<script|<img/);
    expect(sanitizeBody(merged.html)).toBe(merged.html);
  });

  it('never throws and stays quick on hostile bodies', () => {
    const hostile = [
      '<p>'.repeat(20_000),
      '</p>'.repeat(20_000),
      '<p>I. To do;</p>\n'.repeat(20_000),
      `<p>${'Wu Lan delivered a report titled "x '.repeat(5_000)}</p>`,
      '<div><div><div>'.repeat(5_000),
      '<p>&#xFFFFFF;&#99999999;&bogus;</p>',
      `<p>${'会议由'.repeat(50_000)}</p>`,
    ];
    for (const body of hostile) {
      const merged = mergeMeetingBody(meeting(), 'en', body);
      expect(typeof merged.html).toBe('string');
      expect(Array.isArray(merged.removed)).toBe(true);
    }
  });
});
