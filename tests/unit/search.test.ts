import { describe, expect, it } from 'vitest';
import { toTsQuery } from '@/db/dialects/pg/tsquery';
import { toFts5 } from '@/db/dialects/sqlite/fts5';
import { bodyText, facet, meetingText, searchDocument } from '@/lib/search/document';
import { htmlToText, sanitizeBody } from '@/lib/sanitize';
import { MAX_QUERY_CHARS, MAX_TERMS, parseQuery } from '@/lib/search/query';
import { highlight, snippet, toHtml, type Highlighted } from '@/lib/search/snippet';
import { stem } from '@/lib/search/stem';
import { bigrams, indexTokens, indexWords } from '@/lib/search/tokenize';

/** Whether the query's terms all match the tokens (a tiny model of the FTS match). */
function matches(text: string, query: string) {
  const tokens = ` ${indexTokens(text)} `;
  const list = tokens.trim().split(' ');
  return parseQuery(query).terms.every((t) =>
    t.kind === 'phrase'
      ? tokens.includes(` ${t.tokens.join(' ')} `)
      : list.some((tok) => tok === t.exact || t.prefixes.some((p) => tok.startsWith(p))),
  );
}

const marked = (parts: Highlighted) => parts.filter((p) => p.mark).map((p) => p.text);

describe('the English stemmer', () => {
  it('brings word forms together', () => {
    for (const w of ['optimizes', 'optimized', 'optimizing', 'optimization']) expect(stem(w)).toBe(stem('optimize'));
    for (const w of ['studies', 'studied', 'studying']) expect(stem(w)).toBe(stem('study'));
    expect(stem('meetings')).toBe(stem('meeting'));
    expect(stem('planning')).toBe(stem('plan'));
    expect(stem('agreed')).toBe(stem('agree'));
    expect(stem('reports')).toBe(stem('reported'));
  });

  it('leaves short words, names and non-ASCII words alone', () => {
    expect(stem('bus')).toBe('bus');
    expect(stem('is')).toBe('is');
    expect(stem('café')).toBe('café');
    expect(stem('5g')).toBe('5g');
  });
});

describe('the tokenizer', () => {
  it('splits CJK runs into overlapping pairs and Latin text into stemmed words', () => {
    expect(bigrams('数字化')).toEqual(['数字', '字化']);
    expect(bigrams('海')).toEqual(['海']);
    expect(indexTokens('推进数字化转型 Optimizing markets')).toBe('推进 进数 数字 字化 化转 转型 optimiz market');
  });

  it('normalizes full-width letters and digits (NFKC) and case', () => {
    expect(indexTokens('ＡＢＣ　２０２３')).toBe('abc 2023');
    expect(indexTokens('CAFÉ')).toBe('café');
  });

  it('keeps the dictionary words of CJK text apart, for the whole-word bonus', () => {
    expect(indexWords('海盛集团召开会议').split(' ')).toContain('集团');
    expect(indexWords('English only')).toBe('');
  });

  it('cuts pathological words', () => {
    expect(indexTokens('x'.repeat(500))).toHaveLength(40);
  });
});

