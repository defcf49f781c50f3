import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '@/lib/env';

const root = process.cwd();
export const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

const BUILD_INPUTS = [
  'app', 'components', 'lib', 'db', 'public', 'proxy.ts', 'auth.ts', 'instrumentation.ts', 'next.config.ts',
  'postcss.config.mjs', 'tsconfig.json', 'package-lock.json', 'package.json',
];

/** A hash of everything the production build depends on. */
function sourceFingerprint() {
  const hash = createHash('sha256');
  const walk = (p: string) => {
    const full = path.join(root, p);
    if (!existsSync(full)) return;
    const st = statSync(full);
    if (st.isDirectory()) {
      for (const name of readdirSync(full).sort()) walk(path.join(p, name));
    } else {
      hash.update(p).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  for (const p of BUILD_INPUTS) walk(p);
  return hash.digest('hex');
}

/**
 * Builds unless .next holds a build of exactly these sources, with `extraEnv` added to the
 * environment. Returns false if the build failed.
 */
export function buildIfNeeded(extraEnv: Record<string, string> = {}): boolean {
  const stamp = path.join(root, '.next', 'newsroom-build.sha256');
  const fingerprint = sourceFingerprint();
  const current =
    existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
  if (current) return true;
  console.log('newsroom: building the production bundle (first start or sources changed)…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    stdio: 'inherit',
    // The build inherits this process's environment, as a child process does.
    env: { ...process.env, ...extraEnv, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) return false;
  writeFileSync(stamp, fingerprint);
  return true;
}

/**
 * Node options for the server: a capped heap (NEWSROOM_HEAP_MB, default 512 MB) makes the
 * garbage collector keep resident memory low instead of letting the heap grow under load.
 * An explicit --max-old-space-size in NODE_OPTIONS wins.
 */
export function serverNodeOptions(settings: Pick<Env, 'NODE_OPTIONS' | 'NEWSROOM_HEAP_MB'>): string {
  const current = settings.NODE_OPTIONS;
  if (current.includes('--max-old-space-size')) return current;
  return `${current} --max-old-space-size=${settings.NEWSROOM_HEAP_MB}`.trim();
}
