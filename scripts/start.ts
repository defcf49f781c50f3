// Prepares the database, builds when needed, then serves (`npm run dev`), or, with
// --prepare, stops before serving (`npm start`, through scripts/start.mjs):
//   1. open the database (SQLite under data/ by default, created on first start), migrate it;
//   2. seed an empty database (demo content, or only the base structure with NEWSROOM_SEED=none);
//   3. build when there is no production build of the current sources, showing its progress;
//   4. run `next` on PORT (3000), forwarding signals so that it shuts down cleanly (with
//      --prepare, scripts/start.mjs serves instead);
//   5. once it answers, print the demo sign-ins of a new database: once, and last.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AUTH_SECRET_FILE } from '@/lib/auth/secret';
import { buildIfNeeded, nextBin, serverNodeOptions } from './lib/build';
import { signInsText, watchReady, type DemoSignIn } from './lib/sign-ins';

const dev = process.argv.includes('--dev');
// `npm start` runs this with `--prepare FILE` from scripts/start.mjs, which then becomes the
// server with the settings written to FILE.
const prepareOnly = process.argv.includes('--prepare') ? process.argv[process.argv.indexOf('--prepare') + 1] : null;

function fail(message: string): never {
  console.error(`newsroom: ${message}`);
  process.exit(1);
}

/** AUTH_SECRET from the environment, or one generated once and kept in data/. */
function authSecret(configured: string | undefined, sharedByInstances: boolean): string {
  if (configured) return configured;
  const file = AUTH_SECRET_FILE;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    if (sharedByInstances) {
      console.log('newsroom: generated a session secret in data/auth-secret. Several instances must share one: set AUTH_SECRET.');
    }
  }
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  let env: typeof import('@/lib/env').env;
  try {
    ({ env } = await import('@/lib/env'));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { openDatabase, StartupError } = await import('@/lib/server/bootstrap');
  const { seedBase, seedDemo } = await import('@/db/seed');
  const { countUsers } = await import('@/lib/server/first-run');

  let conn;
  let signIns: DemoSignIn[] | null = null;
  try {
    conn = await openDatabase(env.DATABASE_URL);
  } catch (error) {
    fail(error instanceof StartupError ? error.message : `cannot open the database: ${String(error)}`);
  }
  try {
    if (env.NEWSROOM_SEED === 'demo') {
      signIns = (await seedDemo(conn.db, conn.schema, { password: env.NEWSROOM_DEMO_PASSWORD })) ?? null;
      if (signIns) console.log('newsroom: created the demo content; the sign-ins follow once the portal is up.');
    } else {
      await seedBase(conn.db, conn.schema);
      if ((await countUsers(conn.db, conn.schema)) === 0) {
        console.log(
          'newsroom: no users yet. Create the first admin with:\n  npm run users -- add --email you@example.com --name "Your Name" --role admin',
        );
      }
    }
  } catch (error) {
    fail(`could not seed the database: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await conn.close();
  }

  const secret = authSecret(env.AUTH_SECRET, conn.adapter.sharedByInstances);
  // The address on this machine, and the one to tell people (AUTH_URL behind a proxy).
  const local = `http://${!env.NEWSROOM_HOST || env.NEWSROOM_HOST === '0.0.0.0' ? 'localhost' : env.NEWSROOM_HOST}:${env.PORT}`;
  const url = env.AUTH_URL?.replace(/\/+$/, '') ?? local;
  if (!dev && !(await buildIfNeeded({ AUTH_SECRET: secret }))) {
    // The sign-ins are shown only once: a failed build must not lose them.
    if (signIns) console.log(signInsText(signIns, url));
    fail('the build failed; see the output above.');
  }

  if (prepareOnly) {
    // scripts/start.mjs serves in its own process: it reads what it needs from this file.
    const heapMb = Number(/--max-old-space-size=(\d+)/.exec(serverNodeOptions(env))?.[1] ?? env.NEWSROOM_HEAP_MB);
    // The sign-ins are printed by the server process once it answers (scripts/start.mjs).
    const announce = signIns ? { health: `${local}/api/health`, text: signInsText(signIns, url) } : null;
    writeFileSync(prepareOnly, JSON.stringify({ port: env.PORT, host: env.NEWSROOM_HOST ?? null, heapMb, announce }));
    return;
  }

  const args = [nextBin, dev ? 'dev' : 'start', '-p', String(env.PORT)];
  if (env.NEWSROOM_HOST) args.push('-H', env.NEWSROOM_HOST);
  const child = spawn(process.execPath, args, {
    stdio: ['inherit', 'pipe', 'pipe'],
    // The server inherits this process's environment, with the session secret it needs.
    env: {
      ...process.env,
      AUTH_SECRET: secret,
      NODE_ENV: dev ? 'development' : 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: dev ? env.NODE_OPTIONS : serverNodeOptions(env),
    },
  });
  const shown = signIns;
  // Last: after the server says it is ready and answers its health check.
  const announce = async () => {
    if (!shown) return;
    for (let i = 0; i < 60; i++) {
      const ok = await fetch(`${local}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.log(signInsText(shown, url));
  };
  child.stdout.on('data', watchReady((text) => process.stdout.write(text), () => void announce()));
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