describe('matching', () => {
  it('finds 数字化 by 数字, 字化 and 数字化', () => {
    const text = '集团推进数字化转型';
    for (const q of ['数字', '字化', '数字化', '数字化转型']) expect(matches(text, q)).toBe(true);
    expect(matches(text, '化数')).toBe(false);
    expect(matches('数字经济与文化', '数字化')).toBe(false);
  });

  it('finds a name inside a longer name, which a segmenter would split', () => {
    expect(matches('海盛集团召开2023年年中工作会议', '海盛')).toBe(true);
    expect(matches('海盛集团召开2023年年中工作会议', '盛集')).toBe(true);
    expect(matches('上海盛大', '海盛')).toBe(true);
    expect(matches('海上盛会', '海盛')).toBe(false);
  });

  it('finds English word forms and prefixes', () => {
    expect(matches('We are optimizing the layout', 'optimize')).toBe(true);
    expect(matches('The layout was optimized', 'optimize')).toBe(true);
    expect(matches('The layout was optimized', 'optimi')).toBe(true);
    expect(matches('We are optimizing the layout', 'optimizin')).toBe(true);
    expect(matches('Market layout', 'mark')).toBe(true);
    expect(matches('Market layout', 'markets lay')).toBe(true);
    // Only the last word is a prefix.
    expect(matches('Market layout', 'mark layout')).toBe(false);
    expect(matches('Market layout', 'layout mark')).toBe(true);
    expect(matches('Market layout', 'marx')).toBe(false);
  });

  it('matches quoted phrases in order only', () => {
    expect(matches('digital transformation of the group', '"digital transformation"')).toBe(true);
    expect(matches('transformation is digital', '"digital transformation"')).toBe(false);
    expect(matches('transformation is digital', 'digital transformation')).toBe(true);
    expect(matches('推进数字化转型', '"数字化转型"')).toBe(true);
    expect(matches('数字化的转型', '"数字化转型"')).toBe(false);
    expect(matches('数字化的转型', '数字化 转型')).toBe(true);
  });

  it('mixes scripts in one query', () => {
    expect(matches('5G网络建设 in Shanghai', '5G网络 shanghai')).toBe(true);
  });
});

