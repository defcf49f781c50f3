import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingNames } from '@/lib/env';

const root = path.join(import.meta.dirname, '../..');

function sources(entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full).flatMap((name) => (name === 'migrations' ? [] : sources(path.join(entry, name))));
}

describe('settings', () => {
  it('are each explained in .env.example, and .env.example names no other', () => {
    const documented = [...readFileSync(path.join(root, '.env.example'), 'utf8').matchAll(/^# ([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...settingNames].sort());
  });

  it('are read only through lib/env.ts; other code passes the environment on to child processes only', () => {
    const entries = ['lib', 'app', 'components', 'db', 'scripts', 'auth.ts', 'proxy.ts', 'drizzle.config.ts', 'next.config.ts'];
    const files = entries.flatMap(sources).filter((f) => /\.(ts|tsx|mjs)$/.test(f) && f !== path.join('lib', 'env.ts'));
    expect(files.length).toBeGreaterThan(50);
    const reads = files.flatMap((file) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.replaceAll('...process.env', '').includes('process.env') ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(reads).toEqual([]);
  });
});
