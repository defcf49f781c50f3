// The benchmark's measuring tools: autocannon runs printed one line each, resident memory
// of a process tree, sign-in, and server actions called over HTTP the way the browser calls
// them (React's encodeReply, a Next-Action header), timed from request to last byte.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import autocannon from 'autocannon';

/** `pid` and every process below it. */
function tree(pid: number): number[] {
  const pids = [pid];
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      if (pids.includes(ppid)) pids.push(Number(p));
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}

/** Resident memory of `pid` and every process below it, in MB, and how many processes that is. */
export function treeRss(pid: number): { mb: number; processes: number } {
  const pids = tree(pid);
  return { mb: pids.reduce((mb, p) => mb + rssOf(p), 0), processes: pids.length };
}

/** Resident memory of the processes below `pid` (not counting `pid`), in MB. */
export function treeRssBelow(pid: number): number {
  return tree(pid)
    .slice(1)
    .reduce((mb, p) => mb + rssOf(p), 0);
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

// Clock ticks of /proc/<pid>/stat: 100 a second on Linux (USER_HZ).
const TICK_MS = 10;

/** CPU time (user and system) that `pid` and the processes below it have used, in ms. */
export function treeCpuMs(pid: number): number {
  let ticks = 0;
  for (const p of tree(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks * TICK_MS;
}

export async function waitForHealth(base: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start');
}

/** req/s, latency, peak RSS, and the server's CPU time per answered request (which other load on the machine does not change). */
export type Result = { rps: number; p50: number; p99: number; rss: number; cpuMs: number; non2xx: number; errors: number };

export type Measure = (title: string, urlPath: string, opts?: { headers?: Record<string, string> }) => Promise<Result>;

/** Measures one page at 50 connections for `seconds`, after a warm-up, and prints one line. */
export function measurer(base: string, pid: number, seconds: number): Measure {
  return async (title, urlPath, opts = {}) => {
    // Warm up: the first request renders and caches the page.
    await autocannon({ url: base + urlPath, connections: 10, duration: 2, headers: opts.headers });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid).mb)), 500);
    const cpuBefore = treeCpuMs(pid);
    const r = await autocannon({ url: base + urlPath, connections: 50, duration: seconds, headers: opts.headers });
    const cpu = treeCpuMs(pid) - cpuBefore;
    clearInterval(timer);
    const result = {
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      rss: Math.max(peak, treeRss(pid).mb),
      // Requests that timed out on the client were still served.
      cpuMs: cpu / Math.max(1, r.requests.total + r.timeouts),
      non2xx: r.non2xx,
      errors: r.errors + r.timeouts,
    };
    console.log(
      `${title.padEnd(40)} ${result.rps.toFixed(0).padStart(6)} req/s   p50 ${String(result.p50).padStart(4)} ms   p99 ${String(result.p99).padStart(4)} ms   CPU ${result.cpuMs.toFixed(1).padStart(5)} ms/req   RSS ${result.rss.toFixed(0)} MB${result.non2xx || result.errors ? `   non-2xx ${result.non2xx}, errors ${result.errors}` : ''}`,
    );
    return result;
  };
}

/** Signs in with the credentials form and returns the session cookie ("name=value"). */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/' }),
  });
  const session = res.headers.getSetCookie().find((c) => /^(__Host-)?newsroom\.session=/.test(c));
  if (!session) throw new Error(`could not sign in as ${email}`);
  return session.split(';')[0];
}

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** The id of a server action in the current build, by the name it is exported under. */
export function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as Manifest;
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`no server action named ${name} in the build`);
  return found[0];
}

const { encodeReply } = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-turbopack/client.node') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

/** Calls a server action as the browser does; resolves with the milliseconds until the whole answer arrived. */
export async function callAction(base: string, pagePath: string, id: string, args: unknown[], cookie: string): Promise<number> {
  const body = await encodeReply(args);
  const started = performance.now();
  const res = await fetch(base + pagePath, {
    method: 'POST',
    headers: { 'next-action': id, accept: 'text/x-component', origin: base, cookie },
    body,
  });
  const text = await res.text();
  const ms = performance.now() - started;
  if (!res.ok || /"status":"error"/.test(text)) throw new Error(`action answered ${res.status}: ${text.slice(0, 300)}`);
  return ms;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : Number.NaN;
}
