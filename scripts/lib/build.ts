import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '@/lib/env';
import { BuildProgress, tail } from './build-progress';

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
 * environment. Shows the build's progress, keeps its output in data/build.log and prints
 * the end of it if the build fails. Resolves to false if the build failed.
 */
export async function buildIfNeeded(extraEnv: Record<string, string> = {}): Promise<boolean> {
  const stamp = path.join(root, '.next', 'newsroom-build.sha256');
  const fingerprint = sourceFingerprint();
  const current =
    existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
  if (current) return true;
  console.log('newsroom: building the production bundle (first start or sources changed); this takes a few minutes.');
  const started = Date.now();
  const terminal = process.stdout.isTTY === true;
  const progress = new BuildProgress(
    {
      say: (line) => console.log(line),
      update: terminal ? (line) => process.stdout.write(`\r${line}\u001b[K`) : undefined,
    },
    started,
    30_000,
  );
  let output = '';
  const child = spawn(process.execPath, [nextBin, 'build'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The build inherits this process's environment, as a child process does.
    env: { ...process.env, ...extraEnv, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output += text;
    progress.feed(text, Date.now());
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const timer = setInterval(() => progress.tick(Date.now()), 1000);
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      output += `\n${error.message}\n`;
      resolve(1);
    });
    child.on('close', (status) => resolve(status));
  });
  clearInterval(timer);
  if (terminal) process.stdout.write('\n');
  const log = path.join(root, 'data', 'build.log');
  mkdirSync(path.dirname(log), { recursive: true });
  writeFileSync(log, output);
  if (code !== 0) {
    console.error(`${tail(output, 60)}\n\nnewsroom: the build failed (the whole output is in ${path.relative(root, log)}).`);
    return false;
  }
  console.log(`newsroom: built in ${Math.round((Date.now() - started) / 1000)} s (the build's output is in ${path.relative(root, log)}).`);
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
