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
import { issueError } from '@/lib/forms';
import { generateMeetingBody } from '@/lib/meeting-body';
import { sanitizeBody } from '@/lib/sanitize';

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
