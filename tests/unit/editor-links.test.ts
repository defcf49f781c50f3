import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl, normalizeLinkInput } from '@/lib/editor/links';

describe('isAllowedLinkUrl', () => {
  it.each([
    'https://intranet.example.com/reports?q=1#top',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/Path',
    'mailto:press@example.com',
    'mailto:press@example.com?subject=Hello%20there',
    '/news/42-canteen',
    '/',
    '  /search?q=x  ',
  ])('accepts %s', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(true);
  });

  it.each([
    '',
    '   ',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///C:/secret.docx',
    'ftp://example.com/file',
    '//evil.example/path',
    '/\\evil.example',
    'https://',
    'https:/example.com',
    'http://exa mple.com',
    'mailto:',
    'mailto:nobody',
    'news/42',
    '#section',
    '?q=1',
    'https://example.com/\u0000',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses %j', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(false);
  });
});

describe('normalizeLinkInput', () => {
  it('keeps allowed URLs as typed, trimmed', () => {
    expect(normalizeLinkInput('  https://example.com/a ')).toEqual({ ok: true, href: 'https://example.com/a' });
    expect(normalizeLinkInput('/news/1')).toEqual({ ok: true, href: '/news/1' });
  });

  it('adds https:// to a bare host and mailto: to a bare address', () => {
    expect(normalizeLinkInput('www.example.com/report?x=1')).toEqual({ ok: true, href: 'https://www.example.com/report?x=1' });
    expect(normalizeLinkInput('example.com:8443')).toEqual({ ok: true, href: 'https://example.com:8443' });
    expect(normalizeLinkInput('press@example.com')).toEqual({ ok: true, href: 'mailto:press@example.com' });
  });

  it('reports empty input and refused schemes without rewriting them', () => {
    expect(normalizeLinkInput('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(normalizeLinkInput('javascript:alert(1)')).toEqual({ ok: false, reason: 'notAllowed' });
    expect(normalizeLinkInput('data:text/html,x')).toEqual({ ok: false, reason: 'notAllowed' });
    expect(normalizeLinkInput('javascript.com:alert(1)')).toEqual({ ok: false, reason: 'notAllowed' });
    expect(normalizeLinkInput('intranet')).toEqual({ ok: false, reason: 'notAllowed' });
  });
});
