// `npm start`: one server process. scripts/start.ts (run once under tsx, in a child that
// ends) prepares the database and the build and says on which port and with how much heap
// to serve; this process then becomes the Next.js server itself, so that nothing else stays
// running beside it. Its heap must be set when Node starts: package.json starts it with the
// default of NEWSROOM_HEAP_MB, and when the configured heap differs (NEWSROOM_HEAP_MB, or
// --max-old-space-size in NODE_OPTIONS), it starts the server once more with that heap and
// waits for it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';

const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Prepares in a child process; returns { port, host, heapMb }. */
function prepare() {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-start-'));
  const file = path.join(dir, 'serve.json');
  try {
    const result = spawnSync(process.execPath, [tsx, '--conditions=react-server', path.join('scripts', 'start.ts'), '--prepare', file], { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const given = process.argv.indexOf('--serve');
const settings = given === -1 ? prepare() : JSON.parse(process.argv[given + 1]);
const heapMb = getHeapStatistics().heap_size_limit / 1024 / 1024;

if (given === -1 && Math.abs(heapMb - settings.heapMb) > settings.heapMb * 0.15) {
  const child = spawn(process.execPath, [`--max-old-space-size=${settings.heapMb}`, path.join('scripts', 'start.mjs'), '--serve', JSON.stringify(settings)], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} else {
  // The demo sign-ins of a new database: last, once the portal answers its health check.
  if (settings.announce) {
    const { health, text } = settings.announce;
    let shown = false;
    const poll = setInterval(() => {
      fetch(health).then(
        (r) => {
          // Several checks may be answered at once: print once.
          if (!r.ok || shown) return;
          shown = true;
          clearInterval(poll);
          console.log(text);
        },
        () => {},
      );
    }, 500);
    poll.unref();
  }
  // Next's own command line, in this process: `next start -p PORT [-H HOST]`.
  process.argv = [process.execPath, nextBin, 'start', '-p', String(settings.port), ...(settings.host ? ['-H', settings.host] : [])];
  createRequire(import.meta.url)(nextBin);
}
