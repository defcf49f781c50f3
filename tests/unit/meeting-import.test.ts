import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/lib/article-fields';
import { generateMeetingBody } from '@/lib/meeting-body';
import { analyseReport, IMPORT_MAX_CHARS, importMeetingReport } from '@/lib/meeting-import';
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

// ---------------------------------------------------------------------------------------
// The corpus: published reports of many kinds in both languages, each with the result a
// careful reader would fill in (tests/fixtures/meetings/corpus/*.json).

type ExpectedSpeech = { speaker: string; position: string; title: string; keyTasks: number; summaryStartsWith: string };
type Expected = {
  outcome: 'report' | 'text';
  language: 'en' | 'zh';
  title: string;
  source: string;
  viewCount: number | null;
  publishedDate: string;
  summary: string;
  meeting: {
    name?: string;
    kind: string;
    date: string;
    location?: string;
    presider: { name: string; position: string };
    attendeesStartsWith: string;
    speeches: ExpectedSpeech[];
    closingRemarksStartsWith: string;
    quotes: string[];
  };
  unparsed: { paragraph: number; reason: string }[];
};

const corpusDir = path.join(__dirname, '..', 'fixtures', 'meetings', 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.txt$/, '');
    const expected = JSON.parse(readFileSync(path.join(corpusDir, `${name}.json`), 'utf8')) as Expected;
    return { name, text: readFileSync(path.join(corpusDir, f), 'utf8'), expected };
  });

describe('the corpus of reports', () => {
  it('holds at least six reports in each language', () => {
    expect(corpus.filter((c) => c.expected.language === 'en').length).toBeGreaterThanOrEqual(6);
    expect(corpus.filter((c) => c.expected.language === 'zh').length).toBeGreaterThanOrEqual(6);
  });

  describe.each(corpus)('$name', ({ text, expected }) => {
    const result = importMeetingReport(text);
    const m = result.meeting!;

    it('is read as a report with its page data', () => {
      expect(result.outcome).toBe(expected.outcome);
      expect(result.language).toBe(expected.language);
      expect(result.title).toBe(expected.title);
      expect(result.source).toBe(expected.source);
      expect(result.viewCount).toBe(expected.viewCount);
      expect(result.publishedDate).toBe(expected.publishedDate);
    });

    it('has a summary of whole sentences from the opening paragraph', () => {
      expect(result.summary).toBe(expected.summary);
      expect(result.summary.length).toBeLessThanOrEqual(LIMITS.summary);
    });

    it('fills in the meeting', () => {
      if (expected.meeting.name !== undefined) expect(m.name).toBe(expected.meeting.name);
      expect(m.kind).toBe(expected.meeting.kind);
      expect(m.date).toBe(expected.meeting.date);
      if (expected.meeting.location !== undefined) expect(m.location).toBe(expected.meeting.location);
      expect(m.presider).toEqual(expected.meeting.presider);
      if (expected.meeting.attendeesStartsWith) expect(m.attendees.startsWith(expected.meeting.attendeesStartsWith), m.attendees).toBe(true);
      else expect(m.attendees).toBe('');
    });

    it('finds every speech with its speaker, position, title, key tasks and summary', () => {
      expect(m.speeches.map((s) => ({ speaker: s.speaker, position: s.position, title: s.title, keyTasks: s.keyTasks.length }))).toEqual(
        expected.meeting.speeches.map((s) => ({ speaker: s.speaker, position: s.position, title: s.title, keyTasks: s.keyTasks })),
      );
      m.speeches.forEach((s, i) => {
        const start = expected.meeting.speeches[i].summaryStartsWith;
        if (start) expect(s.summary.startsWith(start), `summary of ${s.speaker}: ${s.summary}`).toBe(true);
        else expect(s.summary, `summary of ${s.speaker}`).toBe('');
      });
      expect(result.found.speeches).toBe(expected.meeting.speeches.length);
    });

    it('keeps the closing remarks and the quotes', () => {
      const start = expected.meeting.closingRemarksStartsWith;
      if (start) expect(m.closingRemarks.startsWith(start), m.closingRemarks).toBe(true);
      else expect(m.closingRemarks).toBe('');
      expect(m.quotes).toEqual(expected.meeting.quotes);
    });

    it('names the paragraphs that seem to introduce a speech it could not read', () => {
      expect(result.unparsed.map((u) => ({ paragraph: u.paragraph, reason: u.reason }))).toEqual(expected.unparsed);
      for (const u of result.unparsed) expect(htmlToText(result.bodyHtml.split('\n')[u.paragraph - 1])).toContain(u.excerpt.replace(/…$/, ''));
    });

    it('keeps every paragraph of the report in the body, without the page furniture', () => {
      const body = htmlToText(result.bodyHtml);
      for (const line of contentLines(text)) {
        if (/^(Home|首页) >|^(Font size|Print \||Share to|【)|^(Last one|Next article|上一篇|下一篇)[:：]/.test(line) || /^(Browsing volume|Views|Source|时间|来源|发布时间|浏览量)[:：]/.test(line)) continue;
        if (line === expected.title) continue;
        expect(body).toContain(line);
      }
      expect(body).not.toMatch(/Related news:|【打印本页】|Share to:|Font size:/);
    });
  });
});

