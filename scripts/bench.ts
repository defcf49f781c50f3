// `npm run bench`: seeds a database with 10,000 articles, starts the production server on
// loopback and measures it with autocannon. Prints req/s, p50, p99 and the server's RSS for
// (a) a static page, (b) an article page and (c) the front page, the ratio (b)/(a), a
// view count at 200 connections (views served against views stored), and signed-in pages
// for reference.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { and, eq, sql } from 'drizzle-orm';
import { env, toolEnv } from '@/lib/env';
import { openDatabase } from '@/lib/server/bootstrap';
import { seedDemo } from '@/db/seed';
import { metaOfLive, rowOf } from '@/lib/article-fields';
import { generatedFields } from './lib/generated-fields';
import { buildIfNeeded, nextBin, serverNodeOptions } from './lib/build';

const ARTICLES = toolEnv().BENCH_ARTICLES ?? 10_000;
const DURATION = toolEnv().BENCH_SECONDS;
const PORT = toolEnv().BENCH_PORT;
const DB_FILE = path.resolve('data/bench.db');
const URL_BASE = `http://localhost:${PORT}`;
const PASSWORD = 'bench-password-123456';

const words = {
  en: 'group quarterly safety digital plant supply market team training quality energy logistics customer project report results review plan innovation audit service'.split(' '),
  zh: '集团 季度 安全 数字化 工厂 供应链 市场 团队 培训 质量 能源 物流 客户 项目 报告 成果 评审 计划 创新 审计 服务'.split(' '),
};

function text(lang: 'en' | 'zh', n: number, seed: number) {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[lang][(seed * 7 + i * 13) % words[lang].length]);
  return lang === 'en' ? out.join(' ') : out.join('');
}

async function seed() {
  for (const s of ['', '-wal', '-shm']) rmSync(DB_FILE + s, { force: true });
  const conn = await openDatabase(`file:${DB_FILE}`, { create: true });
  await seedDemo(conn.db, conn.schema, { password: PASSWORD });
  const { schema, db } = conn;
  const [author] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, 'editor@newsroom.example'));
  const cats = await db.select({ id: schema.categories.id }).from(schema.categories);
  const units = await db.select({ id: schema.units.id }).from(schema.units);
  const started = Date.now();
  const batch = 500;
  for (let start = 0; start < ARTICLES; start += batch) {
    await db.transaction(async (tx) => {
      for (let i = start; i < Math.min(ARTICLES, start + batch); i++) {
        const lang = i % 2 === 0 ? 'en' : 'zh';
        const when = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000 * 5);
        const title = `${text(lang, 6, i)} ${i}`;
        const fields = generatedFields({
          categoryId: cats[i % cats.length].id,
          sourceUnitId: units[i % units.length].id,
          language: lang,
          visibility: i % 3 === 0 ? 'public' : 'internal',
        });
        const [a] = await tx
          .insert(schema.articles)
          .values({
            ...rowOf(fields),
            slug: lang === 'en' ? title.toLowerCase().replace(/[^a-z0-9]+/g, '-') : '',
            authorId: author.id,
            status: 'published',
            publishedAt: when,
          })
          .returning({ id: schema.articles.id });
        const body = Array.from({ length: 6 }, (_, p) => `<p>${text(lang, 60, i + p)}</p>`).join('');
        const [r] = await tx
          .insert(schema.articleRevisions)
          .values({ articleId: a.id, version: 1, title, summary: text(lang, 20, i + 1), body, meta: metaOfLive(fields), editorId: author.id })
          .returning({ id: schema.articleRevisions.id });
        await tx.update(schema.articles).set({ liveRevisionId: r.id }).where(eq(schema.articles.id, a.id));
      }
    });
  }
  console.log(`Seeded ${ARTICLES} articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  // The newest English article of each visibility: the pages measured below.
  const newest = async (visibility: 'public' | 'internal') =>
    (
      await db
        .select({ id: schema.articles.id, slug: schema.articles.slug })
        .from(schema.articles)
        .where(
          and(
            eq(schema.articles.visibility, visibility),
            eq(schema.articles.status, 'published'),
            eq(schema.articles.language, 'en'),
          ),
        )
        .orderBy(sql`${schema.articles.id} desc`)
        .limit(1)
    )[0];
  const pub = await newest('public');
  const internal = await newest('internal');
  await conn.close();
  return { pub, internal };
}

/** Resident memory of the server process and its children, in MB. */
function rssMb(pid: number): number {
  const pids = [pid];
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      if (pids.includes(ppid)) pids.push(Number(p));
    } catch {
      // the process ended meanwhile
    }
  }
  let kb = 0;
  for (const p of pids) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${URL_BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start');
}

type Result = { rps: number; p50: number; p99: number; rss: number; non2xx: number; errors: number };

async function measure(title: string, urlPath: string, pid: number, opts: { headers?: Record<string, string> } = {}): Promise<Result> {
  // Warm up: the first request renders and caches the page.
  await autocannon({ url: URL_BASE + urlPath, connections: 10, duration: 3, headers: opts.headers });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 500);
  const r = await autocannon({ url: URL_BASE + urlPath, connections: 50, duration: DURATION, headers: opts.headers });
  clearInterval(timer);
  const result = {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    rss: Math.max(peak, rssMb(pid)),
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
  console.log(
    `${title.padEnd(34)} ${result.rps.toFixed(0).padStart(6)} req/s   p50 ${String(result.p50).padStart(4)} ms   p99 ${String(result.p99).padStart(4)} ms   RSS ${result.rss.toFixed(0)} MB${result.non2xx || result.errors ? `   non-2xx ${result.non2xx}, errors ${result.errors}` : ''}`,
  );
  return result;
}

async function signIn(): Promise<string> {
  const csrf = await fetch(`${URL_BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${URL_BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrfToken, email: 'reader@newsroom.example', password: PASSWORD, callbackUrl: '/' }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('newsroom.session='));
  if (!session) throw new Error('could not sign in for the signed-in measurement');
  return session.split(';')[0];
}

