import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFileSize } from '@/lib/editor/file-size';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh.json';

describe('formatFileSize', () => {
  it('uses whole bytes below 1 KB and one decimal below 10 units', () => {
    expect(formatFileSize(0, 'en')).toBe('0 bytes');
    expect(formatFileSize(1, 'en')).toBe('1 byte');
    expect(formatFileSize(1023, 'en')).toBe('1,023 bytes');
    expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
    expect(formatFileSize(10 * 1024 * 1024 + 1, 'en')).toBe('10 MB');
    expect(formatFileSize(3.25 * 1024 ** 3, 'en')).toBe('3.3 GB');
  });

  it('treats invalid sizes as zero and formats in the given locale', () => {
    expect(formatFileSize(Number.NaN, 'en')).toBe('0 bytes');
    expect(formatFileSize(-5, 'en')).toBe('0 bytes');
    expect(formatFileSize(512, 'zh')).toBe('512字节');
  });
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('editor messages', () => {
  it('has the same keys in English and Chinese', () => {
    expect(keys(zh.editor).sort()).toEqual(keys(en.editor).sort());
  });

  it('defines every key the editor components use', () => {
    const defined = new Set(keys(en.editor));
    const used: string[] = [];
    const root = path.join(import.meta.dirname, '../..');
    // The body editor is split over rich-text-editor.tsx and the files of rich-text/.
    const parts = readdirSync(path.join(root, 'components/editor/rich-text')).map((name) => `components/editor/rich-text/${name}`);
    for (const [file, namespace] of [
      ['components/editor/rich-text-editor.tsx', ''],
      ...parts.map((part) => [part, ''] as const),
      ['components/editor/file-list-field.tsx', 'files.'],
    ] as const) {
      const source = readFileSync(path.join(root, file), 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([\w.]+)'/g)) used.push(namespace + match[1]);
      for (const match of source.matchAll(/\bt\([^)]*\?\s*'([\w.]+)'\s*:\s*'([\w.]+)'/g)) used.push(namespace + match[1], namespace + match[2]);
    }
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((key) => !defined.has(key))).toEqual([]);
  });
});
