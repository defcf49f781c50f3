import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from '@/lib/i18n/config';
import { articlePath, parseArticleParam, parsePage, safeCallbackPath, slugify } from '@/lib/utils';

describe('safeCallbackPath', () => {
  it('keeps same-origin paths', () => {
    expect(safeCallbackPath('/news/12-a?x=1#y')).toBe('/news/12-a?x=1#y');
    expect(safeCallbackPath('/staff')).toBe('/staff');
  });
  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'http://[::1',
    '/login?callbackUrl=/x',
    '/api/auth/signout',
    '',
    undefined,
    42,
  ])('turns %j into /', (value) => {
    expect(safeCallbackPath(value)).toBe('/');
  });
});

it('refuses overlong values and encodes control characters', () => {
  expect(safeCallbackPath(`/${'a'.repeat(3000)}`)).toBe('/');
  expect(safeCallbackPath('/ok\u0000')).not.toMatch(/[\u0000-\u001f]/);
});

describe('parseArticleParam', () => {
  it('reads the id and the slug', () => {
    expect(parseArticleParam('42')).toEqual({ id: 42, slug: '' });
    expect(parseArticleParam('42-some-title')).toEqual({ id: 42, slug: 'some-title' });
    expect(parseArticleParam('42-%E4%B8%AD')).toEqual({ id: 42, slug: '中' });
  });
  it.each(['', 'abc', '0', '-1', '4.2', '99999999999999999999', '12abc', '%E0%A4%A', ' 1'])('rejects %j', (v) => {
    expect(parseArticleParam(v)).toBeNull();
  });
});

describe('parsePage', () => {
  it('defaults to 1 and rejects malformed numbers', () => {
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage('3')).toBe(3);
    for (const v of ['0', '-1', 'x', '1.5', '9999999', ['1', '2']]) expect(parsePage(v as string)).toBeNull();
  });
});

describe('slugify and articlePath', () => {
  it('makes ASCII slugs cut at a word boundary', () => {
    expect(slugify('Lanstone Group holds its 2026 Mid-Year Work Meeting!')).toBe('lanstone-group-holds-its-2026-mid-year-work-meeting');
    expect(slugify('Café résumé')).toBe('cafe-resume');
    expect(slugify('集团召开年中工作会议')).toBe('');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('word')).toBe(true);
    expect(articlePath({ id: 3, slug: '' })).toBe('/news/3');
    expect(articlePath({ id: 3, slug: 'a-b' })).toBe('/news/3-a-b');
  });
});

describe('localeFromAcceptLanguage', () => {
  it('picks the best supported language', () => {
    expect(localeFromAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('fr-FR,zh;q=0.5,en;q=0.7')).toBe('en');
    expect(localeFromAcceptLanguage('fr')).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });
});
