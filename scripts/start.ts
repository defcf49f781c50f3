// Prepares the database, builds when needed, then serves (`npm run dev`), or, with
// --prepare, stops before serving (`npm start`, through scripts/start.mjs):
//   1. open the database (SQLite under data/ by default, created on first start), migrate it;
//   2. seed an empty database (demo content, or only the base structure with NEWSROOM_SEED=none)
//      and print the demo sign-ins once;
//   3. build when there is no production build of the current sources;
//   4. run `next` on PORT (3000), forwarding signals so that it shuts down cleanly.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AUTH_SECRET_FILE } from '@/lib/auth/secret';
import { buildIfNeeded, nextBin, serverNodeOptions } from './lib/build';

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

function printUsers(users: { role: string; email: string; password: string; unit: string | null }[]) {
  const rows = users.map((u) => [u.role + (u.unit ? ` (${u.unit})` : ''), u.email, u.password]);
  const head = ['role', 'email', 'password'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log('\nDemo sign-ins (shown once; change them with `npm run users -- set-password --email …`):\n');
  console.log(`  ${line(head)}`);
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(`  ${line(r)}`);
  console.log('');
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
  try {
    conn = await openDatabase(env.DATABASE_URL);
  } catch (error) {
    fail(error instanceof StartupError ? error.message : `cannot open the database: ${String(error)}`);
  }
  try {
    if (env.NEWSROOM_SEED === 'demo') {
      const users = await seedDemo(conn.db, conn.schema, { password: env.NEWSROOM_DEMO_PASSWORD });
      if (users) printUsers(users);
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
  if (!dev && !buildIfNeeded({ AUTH_SECRET: secret })) fail('the build failed; see the output above.');

  if (prepareOnly) {
    // scripts/start.mjs serves in its own process: it reads what it needs from this file.
    const heapMb = Number(/--max-old-space-size=(\d+)/.exec(serverNodeOptions(env))?.[1] ?? env.NEWSROOM_HEAP_MB);
    writeFileSync(prepareOnly, JSON.stringify({ port: env.PORT, host: env.NEWSROOM_HOST ?? null, heapMb }));
    return;
  }

  const args = [nextBin, dev ? 'dev' : 'start', '-p', String(env.PORT)];
  if (env.NEWSROOM_HOST) args.push('-H', env.NEWSROOM_HOST);
  const child = spawn(process.execPath, args, {
    stdio: 'inherit',
    // The server inherits this process's environment, with the session secret it needs.
    env: {
      ...process.env,
      AUTH_SECRET: secret,
      NODE_ENV: dev ? 'development' : 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: dev ? env.NODE_OPTIONS : serverNodeOptions(env),
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
