import { describe, expect, it } from 'vitest';
import { FILE_KEY_PATTERN, fileKeysInHtml, isFileKey, newFileKey } from '@/lib/uploads/keys';
import { fileSrcset, imageSources, parseWidth, pickVariant } from '@/lib/uploads/urls';

const A = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const B = 'b_b-bbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const C = 'CcCcCcCcCcCcCcCc';

describe('file keys', () => {
  it('are random, URL-safe and at least 128 bits', () => {
    const keys = new Set(Array.from({ length: 2000 }, newFileKey));
    expect(keys.size).toBe(2000);
    for (const key of keys) {
      expect(key).toMatch(FILE_KEY_PATTERN);
      expect(key).toHaveLength(32); // 24 bytes
    }
  });

  it('validates the key format', () => {
    expect(isFileKey(A)).toBe(true);
    for (const bad of ['short', '../../etc/passwd', `${A}.w640`, 'a'.repeat(65), `${A}\u0000`, 42, null]) {
      expect(isFileKey(bad)).toBe(false);
    }
  });
});

describe('fileKeysInHtml', () => {
  it('finds keys in src, srcset and href, once each, in order', () => {
    const html = `<p><img src="/files/${A}?w=1024" srcset="/files/${A}?w=320 320w, /files/${A}?w=640 640w" sizes="100vw">
      <a href="/files/${B}">report</a> <img src='/files/${C}'></p>`;
    expect(fileKeysInHtml(html)).toEqual([A, B, C]);
  });

  it('finds every entry of a srcset', () => {
    expect(fileKeysInHtml(`<img srcset="/files/${A}?w=320 320w,/files/${B}?w=640 640w">`)).toEqual([A, B]);
  });

  it('accepts unquoted attributes and any case', () => {
    expect(fileKeysInHtml(`<IMG SRC=/files/${A}#x>`)).toEqual([A]);
  });

  it('ignores text, other attributes, other paths and other hosts', () => {
    const html = `<p>/files/${A}</p><img alt="/files/${B}" data-src="/files/${B}">
      <a href="/x/files/${C}">x</a><a href="https://evil.example/files/${C}">y</a><a href="/files/${C}/../z">z</a>`;
    expect(fileKeysInHtml(html)).toEqual([]);
  });

  it('ignores malformed keys', () => {
    expect(fileKeysInHtml('<img src="/files/short"><img src="/files/../../etc/passwd">')).toEqual([]);
  });
});

describe('image URLs', () => {
  it('picks the nearest stored width at or above, else the largest', () => {
    const widths = [320, 640, 1024, 1600];
    expect(pickVariant(widths, 1)).toBe(320);
    expect(pickVariant(widths, 640)).toBe(640);
    expect(pickVariant(widths, 641)).toBe(1024);
    expect(pickVariant(widths, 5000)).toBe(1600);
    expect(pickVariant(widths)).toBe(1600);
    expect(pickVariant([], 640)).toBeNull();
  });

  it('builds src, srcset and sizes that the editor and the renderer share', () => {
    expect(imageSources({ key: A, variants: [320, 640, 1024, 1600] })).toEqual({
      src: `/files/${A}?w=1024`,
      srcset: `/files/${A}?w=320 320w, /files/${A}?w=640 640w, /files/${A}?w=1024 1024w, /files/${A}?w=1600 1600w`,
      sizes: '(max-width: 48rem) 100vw, 48rem',
    });
    expect(imageSources({ key: A, variants: [120] }, { sizes: '120px' })).toEqual({
      src: `/files/${A}?w=120`,
      srcset: `/files/${A}?w=120 120w`,
      sizes: '120px',
    });
    expect(fileSrcset(A, [640, 320])).toBe(`/files/${A}?w=320 320w, /files/${A}?w=640 640w`);
  });

  it('what it builds is found again by fileKeysInHtml', () => {
    const { src, srcset } = imageSources({ key: A, variants: [320, 640] });
    expect(fileKeysInHtml(`<img src="${src}" srcset="${srcset}">`)).toEqual([A]);
  });

  it('parses ?w= strictly', () => {
    expect(parseWidth('640')).toBe(640);
    for (const bad of [null, '', '0', '-1', '1e3', '640px', '99999999', ' 640']) expect(parseWidth(bad)).toBeUndefined();
  });
});
