import { describe, expect, it } from 'vitest';
import {
  ARTICLE_FIELDS,
  articleInputSchema,
  fieldsOfRevision,
  inputFromForm,
  liveFieldsOf,
  metaOf,
  readerFieldsOf,
  rowOf,
  sameFields,
  snapshotOf,
  type ArticleInput,
} from '@/lib/article-fields';
import { fieldErrors } from '@/lib/forms';

const KEY = 'abcdefghijklmnop1234';

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

const input: ArticleInput = {
  title: 'Safety week',
  summary: 'All sites',
  body: '<p>Body</p>',
  categoryId: 3,
  sourceUnitId: null,
  sourceText: '',
  language: 'en',
  translationId: 9,
  seriesId: null,
  visibility: 'public',
  pinned: true,
  featured: false,
  mustRead: true,
  tags: ['Safety', 'Sites'],
  coverKey: KEY,
  attachments: [KEY],
  originalDate: '',
  startingViews: 0,
};

describe('the article fields', () => {
  it('reads the editor form, lists included, and parses it', () => {
    const data = form([
      ['title', '  Safety week '],
      ['summary', 'All sites'],
      ['body', '<p>Body</p>'],
      ['categoryId', '3'],
      ['sourceUnitId', ''],
      ['sourceText', ''],
      ['language', 'en'],
      ['translationId', '9'],
      ['seriesId', ''],
      ['visibility', 'public'],
      ['pinned', 'on'],
      ['mustRead', 'on'],
      ['tags', 'Safety, Sites；Safety'],
      ['coverKey', KEY],
      ['attachments', KEY],
      ['attachments', ''],
      ['$ACTION_ID_x', 'ignored'],
    ]);
    expect(Object.keys(inputFromForm(data))).toEqual(ARTICLE_FIELDS);
    expect(articleInputSchema.parse(inputFromForm(data))).toEqual(input);
  });

  it('refuses bad input with error codes and the limits they name', () => {
    const parsed = articleInputSchema.safeParse({ ...input, title: ' ', summary: 'x'.repeat(601), categoryId: '', tags: Array.from({ length: 13 }, (_, i) => `t${i}`), coverKey: 'no' });
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error!)).toEqual({
      title: [{ code: 'required', params: {} }],
      summary: [{ code: 'too_long', params: { max: 600 } }],
      categoryId: [{ code: 'category_missing', params: {} }],
      tags: [{ code: 'too_many', params: { max: 12 } }],
      coverKey: [{ code: 'invalid', params: {} }],
    });
    const long = articleInputSchema.safeParse({ ...input, body: 'x'.repeat(1_000_001) });
    expect(fieldErrors(long.error!).body).toEqual([{ code: 'too_long', params: { max: 500_000 } }]);
  });

  it('maps between the input, a revision and the article row without losing a field', () => {
    const meta = metaOf(input);
    expect(Object.keys(meta)).not.toContain('title');
    expect(fieldsOfRevision({ title: input.title, summary: input.summary, body: input.body, meta })).toEqual(input);
    expect(sameFields(fieldsOfRevision({ ...input, meta }), input)).toBe(true);
    expect(sameFields(input, { ...input, tags: ['Safety'] })).toBe(false);
    const row = rowOf(meta);
    expect(row).not.toHaveProperty('tags');
    expect(row).not.toHaveProperty('attachments');
    expect(row.sourceText).toBeNull();
    expect(liveFieldsOf(row)).toEqual({ ...meta, tags: undefined, attachments: undefined, originalDate: undefined, startingViews: undefined });
    expect(readerFieldsOf(meta)).toEqual({ language: 'en', visibility: 'public', pinned: true, featured: false, mustRead: true });
  });

  it('shows a revision as text for the history, names resolved, in the order of the form', () => {
    const snapshot = snapshotOf(input, {
      category: (id) => `category ${id}`,
      unit: (id) => `unit ${id}`,
      series: (id) => `series ${id}`,
      file: (key) => `file ${key.slice(0, 4)}`,
      text: (html) => html.replace(/<[^>]*>/g, ''),
    });
    expect(snapshot).toEqual({
      title: 'Safety week',
      summary: 'All sites',
      body: 'Body',
      category: 'category 3',
      sourceUnit: '',
      sourceText: '',
      language: 'en',
      translation: '#9',
      series: '',
      visibility: 'public',
      flags: ['pinned', 'mustRead'],
      tags: ['Safety', 'Sites'],
      cover: 'file abcd',
      attachments: ['file abcd'],
      originalDate: '',
      startingViews: '',
    });
    expect(Object.keys(snapshot)).toEqual(['title', 'summary', 'body', 'category', 'sourceUnit', 'sourceText', 'language', 'translation', 'series', 'visibility', 'flags', 'tags', 'cover', 'attachments', 'originalDate', 'startingViews']);
  });
});