async function storedViews(articleId: number) {
  const conn = await openDatabase(`file:${DB_FILE}`, { migrate: false });
  const [row] = await conn.db
    .select({ views: conn.schema.articleViews.views })
    .from(conn.schema.articleViews)
    .where(eq(conn.schema.articleViews.articleId, articleId));
  await conn.close();
  return row?.views ?? 0;
}

async function main() {
  if (!(await buildIfNeeded())) throw new Error('the build failed');
  const { pub, internal } = await seed();
  if (!existsSync(nextBin)) throw new Error('next is not installed');
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(PORT), '-H', 'localhost'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // The server inherits this process's environment, with the bench's own database.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: serverNodeOptions(env),
      DATABASE_URL: `file:${DB_FILE}`,
      AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
      NEWSROOM_VIEW_FLUSH_MS: '1000',
    },
  });
  try {
    await waitForHealth();
    const pid = server.pid as number;
    console.log(`\nautocannon, 50 connections, ${DURATION} s each, on ${ARTICLES} articles (SQLite, WAL):\n`);
    const a = await measure('(a) static page /about', '/about', pid);
    const b = await measure('(b) article page (public)', `/news/${pub.id}-${pub.slug}`, pid);
    await measure('(c) front page', '/', pid);
    console.log(`\n(b)/(a) = ${(b.rps / a.rps).toFixed(2)}`);
    const AMOUNT = toolEnv().BENCH_VIEWS;
    const before = await storedViews(pub.id);
    const v = await autocannon({
      url: `${URL_BASE}/api/views`,
      connections: 200,
      amount: AMOUNT,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: pub.id }),
    });
    await new Promise((r) => setTimeout(r, 3000));
    const stored = (await storedViews(pub.id)) - before;
    const served = v['2xx'];
    console.log(
      `\nViews at 200 connections: ${served} served (${v.requests.average.toFixed(0)} req/s, p99 ${v.latency.p99} ms), ${stored} stored: ${served === stored ? 'equal' : 'DIFFERENT'}${v.non2xx || v.errors ? ` (non-2xx ${v.non2xx}, errors ${v.errors})` : ''}`,
    );
    const cookie = await signIn();
    console.log('\nFor reference, signed in (rendered per request, access checked per request):');
    await measure('signed-in article page (internal)', `/news/${internal.id}-${internal.slug}`, pid, { headers: { cookie } });
    await measure('signed-in front page', '/', pid, { headers: { cookie } });

    console.log(`Server RSS after the run: ${rssMb(pid).toFixed(0)} MB`);
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
