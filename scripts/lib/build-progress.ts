// What the first start shows while `next build` runs: the step it has reached and the time
// so far, instead of a minute of silence followed by sixty lines of route tables. The build's
// own output goes to a log file, and is shown only when the build fails.

export type BuildStep = 'starting' | 'compiling' | 'types' | 'pages' | 'generating' | 'finalizing';

const STEPS: [RegExp, BuildStep][] = [
  [/Creating an optimized production build/i, 'compiling'],
  [/Compiled successfully|Running TypeScript|Linting and checking|Checking validity of types/i, 'types'],
  [/Collecting page data/i, 'pages'],
  [/Generating static pages/i, 'generating'],
  [/Finalizing page optimization|Collecting build traces/i, 'finalizing'],
];

const LABELS: Record<BuildStep, string> = {
  starting: 'starting',
  compiling: 'compiling the pages',
  types: 'checking types',
  pages: 'collecting page data',
  generating: 'generating static pages',
  finalizing: 'finalizing',
};

const ORDER: BuildStep[] = ['starting', 'compiling', 'types', 'pages', 'generating', 'finalizing'];

/** The step a line of `next build` output announces, if any. */
export function buildStep(line: string): BuildStep | null {
  for (const [pattern, step] of STEPS) if (pattern.test(line)) return step;
  return null;
}

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * Follows the build's output and says where it is. `say` writes a whole line; on a terminal
 * `update` rewrites the current one (a ticking clock), elsewhere (a log, a pipe) the
 * progress is a line per step and one every `every` ms.
 */
export class BuildProgress {
  private step: BuildStep = 'starting';
  private lastLine = 0;
  private partial = '';

  constructor(
    private readonly out: { say: (line: string) => void; update?: (line: string) => void },
    private readonly startedAt: number,
    private readonly every = 15_000,
  ) {}

  /** Feeds a chunk of the build's output. */
  feed(chunk: string, now: number) {
    const lines = (this.partial + chunk).split(/\r?\n|\r/);
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      const step = buildStep(line);
      // Steps only move forward (the type check and compilation may interleave).
      if (step && ORDER.indexOf(step) > ORDER.indexOf(this.step)) {
        this.step = step;
        this.report(now, true);
      }
    }
  }

  /** Called every second: the clock on a terminal, a line now and then elsewhere. */
  tick(now: number) {
    if (this.out.update) this.out.update(this.status(now));
    else if (now - this.lastLine >= this.every) this.report(now, false);
  }

  status(now: number) {
    const n = ORDER.indexOf(this.step);
    return `newsroom: building [${'#'.repeat(n)}${'.'.repeat(ORDER.length - 1 - n)}] ${clock(now - this.startedAt)}  ${LABELS[this.step]}…`;
  }

  private report(now: number, changed: boolean) {
    this.lastLine = now;
    if (this.out.update) this.out.update(this.status(now));
    else if (changed || now - this.startedAt >= this.every) this.out.say(this.status(now));
  }
}

/** The end of a long output, for a failed build: its last `count` lines. */
export function tail(text: string, count: number) {
  const lines = text.trimEnd().split(/\r?\n/);
  return lines.slice(-count).join('\n');
}
