import { describe, expect, it } from 'vitest';
import {
  contentDisposition,
  downloadName,
  isHostileName,
  MAX_NAME_LENGTH,
  sanitizeFileName,
} from '@/lib/uploads/names';
import { TYPES } from '@/lib/uploads/sniff';

describe('isHostileName', () => {
  it.each([
    '../../etc/passwd',
    '..',
    'a/../b.pdf',
    '..\\..\\windows\\win.ini',
    '%2e%2e%2fetc%2fpasswd',
    '%2E%2E%5Cboot.ini',
    '%252e%252e%252fsecret',
    'report.pdf\u0000.html',
    'a%00b.pdf',
  ])('refuses %j', (name) => {
    expect(isHostileName(name)).toBe(true);
  });

  it.each(['report.pdf', 'C:\\fakepath\\report.pdf', 'v1..2.pdf', '...dots.pdf', '100%.pdf', 'ab%zz.pdf'])(
    'lets %j through',
    (name) => {
      expect(isHostileName(name)).toBe(false);
    },
  );
});

describe('sanitizeFileName', () => {
  it('keeps the last path part only', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\fakepath\\report.pdf')).toBe('report.pdf');
    expect(sanitizeFileName('/abs/path/photo.jpg')).toBe('photo.jpg');
  });

  it('leaves percent-encoding as text, with no separator in it', () => {
    const name = sanitizeFileName('%2e%2e%2fetc%2fpasswd');
    expect(name).toBe('%2e%2e%2fetc%2fpasswd');
    expect(name).not.toMatch(/[\\/]/);
  });

  it('drops NUL, control characters and CR/LF', () => {
    expect(sanitizeFileName('a\u0000b\u0007c.pdf')).toBe('abc.pdf');
    expect(sanitizeFileName('line1\r\nSet-Cookie: x.pdf')).toBe('line1Set-Cookie_ x.pdf');
    expect(sanitizeFileName('tab\there.pdf')).toBe('tab here.pdf');
  });

  it('drops bidirectional overrides and invisible characters', () => {
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('a\u2066b\u2069\u200Bc\uFEFF.pdf')).toBe('abc.pdf');
  });

  it('replaces look-alike slashes and characters Windows forbids', () => {
    expect(sanitizeFileName('a\u2215b\uFF0Fc.pdf')).toBe('a_b_c.pdf');
    expect(sanitizeFileName('say "hi" <b>|*?:.pdf')).toBe('say _hi_ _b_____.pdf');
  });

  it('strips leading dots and trailing dots and spaces', () => {
    expect(sanitizeFileName('.htaccess')).toBe('htaccess');
    expect(sanitizeFileName('..hidden.pdf. . ')).toBe('hidden.pdf');
  });

  it('defuses reserved Windows device names', () => {
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('nul.txt')).toBe('_nul.txt');
    expect(sanitizeFileName('console.txt')).toBe('console.txt');
  });

  it('caps the length at MAX_NAME_LENGTH and keeps the extension', () => {
    const name = sanitizeFileName(`${'a'.repeat(1000)}.pdf`);
    expect([...name]).toHaveLength(MAX_NAME_LENGTH);
    expect(name.endsWith('.pdf')).toBe(true);
    const cjk = sanitizeFileName('新'.repeat(1000));
    expect([...cjk]).toHaveLength(MAX_NAME_LENGTH);
  });

  it('does not split a surrogate pair when cutting', () => {
    const name = sanitizeFileName('😀'.repeat(500));
    expect([...name].every((c) => c === '😀')).toBe(true);
  });

  it('falls back when nothing is left', () => {
    expect(sanitizeFileName('...')).toBe('file');
    expect(sanitizeFileName('\u202E', 'file.pdf')).toBe('file.pdf');
    expect(sanitizeFileName('dir/')).toBe('file');
  });

  it('keeps ordinary international names as they are', () => {
    expect(sanitizeFileName('Résumé 2026 — 年度报告.docx')).toBe('Résumé 2026 — 年度报告.docx');
  });
});

describe('downloadName', () => {
  it('appends the real extension when the name claims another type', () => {
    expect(downloadName('x.jpg.html', TYPES.jpeg)).toBe('x.jpg.html.jpg');
    expect(downloadName('notes', TYPES.pdf)).toBe('notes.pdf');
    expect(downloadName('photo.gif', TYPES.png)).toBe('photo.gif.png');
  });

  it('keeps a name whose extension already fits', () => {
    expect(downloadName('Photo.JPEG', TYPES.jpeg)).toBe('Photo.JPEG');
    expect(downloadName('plan.docx', TYPES.docx)).toBe('plan.docx');
  });
});

describe('contentDisposition', () => {
  it('is one line of ASCII with a quoted fallback and the exact name in filename*', () => {
    const header = contentDisposition('attachment', 'Résumé "final"\r\n; x=1 \u202E.pdf');
    expect(header).toMatch(/^[\x20-\x7E]+$/);
    expect(header.startsWith('attachment; filename="')).toBe(true);
    const fallback = /filename="([^"]*)"/.exec(header)?.[1];
    expect(fallback).toBe('R_sum_ _final_; x=1 .pdf');
    const star = /filename\*=UTF-8''([^;\s]+)$/.exec(header)?.[1] ?? '';
    expect(star).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(star)).toBe('Résumé _final_; x=1 .pdf');
  });

  it('encodes the characters RFC 5987 does not allow bare', () => {
    expect(contentDisposition('inline', "it's (1)*.png")).toContain("filename*=UTF-8''it%27s%20%281%29_.png");
  });
});
