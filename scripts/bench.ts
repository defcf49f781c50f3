// `npm run bench`: seeds a database with 10,000 articles, starts the production server the
// way `npm start` does (one server process beside npm) on loopback and measures it with autocannon, 50
// connections. Prints one line per figure: req/s, p50, p99 and the server's RSS for the
// static page, the public article and the front page for visitors, a session cookie that
// does not decode, the signed-in reader's article, front page, news list and category page
// (with the ratios to the static page), the view count at 200 connections, an editor's
// save and a workflow move while 50 connections read signed-in pages, and the memory of
// every process the server runs as. SQLite by default; BENCH_POSTGRES=1 measures a
// throwaway PostgreSQL database on TEST_POSTGRES_URL instead.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import postgres from 'postgres';
import type { Connection } from '@/db/dialect';
import { toolEnv } from '@/lib/env';
import { openDatabase } from '@/lib/server/bootstrap';
import { buildIfNeeded } from './lib/build';
import { actionId, callAction, measurer, percentile, signIn, treeRss, treeRssBelow, waitForHealth, type Measure, type Result } from './lib/bench-http';
import { seedBench, type BenchData } from './lib/bench-seed';

const tools = toolEnv();
const ARTICLES = tools.BENCH_ARTICLES ?? 10_000;
const DURATION = tools.BENCH_SECONDS;
const PORT = tools.BENCH_PORT;
const PG = tools.BENCH_POSTGRES;
const PG_ADMIN = tools.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_NAME = `newsroom_bench_${process.pid}`;
const DB_FILE = path.resolve('data/bench.db');
const DB_URL = PG ? pgUrl(PG_NAME) : `file:${DB_FILE}`;
const URL_BASE = `http://localhost:${PORT}`;
const PASSWORD = 'bench-password-123456';
const SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';

function pgUrl(database: string) {
  const url = new URL(PG_ADMIN);
  url.pathname = `/${database}`;
  return url.toString();
}

async function freshDatabase(): Promise<Connection> {
  if (PG) {
    const admin = postgres(PG_ADMIN, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${PG_NAME}`);
    await admin.unsafe(`create database ${PG_NAME}`);
    await admin.end();
  } else {
    for (const s of ['', '-wal', '-shm']) rmSync(DB_FILE + s, { force: true });
  }
  return openDatabase(DB_URL, { create: true });
}

async function dropDatabase() {
  if (!PG) return;
  const admin = postgres(PG_ADMIN, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${PG_NAME} with (force)`);
  await admin.end();
}

const line = (label: string, value: string) => console.log(`${label.padEnd(40)} ${value}`);
const ratio = (label: string, page: Result, stat: Result) => {
  console.log(`ratio ${label} / static: ${(page.rps / stat.rps).toFixed(2)}`);
  // The same ratio by the server's CPU time per request, which other load does not skew.
  console.log(`ratio ${label} / static, by CPU per request: ${(stat.cpuMs / page.cpuMs).toFixed(2)}`);
};

async function storedViews(conn: Connection, articleId: number) {
  const [row] = await conn.db
    .select({ views: conn.schema.articleViews.views })
    .from(conn.schema.articleViews)
    .where(eq(conn.schema.articleViews.articleId, articleId));
  return row?.views ?? 0;
}

async function viewCount(conn: Connection, id: number) {
  const before = await storedViews(conn, id);
  const v = await autocannon({
    url: `${URL_BASE}/api/views`,
    connections: 200,
    amount: tools.BENCH_VIEWS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id }),
  });
  await new Promise((r) => setTimeout(r, 3000));
  const stored = (await storedViews(conn, id)) - before;
  const served = v['2xx'];
  console.log(
    `\nViews at 200 connections: ${served} served (${v.requests.average.toFixed(0)} req/s, p99 ${v.latency.p99} ms), ${stored} stored: ${served === stored ? 'equal' : 'DIFFERENT'}${v.non2xx || v.errors ? ` (non-2xx ${v.non2xx}, errors ${v.errors})` : ''}`,
  );
}

