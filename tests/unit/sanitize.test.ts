import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeBody } from '@/lib/sanitize';

describe('sanitizeBody', () => {
  it('keeps the allowed structure', () => {
    const html = '<h2>Title</h2><p><strong>Bold</strong> and <em>italic</em></p><ol><li>One</li></ol><blockquote>Q</blockquote>';
    expect(sanitizeBody(html)).toBe(html);
  });
  it.each([
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<img src="x" onerror="alert(1)">', '<img src="x" />'],
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
