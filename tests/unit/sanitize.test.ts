import { describe, expect, it } from 'vitest';
import { htmlToParagraphs, htmlToText, sanitizeBody } from '@/lib/sanitize';
import { XSS_CORPUS } from '../fixtures/xss-corpus';

describe('sanitizeBody', () => {
  it('keeps the allowed structure', () => {
    const html = '<h2>Title</h2><p><strong>Bold</strong> and <em>italic</em></p><ol><li>One</li></ol><blockquote>Q</blockquote>';
    expect(sanitizeBody(html)).toBe(html);
  });
  it.each([
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<img src="x" onerror="alert(1)">', ''],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', '<a>x</a>'],
    ['<svg onload="alert(1)"><circle /></svg>', ''],
    ['<style>body{}</style><p style="color:red">x</p>', '<p>x</p>'],
    ['<iframe src="https://evil.example"></iframe>', ''],
    ['<xmp><script>alert(1)</script></xmp>', ''],
  ])('neutralizes %s', (input, expected) => {
    expect(sanitizeBody(input)).toBe(expected);
  });
  it('marks external links noopener noreferrer', () => {
    expect(sanitizeBody('<a href="https://example.com">x</a>')).toBe(
      '<a href="https://example.com" rel="noopener noreferrer" target="_blank">x</a>',
    );
    expect(sanitizeBody('<a href="mailto:a@b.c">m</a>')).toBe('<a href="mailto:a@b.c">m</a>');
  });
  it('extracts plain text', () => {
    expect(htmlToText('<p>A &amp; B</p><p>C</p>')).toBe('A & B C');
  });
});

describe('sanitizeBody against the XSS corpus', () => {
  it.each(XSS_CORPUS)('leaves nothing active in %s', (payload) => {
    for (const html of [payload, `<p>${payload}</p>`, `<table><tr><td>${payload}</td></tr></table>`]) {
      const out = sanitizeBody(html);
      expect(out).not.toMatch(/<(script|style|iframe|object|embed|svg|math|form|input|base|meta|body|details|video|source|template|xmp|noscript)\b/i);
      expect(out).not.toMatch(/\son\w+\s*=/i);
      expect(out).not.toMatch(/javascript:|vbscript:|data:/i);
      expect(out).not.toMatch(/\sstyle\s*=/i);
      expect(out).not.toMatch(/href="\/\//i);
      for (const src of out.matchAll(/\s(?:src|srcset)="([^"]*)"/g)) expect(src[1]).toMatch(/^\/files\//);
    }
  });

  it('is stable: sanitizing twice changes nothing (no mutation on re-parse)', () => {
    for (const payload of XSS_CORPUS) {
      const once = sanitizeBody(payload);
      expect(sanitizeBody(once)).toBe(once);
    }
  });

  it('keeps uploaded images with their responsive variants, and site-relative links', () => {
    const img =
      '<img src="/files/abcdefghijklmnopqrstuv?w=1024" srcset="/files/abcdefghijklmnopqrstuv?w=320 320w, /files/abcdefghijklmnopqrstuv?w=640 640w" sizes="100vw" alt="A chart" />';
    expect(sanitizeBody(img)).toBe(img);
    expect(sanitizeBody('<img src="https://tracker.example/pixel.gif" alt="x" />')).toBe('');
    expect(sanitizeBody('<a href="/news/12">see</a>')).toBe('<a href="/news/12">see</a>');
  });

  it('handles 10,000 nested tags in bounded time', () => {
    const started = performance.now();
    sanitizeBody('<div>'.repeat(10_000) + 'deep' + '</div>'.repeat(10_000));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('htmlToParagraphs', () => {
  it('keeps paragraphs, headings and list items apart, and line breaks as lines', () => {
    const html = '<h2>Findings</h2><p>All  sites\n passed.</p><ul><li><p>One</p></li><li><p>Two</p></li></ul><p>Line one<br>line two &amp; more</p>';
    expect(htmlToParagraphs(html)).toBe('Findings\n\nAll sites passed.\n\nOne\n\nTwo\n\nLine one\nline two & more');
    expect(htmlToText(html)).toBe('Findings All sites passed. One Two Line one line two & more');
  });

  it('is empty for an empty body', () => {
    expect(htmlToParagraphs('<p></p>')).toBe('');
  });
});