/** The editor form of a bench draft, as the browser sends it. */
async function saveForm(conn: Connection, id: number, n: number) {
  const { schema } = conn;
  const [row] = await conn.db
    .select({ version: schema.articles.version, body: schema.articleRevisions.body, meta: schema.articleRevisions.meta })
    .from(schema.articles)
    .innerJoin(schema.articleRevisions, eq(schema.articleRevisions.id, schema.articles.workingRevisionId))
    .where(eq(schema.articles.id, id));
  const meta = row.meta!;
  const form = new FormData();
  const fields: Record<string, string> = {
    id: String(id),
    baseVersion: String(row.version),
    autosave: '0',
    title: `Bench draft, save ${n}`,
    summary: `Saved ${n} times while readers read.`,
    body: `${row.body.slice(0, 4000)}<p>Save ${n}.</p>`,
    categoryId: String(meta.categoryId),
    sourceUnitId: meta.sourceUnitId ? String(meta.sourceUnitId) : '',
    sourceText: '',
    language: meta.language,
    translationId: '',
    seriesId: '',
    visibility: meta.visibility,
    tags: 'bench',
    coverKey: '',
  };
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

async function articleVersion(conn: Connection, id: number) {
  const [row] = await conn.db.select({ version: conn.schema.articles.version }).from(conn.schema.articles).where(eq(conn.schema.articles.id, id));
  return row.version;
}

const WRITES = 20;

/** An editor's saves and workflow moves (WRITES of each, after one of each to warm up) while 50 connections read signed-in pages. */
async function writersUnderLoad(conn: Connection, data: BenchData, readerCookie: string, paths: string[]) {
  const editor = await signIn(URL_BASE, 'editor@newsroom.example', PASSWORD);
  const [save, move] = [actionId('saveArticleAction'), actionId('transitionAction')];
  const saveOnce = async (n: number) =>
    callAction(URL_BASE, `/staff/articles/${data.saveDraft}`, save, [await saveForm(conn, data.saveDraft, n)], editor);
  const moveOnce = async (n: number) => {
    const form = new FormData();
    form.set('id', String(data.moveDraft));
    form.set('action', n % 2 === 1 ? 'submit' : 'withdraw');
    form.set('baseVersion', String(await articleVersion(conn, data.moveDraft)));
    return callAction(URL_BASE, `/staff/articles/${data.moveDraft}`, move, [{ status: 'idle' }, form], editor);
  };
  await saveOnce(0);
  await moveOnce(1);
  let stop = () => {};
  const load = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: URL_BASE,
        connections: 50,
        duration: 3600,
        headers: { cookie: readerCookie },
        requests: paths.map((p) => ({ method: 'GET' as const, path: p })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    stop = () => instance.stop();
  });
  await new Promise((r) => setTimeout(r, 2000));
  const saves: number[] = [];
  const moves: number[] = [];
  for (let n = 1; n <= WRITES; n++) {
    saves.push(await saveOnce(n));
    moves.push(await moveOnce(n + 1));
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  const readers = await load;
  const show = (label: string, ms: number[]) =>
    line(label, `p50 ${percentile(ms, 50).toFixed(0)} ms   p95 ${percentile(ms, 95).toFixed(0)} ms   max ${Math.max(...ms).toFixed(0)} ms   (${ms.length})`);
  console.log(`\nWriters while 50 connections read signed-in pages (${readers.requests.average.toFixed(0)} req/s, p99 ${readers.latency.p99} ms):`);
  show('editor save', saves);
  show('workflow move (submit, withdraw)', moves);
}

async function signedInRuns(measure: Measure, data: BenchData, cookie: string, stat: Result) {
  const headers = { cookie };
  const article = `/news/${data.internal.id}-${data.internal.slug}`;
  console.log('\nSigned in as a reader (access checked per request, page shared by the audience):');
  const a = await measure('signed-in article page (internal)', article, { headers });
  const f = await measure('signed-in front page', '/', { headers });
  const l = await measure('signed-in news list', '/news', { headers });
  const c = await measure('signed-in category page', `/news/category/${data.category}`, { headers });
  await measure("signed-in viewer's own parts (/api/viewer)", '/api/viewer?locale=en&mustReads=1', { headers });
  ratio('signed-in article', a, stat);
  ratio('signed-in front page', f, stat);
  ratio('signed-in news list', l, stat);
  ratio('signed-in category page', c, stat);
  return [article, '/', '/news', `/news/category/${data.category}`];
}

async function main() {
  if (!(await buildIfNeeded())) throw new Error('the build failed');
  const conn = await freshDatabase();
  try {
    const data = await seedBench(conn, ARTICLES, PASSWORD);
    // Started with `npm start` itself, so that the memory counts every process it leaves running.
    const server = spawn('npm', ['start', '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
      // The server inherits this process's environment, with the bench's own database.
      env: {
        ...process.env,
        DATABASE_URL: DB_URL,
        PORT: String(PORT),
        NEWSROOM_HOST: 'localhost',
        NEWSROOM_SEED: 'none',
        AUTH_SECRET: SECRET,
        NEWSROOM_VIEW_FLUSH_MS: '1000',
      },
    });
    const pid = server.pid as number;
    try {
      await waitForHealth(URL_BASE);
      const measure = measurer(URL_BASE, pid, DURATION);
      console.log(`\nautocannon, 50 connections, ${DURATION} s each, on ${ARTICLES} articles (${PG ? 'PostgreSQL' : 'SQLite, WAL'}):\n`);
      const a = await measure('(a) static page /about', '/about');
      const b = await measure('(b) article page (public)', `/news/${data.pub.id}-${data.pub.slug}`);
      await measure('(c) front page', '/');
      console.log(`\n(b)/(a) = ${(b.rps / a.rps).toFixed(2)}\n`);
      const foreign = await encode({ token: { sub: '1', sv: 1 }, secret: 'another-secret-another-secret-another-secret', salt: 'newsroom.session' });
      await measure('cookie that does not decode, (b)', `/news/${data.pub.id}-${data.pub.slug}`, { headers: { cookie: 'newsroom.session=x' } });
      await measure('token of another secret, (b)', `/news/${data.pub.id}-${data.pub.slug}`, { headers: { cookie: `newsroom.session=${foreign}` } });
      await viewCount(conn, data.pub.id);
      const cookie = await signIn(URL_BASE, 'reader@newsroom.example', PASSWORD);
      const paths = await signedInRuns(measure, data, cookie, a);
      await writersUnderLoad(conn, data, cookie, paths);
      const rss = treeRss(pid);
      const npm = treeRss(pid).mb - treeRssBelow(pid);
      console.log(
        `\nRSS of npm start after the signed-in runs: ${rss.mb.toFixed(0)} MB in ${rss.processes} processes (the server ${(rss.mb - npm).toFixed(0)} MB, npm itself ${npm.toFixed(0)} MB)`,
      );
    } finally {
      process.kill(-pid, 'SIGTERM');
    }
  } finally {
    await conn.close();
    await dropDatabase();
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
