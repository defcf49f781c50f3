import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMeetingBody } from '@/lib/meeting-body';
import { IMPORT_MAX_CHARS, importMeetingReport } from '@/lib/meeting-import';
import { htmlToText } from '@/lib/sanitize';

const fixture = (name: string) => readFileSync(path.join(__dirname, '..', 'fixtures', 'meetings', name), 'utf8');

/** The paragraphs of a report as plain text, without the title, meta line and navigation labels. */
const contentLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(2)
    .filter((l) => !/^(Related news|Last one|Next article|相关新闻|上一篇|下一篇)[:：]$/.test(l));

describe('importing an English report', () => {
  const text = fixture('report-en.txt');
  const result = importMeetingReport(text);

  it('recognises a report and fills in its title, source, date, location, presider and attendees', () => {
    expect(result.outcome).toBe('report');
    expect(result.language).toBe('en');
    expect(result.title).toBe('Northbridge Holdings held the 2024 quarterly operation analysis meeting');
    expect(result.source).toBe('Finance Department');
    const m = result.meeting!;
    expect(m.date).toBe('2024-10-15');
    expect(m.kind).toBe('quarterly_analysis');
    expect(m.name).toBe('Northbridge Holdings 2024 quarterly operation analysis meeting');
    expect(m.location).toBe('Ningbo');
    expect(m.presider).toEqual({ name: 'Ma Xiaodong', position: 'Executive Vice President of Northbridge Holdings' });
    expect(m.attendees).toMatch(/^the members of the management team, .* eight operating companies$/);
  });

  it('reads the speeches with their numbered key tasks, without numerals or punctuation', () => {
    const m = result.meeting!;
    expect(m.speeches.map((s) => [s.speaker, s.position, s.title])).toEqual([
      ['Liu Qingyang', 'Chief Financial Officer', 'Keeping Cash in View and Costs in Check'],
      ['Ma Xiaodong', 'Executive Vice President of Northbridge Holdings', 'Finishing the Year Strong'],
    ]);
    expect(m.speeches[0].keyTasks).toEqual([
      'To collect receivables overdue by more than sixty days',
      'To cut freight costs through combined shipments',
      'To review every capital project that has not yet started',
      'To close the books within five working days of each month end',
    ]);
    expect(m.speeches[1].keyTasks).toHaveLength(3);
    expect(m.speeches[0].summary).toMatch(/^She reported that revenue rose/);
    expect(m.closingRemarks).toMatch(/^Closing the meeting, Ma Xiaodong asked/);
    expect(m.quotes).toEqual(['The numbers at the end of the year are made by the work we do in October, not by the plans we wrote in January.']);
  });

  it('keeps every paragraph in the body', () => {
    const body = htmlToText(result.bodyHtml);
    for (const line of contentLines(text)) expect(body).toContain(line);
  });

  it('generates a body whose key tasks read "I. To …;"', () => {
    const html = generateMeetingBody(result.meeting!, 'en');
    expect(html).toContain('<p>I. To collect receivables overdue by more than sixty days;</p>');
    expect(html).toContain('<p>III. To keep safety free of serious incidents through the winter.</p>');
  });
});