describe('queries from untrusted input', () => {
  const bad = [
    '',
    '   ',
    'x'.repeat(10_000),
    '"unbalanced',
    'unbalanced"',
    '"""',
    'NEAR(a b)',
    'a NEAR b',
    '*',
    'opt*',
    '-',
    '-digital',
    'title:digital',
    ':',
    "'; drop table articles; --",
    "1' or '1'='1",
    'a & b | !c <-> d',
    '\\',
    '😀🎉',
    '👨‍👩‍👧 family',
    '{title}: x',
    '^digital',
    '\u0000\u202e',
  ];

  it.each(bad.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} characters)` : q, q]))('builds safe FTS5 and tsquery text for %j', (_label, q) => {
    const parsed = parseQuery(q);
    const fts = toFts5(parsed);
    const ts = toTsQuery(parsed);
    if (!parsed.terms.length) {
      expect(fts).toBeNull();
      expect(ts).toBeNull();
      return;
    }
    // Every quoted string holds letters, digits and marks only; outside them only our syntax.
    const outsideFts = fts!.replace(/"[\p{L}\p{N}\p{M} ]*"/gu, 'Q').replaceAll('{title summary body}', 'C').replaceAll('words', 'W');
    expect(outsideFts).toMatch(/^[QCW()* :ORAND]+$/);
    const outsideTs = ts!.tsquery.replace(/'[\p{L}\p{N}\p{M}]*'/gu, 'Q');
    expect(outsideTs).toMatch(/^[Q()&|:*D ]+$/);
  });

  it('cuts long queries and says so', () => {
    const long = parseQuery('word '.repeat(2000));
    expect(long.truncated).toBe(true);
    expect(parseQuery('a'.repeat(MAX_QUERY_CHARS + 1)).truncated).toBe(true);
    const many = parseQuery(Array.from({ length: 30 }, (_, i) => `term${i}x`).join(' '));
    expect(many.terms.length).toBe(MAX_TERMS);
    expect(many.truncated).toBe(true);
  });

  it('has no terms for operators and emoji alone', () => {
    for (const q of ['*', '-', ':', '"', '😀', 'NEAR']) {
      const terms = parseQuery(q).terms;
      if (q === 'NEAR') expect(terms).toHaveLength(1);
      else expect(terms).toHaveLength(0);
    }
  });

  it('drops common English words unless they are all there is', () => {
    expect(parseQuery('the meeting').terms).toHaveLength(1);
    expect(parseQuery('the').terms).toHaveLength(1);
  });

  it('keeps text terms off the filter column, and filters off the text', () => {
    expect(toFts5(parseQuery('"vpublic"'), [['vpublic'], ['u1', 'u2']])).toBe(
      '{title summary body} : "vpublic" AND facets : ("vpublic") AND facets : ("u1" OR "u2")',
    );
  });

  it('asks PostgreSQL to check phrases on the stored tokens', () => {
    const q = toTsQuery(parseQuery('"digital transformation" 数字化'))!;
    expect(q.phrases).toEqual([` digital ${stem('transformation')} `, ' 数字 字化 ']);
    expect(q.tsquery).toContain("'数字化':D");
  });
});

describe('snippets and highlights', () => {
  const q = (text: string) => parseQuery(text).highlight;

  it('marks English word forms and prefixes', () => {
    expect(marked(highlight('We optimized it; optimization matters', q('optimize')))).toEqual(['optimized', 'optimization']);
    expect(marked(highlight('Marketing and markets', q('mark')))).toEqual(['Marketing', 'markets']);
  });

  it('marks Chinese substrings exactly', () => {
    expect(marked(highlight('海盛集团推进数字化转型', q('海盛 数字化')))).toEqual(['海盛', '数字化']);
  });

  it('cuts a window around the matches', () => {
    const text = `${'前文'.repeat(200)}关键词在这里${'后文'.repeat(200)}`;
    const parts = snippet(text, q('关键词'), 100);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(marked(parts)).toEqual(['关键词']);
  });

  it('starts at the beginning when nothing matches', () => {
    const parts = snippet('Plain text without the term', q('absent'));
    expect(parts).toEqual([{ text: 'Plain text without the term', mark: false }]);
  });

  it('never turns stored text into markup', () => {
    const html = toHtml(highlight('<img src=x onerror=alert(1)> digital & "more"', q('digital')));
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>digital</mark> &amp; &quot;more&quot;');
    expect(html).not.toContain('<img');
  });

  it('never splits a surrogate pair', () => {
    const parts = snippet(`${'😀'.repeat(300)}target${'😀'.repeat(300)}`, q('target'), 101);
    for (const p of parts) expect(p.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe('the search document of a revision', () => {
  it('reads the text of sanitized bodies as the sanitizer does', () => {
    for (const html of [
      '<p>One &amp; two</p><p>three&nbsp;four &lt;b&gt; &#39;x&#39; &#x4e2d;</p>',
      '<h2>Title</h2><ul><li>a</li><li>b</li></ul><p>line<br>break</p>',
      '<p><a href="https://example.com">link</a> <strong>bold</strong> 数字化</p>',
    ]) {
      const clean = sanitizeBody(html);
      expect(bodyText(clean)).toBe(htmlToText(clean));
    }
  });

  it('indexes meeting data: speakers, key tasks, presider, name and location', () => {
    const meeting = {
      name: '2023年年中工作会议',
      kind: 'mid_year_work' as const,
      date: '2023-07-20',
      location: '集团总部',
      presider: { name: '王海盛', position: '董事长' },
      attendees: '各单位负责人',
      speeches: [{ speaker: '李明', position: '总经理', title: '工作报告', summary: '', keyTasks: ['To optimize market layout'] }],
      closingRemarks: '',
      quotes: [],
    };
    expect(meetingText(meeting)).toContain('李明');
    const doc = searchDocument({
      articleId: 1,
      revisionId: 2,
      language: 'zh',
      visibility: 'public',
      categoryId: 3,
      sourceUnitId: 7,
      publishedAt: new Date('2023-12-31T17:00:00Z'),
      title: '会议',
      summary: '',
      body: '<p>正文</p>',
      meeting,
    }, 'Asia/Shanghai');
    expect(doc.meetingKind).toBe('mid_year_work');
    // Filters as tokens; the year is the portal's (2024 in Shanghai, 2023 in UTC).
    expect(doc.facets.split(' ')).toEqual(['vpublic', 'c3', 'u7', 'y2024', facet.kind('mid_year_work')]);
    expect(` ${doc.body} `).toContain(' 李明 ');
    expect(` ${doc.body} `).toContain(' 海盛 ');
    expect(` ${doc.body} `).toContain(` ${stem('optimize')} `);
    expect(doc.body).not.toContain('<');
  });
});
