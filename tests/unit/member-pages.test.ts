import { describe, expect, it } from 'vitest';
import { isMemberPagesKey, memberPagePath, memberPagesKey } from '@/lib/server/member-pages';

const q = (query = '') => new URLSearchParams(query);

describe('the members’ shared pages', () => {
  it('put a list’s page number into the path, so that each page is cached on its own', () => {
    expect(memberPagePath('/news', q())).toBe('/list/1');
    expect(memberPagePath('/news', q('page=3'))).toBe('/list/3');
    expect(memberPagePath('/news/category/meetings', q())).toBe('/category/meetings/1');
    expect(memberPagePath('/news/category/meetings', q('page=2&utm=x'))).toBe('/category/meetings/2');
  });

  it('leave a page number they cannot answer to the page rendered per request', () => {
    for (const query of ['page=0', 'page=01', 'page=-1', 'page=x', 'page=', 'page=1234567', 'page=1&page=2']) {
      expect(memberPagePath('/news', q(query)), query).toBeNull();
    }
  });

  it('keep the other readers’ pages as they are, the front page as the root', () => {
    expect(memberPagePath('/', q())).toBe('');
    expect(memberPagePath('/about', q())).toBe('/about');
    expect(memberPagePath('/news/12-a-title', q('page=2'))).toBe('/news/12-a-title');
  });

  it('answer to this process’s key only', () => {
    const key = memberPagesKey();
    expect(key).toMatch(/^[\w-]{32}$/);
    expect(memberPagesKey()).toBe(key);
    expect(isMemberPagesKey(key)).toBe(true);
    expect(isMemberPagesKey(`${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(isMemberPagesKey('')).toBe(false);
    expect(isMemberPagesKey(`${key}x`)).toBe(false);
  });
});
