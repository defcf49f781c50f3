import { describe, expect, it } from 'vitest';
import { BuildProgress, buildStep, tail } from '../../scripts/lib/build-progress';
import { isReadyLine, signInsText, watchReady } from '../../scripts/lib/sign-ins';

// The first start: progress while the production build runs, and the demo sign-ins printed
// last, once the server answers.

const NEXT_BUILD = [
  '   ▲ Next.js 16.0.0',
  '   Creating an optimized production build ...',
  ' ✓ Compiled successfully in 48s',
  '   Running TypeScript ...',
  '   Collecting page data using 1 worker ...',
  '   Generating static pages using 1 worker (0/12) ...',
  ' ✓ Generating static pages using 1 worker (12/12) in 2.1s',
  '   Finalizing page optimization ...',
  'Route (app)                                 Size  First Load JS',
];

describe('build progress', () => {
  it('recognizes the steps of next build', () => {
    expect(NEXT_BUILD.map(buildStep)).toEqual([null, 'compiling', 'types', 'types', 'pages', 'generating', 'generating', 'finalizing', null]);
  });

  it('says each step once, with the time so far, when the output is not a terminal', () => {
    const lines: string[] = [];
    const progress = new BuildProgress({ say: (l) => lines.push(l) }, 0, 15_000);
    // Lines arrive split across chunks.
    const text = `${NEXT_BUILD.join('\n')}\n`;
    progress.feed(text.slice(0, 70), 1000);
    progress.feed(text.slice(70), 65_000);
    expect(lines[0]).toMatch(/^newsroom: building \[#\.{4}\] 0:01 {2}compiling the pages…$/);
    expect(lines.at(-1)).toMatch(/1:05 {2}finalizing…$/);
    expect(lines).toHaveLength(5);
    // A long step still shows that the build is alive, every 15 s.
    progress.tick(70_000);
    expect(lines).toHaveLength(5);
    progress.tick(81_000);
    expect(lines.at(-1)).toMatch(/1:21 {2}finalizing…$/);
  });

  it('rewrites one line on a terminal', () => {
    const said: string[] = [];
    const updated: string[] = [];
    const progress = new BuildProgress({ say: (l) => said.push(l), update: (l) => updated.push(l) }, 0);
    progress.tick(1000);
    progress.tick(2000);
    progress.feed('Creating an optimized production build ...\n', 3000);
    expect(said).toEqual([]);
    expect(updated.at(-1)).toContain('0:03  compiling the pages…');
    expect(updated).toHaveLength(3);
  });

  it('keeps the end of a failed build', () => {
    expect(tail('a\nb\nc\nd\n', 2)).toBe('c\nd');
  });
});

describe('demo sign-ins', () => {
  const users = [
    { role: 'admin', email: 'admin@newsroom.example', password: 'one-two-three', unit: null },
    { role: 'editor', email: 'editor.unit@newsroom.example', password: 'four-five-six', unit: 'OU-PKG' },
  ];

  it('are printed once, after the line that says the server is ready', () => {
    const out: string[] = [];
    const feed = watchReady(
      (text) => out.push(text),
      () => out.push(signInsText(users, 'http://localhost:3000')),
    );
    feed('   ▲ Next.js 16.0.0\n   - Local:        http://localhost:3000\n ✓ Star');
    expect(out.join('')).not.toContain('Demo sign-ins');
    feed('ting...\n ✓ Ready in 412ms\n');
    feed(' ✓ Ready in 1ms\nGET / 200\n');
    const all = out.join('');
    expect(all.match(/Demo sign-ins/g)).toHaveLength(1);
    expect(all.indexOf('Ready in 412ms')).toBeLessThan(all.indexOf('Demo sign-ins'));
    expect(all).toContain('Newsroom is ready: open http://localhost:3000');
    expect(all).toMatch(/editor \(OU-PKG\) {2}editor\.unit@newsroom\.example {2}four-five-six/);
  });

  it('know a ready line', () => {
    expect(isReadyLine(' ✓ Ready in 2.3s')).toBe(true);
    expect(isReadyLine('   - Local:        http://localhost:3000')).toBe(false);
  });
});