describe('importing a Chinese report', () => {
  const text = fixture('report-zh.txt');
  const result = importMeetingReport(text);

  it('recognises the report and its meeting data', () => {
    expect(result.outcome).toBe('report');
    expect(result.language).toBe('zh');
    expect(result.title).toBe('北桥控股召开2024年年度工作会议');
    expect(result.source).toBe('集团办公室');
    const m = result.meeting!;
    expect(m.name).toBe('北桥控股2024年年度工作会议');
    expect(m.kind).toBe('annual_work');
    expect(m.date).toBe('2024-01-26');
    expect(m.location).toBe('宁波');
    expect(m.presider).toEqual({ name: '马晓东', position: '集团副总裁' });
    expect(m.attendees).toBe('集团领导班子成员、总部各部门负责人、各经营公司领导班子成员及职工代表');
    expect(m.speeches.map((s) => [s.speaker, s.position, s.title])).toEqual([
      ['周文博', '集团总裁', '坚定信心 稳中求进'],
      ['林国平', '集团董事长', '以高质量发展开创新局面'],
    ]);
    expect(m.speeches[0].keyTasks).toEqual(['做强涂料和胶粘剂主业', '加快华南生产基地建设', '推进数字化车间改造', '加强应收账款和存货管理', '抓好安全生产和环境保护']);
    expect(m.speeches[1].keyTasks[0]).toBe('坚持创新驱动，加大研发投入');
    expect(m.closingRemarks).toMatch(/^会议最后，马晓东要求/);
    expect(m.quotes).toEqual(['只要我们心往一处想、劲往一处使，就没有迈不过去的坎。']);
  });

  it('keeps every paragraph in the body and generates "一、……；" numbering', () => {
    const body = htmlToText(result.bodyHtml);
    for (const line of contentLines(text)) expect(body).toContain(line);
    const html = generateMeetingBody(result.meeting!, 'zh');
    expect(html).toContain('<p>一、做强涂料和胶粘剂主业；</p>');
    expect(html).toContain('<p>五、抓好安全生产和环境保护。</p>');
  });
});

describe('importing what is not a report', () => {
  it('puts everything in the body, with no meeting data', () => {
    const text = fixture('not-a-report.txt');
    const result = importMeetingReport(text);
    expect(result.outcome).toBe('text');
    expect(result.meeting).toBeNull();
    expect(result.title).toBe('Canteen menu for next week');
    const body = htmlToText(result.bodyHtml);
    for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) expect(body).toContain(line);
  });

  it('says when there is nothing to import or too much', () => {
    expect(importMeetingReport('   \n\n ').outcome).toBe('empty');
    expect(importMeetingReport('x'.repeat(IMPORT_MAX_CHARS + 1)).outcome).toBe('too_long');
  });

  it('escapes markup in pasted text', () => {
    const result = importMeetingReport('Hello\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>');
    expect(result.bodyHtml).not.toMatch(/<script|<img/);
    expect(result.bodyHtml).toContain('&lt;script&gt;');
  });
});

describe('the importer on hostile input', () => {
  const hostile: [string, string][] = [
    ['numerals only', 'I. \n'.repeat(40_000)],
    ['one enormous line', 'presided over by '.repeat(11_000)],
    ['unclosed quotes', `“${'a'.repeat(150_000)}`],
    ['nested titles', `Zhang San delivered a report titled ${'"x '.repeat(60_000)}`],
    ['Chinese without punctuation', '会议由'.repeat(60_000)],
    ['titles without end', `作题为《${'题'.repeat(150_000)}`],
    ['binary noise', Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('')],
    ['many short lines', 'Date:\n'.repeat(30_000)],
  ];
  it.each(hostile)('never throws on %s, and keeps the text', (_name, text) => {
    const result = importMeetingReport(text);
    expect(['report', 'text', 'empty', 'too_long']).toContain(result.outcome);
    if (result.outcome === 'text' || result.outcome === 'report') expect(result.bodyHtml.length).toBeGreaterThan(0);
  });

  it('never throws on values that are not text', () => {
    expect(importMeetingReport(undefined as unknown as string).outcome).toBe('empty');
  });
});

describe('importing a Chinese report whose closing speech has no title', () => {
  const result = importMeetingReport(fixture('report-zh-untitled-speech.txt'));

  it('starts a new speech at "作总结讲话", so its key tasks are not given to the speech before', () => {
    const m = result.meeting!;
    expect(m.speeches.map((s) => [s.speaker, s.position, s.title])).toEqual([
      ['陈荣荣', '集团党委副书记、总经理', '聚焦战略开新局 砥砺奋进向未来'],
      ['赵国昂', '集团党委书记、董事长', ''],
    ]);
    expect(m.speeches.map((s) => s.keyTasks.length)).toEqual([3, 2]);
    expect(m.speeches[1].keyTasks[1]).toBe('以资本助力加快数字化转型');
  });

  it('keeps a short Chinese quote', () => {
    expect(result.meeting!.quotes).toEqual(['同舟共济，行稳致远。']);
  });
});
