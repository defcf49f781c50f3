// `npm test`: everything, in the order CI needs it, with one summary line at the end.
//   types → lint → unit + integration (SQLite, and PostgreSQL when TEST_POSTGRES_URL is
//   set) → production build → end-to-end tests in the system Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toolEnv } from '@/lib/env';
import { buildIfNeeded } from './lib/build';

const CHROMIUM = toolEnv().CHROMIUM_PATH;
const results = path.join(process.cwd(), 'test-results');
const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name);

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function run(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n━━ ${title}`);
  // Each step inherits this process's environment.
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function step(title: string, ok: boolean) {
  if (ok) total.passed++;
  else {
    total.failed++;
    failures.push(title);
  }
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() === 0) {
    console.log('newsroom: installing Chromium for the end-to-end tests (apt-get install -y chromium)…');
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    // apt-get inherits this process's environment.
    const r = spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status === 0 && existsSync(CHROMIUM)) return true;
  }
  console.error('newsroom: Chromium is missing for the end-to-end tests: run `sudo apt-get install -y chromium`, then npm test again.');
  return false;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function main() {
  mkdirSync(results, { recursive: true });
  const haveChromium = ensureChromium();

  // Route types first, so that types left in .next by an older build never count.
  const typegen = run('Route types (next typegen)', process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'typegen'], {
    NEXT_TELEMETRY_DISABLED: '1',
  });
  step('types', typegen && run('Types (tsc)', bin('tsc'), ['--noEmit']));
  step('lint', run('Lint (eslint)', bin('eslint'), ['--max-warnings=0', '.']));

  const vitestJson = path.join(results, 'vitest.json');
  rmSync(vitestJson, { force: true });
  const postgresTests = !!toolEnv().TEST_POSTGRES_URL;
  const projects = ['unit', 'integration-sqlite', ...(postgresTests ? ['integration-postgres'] : [])];
  if (!postgresTests) console.log('\nnewsroom: TEST_POSTGRES_URL is not set: the PostgreSQL integration tests are skipped.');
  const vitestOk = run(
    `Unit and integration tests (${projects.join(', ')})`,
    bin('vitest'),
    ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  );
  const v = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(vitestJson);
  if (v) {
    total.passed += v.numPassedTests;
    total.failed += v.numFailedTests;
    total.skipped += v.numPendingTests + v.numTodoTests;
    if (v.numFailedTests > 0 || !vitestOk) failures.push('vitest');
    if (!vitestOk && v.numFailedTests === 0) total.failed++;
  } else step('vitest', false);

  console.log('\n━━ Production build');
  const built = await buildIfNeeded();
  step('build', built);

  const pwJson = path.join(results, 'playwright.json');
  rmSync(pwJson, { force: true });
  if (built && haveChromium) {
    const e2eOk = run('End-to-end tests (Playwright, system Chromium)', bin('playwright'), ['test']);
    const p = readJson<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number } }>(pwJson);
    if (p) {
      total.passed += p.stats.expected + p.stats.flaky;
      total.failed += p.stats.unexpected;
      total.skipped += p.stats.skipped;
      if (p.stats.unexpected > 0 || !e2eOk) failures.push('e2e');
      if (!e2eOk && p.stats.unexpected === 0) total.failed++;
    } else step('e2e', false);
  } else {
    step('e2e (not run: no build or no Chromium)', false);
  }

  writeFileSync(path.join(results, 'summary.json'), JSON.stringify({ ...total, failures }));
  if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
  console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  process.exit(total.failed > 0 ? 1 : 0);
}

void main();