// ---------------------------------------------------------------------------------------
// Speeches, whatever the verb

const speechesOf = (language: 'en' | 'zh', ...paragraphs: string[]) =>
  analyseReport(paragraphs, language).meeting.speeches.map((s) => [s.speaker, s.position, s.title]);

describe('speeches introduced in many ways', () => {
  // The language is told by the script: a Chinese paragraph reads as Chinese.
  it.each<[string, string[][]]>([
    ['Li Ming, Chief Engineer, gave a keynote speech titled "Ten Years of Green Chemistry".', [['Li Ming', 'Chief Engineer', 'Ten Years of Green Chemistry']]],
    ['Then Deputy Director Zhao Lei addressed the meeting on the winter production plan.', [['Zhao Lei', 'Deputy Director', 'the winter production plan']]],
    ['Wang Fang took the floor on behalf of the young employees.', [['Wang Fang', '', '']]],
    ['The meeting heard a report by Chief Accountant Sun Yu on the 2024 budget.', [['Sun Yu', 'Chief Accountant', 'the 2024 budget']]],
    ['Ms. Zhou Hong, head of the Human Resources Department, briefed participants on the new pay scheme.', [['Zhou Hong', 'head of the Human Resources Department', 'the new pay scheme']]],
    ['Chairman Gao Feng presided over the meeting and delivered a concluding speech titled "One Team, One Goal".', [['Gao Feng', 'Chairman', 'One Team, One Goal']]],
    [
      "At the meeting, Party Secretary Deng Hui conveyed the spirit of the Group's 2025 work conference, and President Cao Lin delivered the 2025 Business Plan.",
      [
        ['Deng Hui', 'Party Secretary', "the spirit of the Group's 2025 work conference"],
        ['Cao Lin', 'President', '2025 Business Plan'],
      ],
    ],
    ['Professor Tang Jun of Tsinghua University gave a lecture titled "AI in Manufacturing".', [['Tang Jun', 'Professor of Tsinghua University', 'AI in Manufacturing']]],
    ['Executive Vice President Ma Xiaodong made concluding remarks.', [['Ma Xiaodong', 'Executive Vice President', '']]],
    ['The Suzhou Plant made an exchange speech titled "Three Years of Lean".', [['', 'Suzhou Plant', 'Three Years of Lean']]],
    ['A report titled "Cash First" was delivered by Finance Director Hu Jun.', [['Hu Jun', 'Finance Director', 'Cash First']]],
    ['张伟作了《关于2024年度财务预算执行情况的报告》。', [['张伟', '', '关于2024年度财务预算执行情况的报告']]],
    ['李娜就新修订的《安全生产责任制》进行了解读。', [['李娜', '', '新修订的《安全生产责任制》']]],
    ['王强代表公司领导班子致开幕词。', [['王强', '', '']]],
    ['会议听取了总经理刘洋所作的工作报告。', [['刘洋', '总经理', '']]],
    ['赵敏以“创新驱动发展”为题作主题发言。', [['赵敏', '', '创新驱动发展']]],
    ['孙磊传达了集团2025年工作会议精神。', [['孙磊', '', '集团2025年工作会议精神']]],
    ['公司副总经理陈刚作2025年生产经营计划说明。', [['陈刚', '公司副总经理', '2025年生产经营计划说明']]],
    ['党委书记邓辉讲授了题为《赓续红色血脉》的专题党课。', [['邓辉', '党委书记', '赓续红色血脉']]],
    ['技术中心主任万里就数字化转型工作谈了几点体会。', [['万里', '技术中心主任', '数字化转型工作']]],
    ['省国资委副主任刘明出席会议并讲话。', [['刘明', '省国资委副主任', '']]],
    ['苏州公司作了题为《精益管理的三年实践》的交流发言。', [['', '苏州公司', '精益管理的三年实践']]],
    ['集团首席财务官方嘉怡作题为《现金为王》的报告。', [['方嘉怡', '集团首席财务官', '现金为王']]],
    ['职工代表王芳作了发言。', [['王芳', '职工代表', '']]],
  ])('%s', (text, expected) => {
    expect(speechesOf(/[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', text)).toEqual(expected);
  });

  it.each<['en' | 'zh', string]>([
    ['en', 'The meeting studied the important speech delivered by General Secretary Xi Jinping at the conference.'],
    ['en', 'Participants made speeches one after another.'],
    ['en', 'He made it clear that the report would be published.'],
    ['en', 'Li Hua, Secretary of the Youth League Committee, read out the initiative.'],
    ['en', 'In his speech, Zhao Guoang pointed out that the market is changing.'],
    ['en', 'The heads of the 11 operating units also reported on their work.'],
    ['zh', '会议传达学习了习近平总书记重要讲话精神。'],
    ['zh', '大家认真学习了习近平总书记在全会上的重要讲话。'],
    ['zh', '集团党委书记、董事长王磊出席会议。'],
    ['zh', '各子公司主要负责人作了表态发言。'],
    ['zh', '漯河公司、开封公司分别介绍了经验。'],
    ['zh', '会议要求，各单位要抓好落实。'],
  ])('no speech and no warning in "%s: %s"', (language, text) => {
    const analysis = analyseReport([text], language);
    expect(analysis.meeting.speeches).toEqual([]);
    expect(analysis.unparsed).toEqual([]);
  });
});

describe('paragraphs that seem to introduce a speech but were not read', () => {
  const report = (...paragraphs: string[]) =>
    ['Wanda holds safety meeting', 'Source: Office Date: 2024-05-03', 'On May 2, Wanda held a meeting. The meeting was presided over by Li Ming.', ...paragraphs].join('\n\n');

  it('are named with their position in the body and the sentence concerned', () => {
    const result = importMeetingReport(report('Director Sun Qiang regaled the audience with a speech about lean production.', 'Zhang Hua gave a speech.'));
    expect(result.outcome).toBe('report');
    expect(result.meeting!.speeches.map((s) => s.speaker)).toEqual(['Zhang Hua']);
    expect(result.unparsed).toEqual([
      { paragraph: 2, excerpt: 'Director Sun Qiang regaled the audience with a speech about lean production.', reason: 'speech_not_recognised' },
    ]);
    expect(htmlToText(result.bodyHtml.split('\n')[1])).toBe('Director Sun Qiang regaled the audience with a speech about lean production.');
  });

  it('are not named for speakers already known, pronouns, groups or the meeting itself', () => {
    const result = importMeetingReport(
      report(
        'Zhang Hua gave a speech.',
        'Zhang Hua ended his speech with a call to action.',
        'He also mentioned the report of the inspection team.',
        'The representatives discussed the speech in groups.',
      ),
    );
    expect(result.unparsed).toEqual([]);
  });

  it('include speeches beyond the twenty a meeting may hold', () => {
    const names = ['Li Ming', 'Wang Fang', 'Zhang Wei', 'Liu Yang', 'Chen Jing', 'Yang Lei', 'Zhao Min', 'Huang Tao', 'Zhou Jie', 'Wu Hao', 'Xu Li', 'Sun Qiang', 'Hu Jun', 'Zhu Lin', 'Gao Feng', 'Lin Tao', 'He Ping', 'Guo Hua', 'Ma Lin', 'Luo Yi', 'Liang Bo', 'Song Jia'];
    const result = importMeetingReport(report(...names.map((n) => `${n}, Manager, gave a speech.`)));
    expect(result.meeting!.speeches).toHaveLength(20);
    expect(result.unparsed).toEqual([
      { paragraph: 22, excerpt: 'Liang Bo, Manager, gave a speech.', reason: 'too_many_speeches' },
      { paragraph: 23, excerpt: 'Song Jia, Manager, gave a speech.', reason: 'too_many_speeches' },
    ]);
  });
});

describe('the seed report', () => {
  const result = importMeetingReport(readFileSync(path.join(corpusDir, 'en-haisum-2023-mid-year.txt'), 'utf8'));

  it('finds all four speeches, the last two from one sentence, without giving the third an unrelated summary', () => {
    const m = result.meeting!;
    expect(m.speeches.map((s) => s.speaker)).toEqual(['Chen Rongrong', 'Zhao Guoang', 'Chen Zhiming', 'Lin Wei']);
    expect(m.speeches[3]).toMatchObject({ position: 'General Manager of CEC', title: 'Development and Positioning of the Lithium Battery New Materials Industry', summary: '' });
    expect(m.speeches[2].summary).toBe('');
    expect(htmlToText(result.bodyHtml)).toContain('Heads of the 11 operating units also reported on their work');
    expect(result.unparsed).toEqual([]);
  });

  it('keeps the page date and view count apart from the meeting date', () => {
    expect(result).toMatchObject({ viewCount: 50, publishedDate: '2023-07-17', summary: expect.stringMatching(/^On July 17, China Haisum held its 2023 mid-year work conference in Shanghai\. At the conference/) });
  });
});

describe('the page data and the summary', () => {
  it('reads meta lines one label a line, counts with thousands separators or 万, and dates written in Chinese', () => {
    const en = importMeetingReport(
      'Wanda holds safety meeting\nSource: Safety Office\nDate: 2024-03-02\nViews: 1.2万\n\nOn March 1, Wanda held a safety meeting. The meeting was presided over by Li Ming, General Manager.\n\nZhang Hua, Safety Director, delivered a report titled "Safe Spring".',
    );
    expect(en).toMatchObject({ outcome: 'report', source: 'Safety Office', viewCount: 12_000, publishedDate: '2024-03-02' });
    expect(en.meeting!.date).toBe('2024-03-01');
    const zh = importMeetingReport('某公司召开会议\n发布时间：2024年3月2日 09:30 浏览次数：1,234\n3月1日，某公司召开安全会议。会议由总经理李明主持。\n安全总监张华作题为《平安春天》的报告。');
    expect(zh).toMatchObject({ viewCount: 1234, publishedDate: '2024-03-02', summary: '3月1日，某公司召开安全会议。会议由总经理李明主持。' });
    expect(zh.meeting!.date).toBe('2024-03-01');
  });

  it('drops the empty navigation labels of the page wherever they are, and its tools above and below the report', () => {
    const middle = Array.from({ length: 30 }, (_, i) => (i === 12 ? 'Related news:' : i === 13 ? '上一篇：' : `Paragraph ${i} of the report.`));
    const text = ['Home > News > Group News', 'A held a meeting', 'Font size: Large Medium Small', 'Source: X Date: 2024-01-02', 'On January 1, A held a meeting. The meeting was presided over by Li Ming.', ...middle, 'Zhang Hua gave a speech.', 'Print | Close', 'Share to:', 'Next article: A opens a new plant'];
    const result = importMeetingReport(text.join('\n'));
    expect(result.title).toBe('A held a meeting');
    const body = htmlToText(result.bodyHtml);
    expect(body).not.toMatch(/Related news|上一篇|Home >|Font size|Print \||Share to|Next article/);
    expect(body).toContain('Paragraph 29 of the report. Zhang Hua gave a speech.');
  });

  it('places a day without a year in the year before the page date when it would fall after it', () => {
    const result = importMeetingReport('Wanda holds year-end meeting\nSource: Office Date: 2024-01-03\n\nOn December 28, Wanda held its year-end work meeting. The meeting was presided over by Li Ming.\n\nZhang Hua gave a speech.');
    expect(result.meeting!.date).toBe('2023-12-28');
    expect(result.publishedDate).toBe('2024-01-03');
  });

  it('keeps the page data of text that is not a report, with every line in the body', () => {
    const result = importMeetingReport('Canteen menu\nViews: 77 Date: 2024-05-01\nMonday: noodles.');
    expect(result).toMatchObject({ outcome: 'text', viewCount: 77, publishedDate: '2024-05-01', meeting: null, unparsed: [] });
    expect(htmlToText(result.bodyHtml)).toContain('Views: 77 Date: 2024-05-01');
  });

  it('cuts an opening sentence longer than a summary may be at a clause, within the limit', () => {
    const long = `On May 2, Wanda held a meeting in Dalian, ${'and the meeting reviewed the work of the first quarter, '.repeat(15)}and agreed the plan.`;
    const result = importMeetingReport(`Wanda holds meeting\nSource: Office Date: 2024-05-03\n\n${long} The meeting was presided over by Li Ming.\n\nZhang Hua gave a speech.`);
    expect(result.summary.length).toBeLessThanOrEqual(LIMITS.summary);
    expect(result.summary).toMatch(/^On May 2, Wanda held a meeting in Dalian, and the meeting reviewed .*quarter…$/);
  });
});
