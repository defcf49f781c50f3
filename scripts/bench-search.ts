// `npm run bench:search`: generates 100,000 published articles, mixed English and Chinese,
// into a throwaway SQLite file and a throwaway PostgreSQL database (on TEST_POSTGRES_URL, or
// postgres://postgres@127.0.0.1:5432/postgres), builds the search index, and prints the
// time the build took, the size of the index, and p50/p95 of 200 varied searches (count,
// ranking, page of hits and snippets, as the search page asks for them). Both databases are
// removed afterwards. BENCH_ARTICLES changes the number of articles; BENCH_SQLITE_ONLY=1
// skips PostgreSQL; BENCH_KEEP=1 keeps the SQLite file. BENCH_PG_DB=name keeps the
// PostgreSQL database under that name, and a later run with the same name searches it
// again without generating it (BENCH_PG_ONLY=1 then skips SQLite).
//
// Each database runs in its own process, because the app opens one database per process.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { metaOfLive, rowOf } from '@/lib/article-fields';
import { env, toolEnv } from '@/lib/env';
import { generatedFields } from './lib/generated-fields';

const ARTICLES = toolEnv().BENCH_ARTICLES ?? 100_000;
const QUERIES = 200;
const PG_ADMIN = toolEnv().TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

// ---------------------------------------------------------------------------------------
// Text that reads like the portal's news: a seeded generator, so every run is the same.

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_WORDS = `group company quarterly annual safety digital transformation plant supply chain market
marketing team training quality energy logistics customer customers project projects report reported
reporting results review plan planning plans innovation audit service services optimize optimized optimizing
optimization layout production sales growth revenue profit cost costs reduce reduced efficiency management
manager managers employee employees meeting meetings board chairman president director strategy strategic
investment investments risk risks control compliance governance green carbon emissions target targets
achieve achieved progress improve improved improvement technology technologies research development product
products launch launched partner partners cooperation agreement signed contract region regional overseas
international domestic expansion capacity factory factories workshop workshops maintenance inspection
standard standards certification award awarded excellence culture community volunteer volunteers health
environment water waste recycling procurement suppliers inventory warehouse shipping port terminal
infrastructure construction building completed milestone delivery deliveries first half second year
month week Shanghai Beijing Shenzhen Hangzhou Lanstone Haisheng Yuanfeng northern eastern southern`
  .split(/\s+/)
  .filter(Boolean);

const ZH_WORDS = `集团 公司 季度 年度 安全 生产 数字化 转型 工厂 供应链 市场 营销 团队 培训 质量 能源 物流 客户 项目
报告 成果 评审 计划 创新 审计 服务 优化 布局 销售 增长 收入 利润 成本 降低 效率 管理 经理 员工 会议 董事会
董事长 总经理 战略 投资 风险 控制 合规 治理 绿色 低碳 排放 目标 实现 进展 提升 改进 技术 研发 产品 发布 合作
伙伴 协议 签署 合同 区域 海外 国际 国内 扩张 产能 车间 维护 检查 标准 认证 奖项 卓越 文化 社区 志愿者 健康
环境 水资源 废物 回收 采购 供应商 库存 仓库 运输 港口 码头 基础设施 建设 完成 里程碑 交付 上半年 下半年
年中 工作 部署 推进 落实 高质量 发展 党委 召开 要求 强调 指出 全面 深化 改革 海盛 远丰 蓝石 上海 北京 深圳`
  .split(/\s+/)
  .filter(Boolean);

const NAMES_ZH = ['王海盛', '李静', '张伟', '刘洋', '陈晓明', '杨帆', '赵磊', '孙蔚然', '钱伯涛', '周敏'];
const NAMES_EN = ['Wang Haisheng', 'Li Jing', 'Zhang Wei', 'Liu Yang', 'Chen Xiaoming', 'Emma Stone', 'Aaron Lee'];

function sentence(r: () => number, lang: 'en' | 'zh', words: number) {
  const list = lang === 'en' ? EN_WORDS : ZH_WORDS;
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(list[Math.floor(Math.pow(r(), 1.6) * list.length)]);
  if (lang === 'en') {
    const s = out.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  }
  return `${out.join('')}。`;
}

function generated(i: number) {
  const r = rng(i + 1);
  const lang: 'en' | 'zh' = r() < 0.5 ? 'en' : 'zh';
  const names = lang === 'en' ? NAMES_EN : NAMES_ZH;
  const title = sentence(r, lang, 4 + Math.floor(r() * 5)).replace(/[.。]$/, '');
  const summary = sentence(r, lang, 12 + Math.floor(r() * 10));
  const paragraphs = 3 + Math.floor(r() * 4);
  const body = Array.from({ length: paragraphs }, () => {
    const who = names[Math.floor(r() * names.length)];
    const s = Array.from({ length: 2 + Math.floor(r() * 3) }, () => sentence(r, lang, 10 + Math.floor(r() * 14))).join(
      lang === 'en' ? ' ' : '',
    );
    return `<p>${lang === 'en' ? `${who} said: ${s}` : `${who}指出：${s}`}</p>`;
  }).join('');
  const meeting =
    r() < 0.1
      ? {
          name: lang === 'en' ? 'Mid-year work meeting' : '年中工作会议',
          kind: (['annual_work', 'mid_year_work', 'board', 'other'] as const)[Math.floor(r() * 4)],
          date: '2024-07-20',
          location: lang === 'en' ? 'Group headquarters' : '集团总部',
          presider: { name: names[Math.floor(r() * names.length)], position: lang === 'en' ? 'Chairman' : '董事长' },
          attendees: '',
          speeches: [
            {
              speaker: names[Math.floor(r() * names.length)],
              position: lang === 'en' ? 'President' : '总经理',
              title: sentence(r, lang, 5),
              summary: sentence(r, lang, 15),
              keyTasks: [sentence(r, lang, 6), sentence(r, lang, 6)],
            },
          ],
          closingRemarks: '',
          quotes: [],
        }
      : null;
  return { lang, title, summary, body, meeting, visibility: r() < 0.4 ? ('public' as const) : ('internal' as const) };
}

/** 200 searches of the kinds people type: words, forms, prefixes, phrases, names, filters. */
function queries() {
  const r = rng(4242);
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)];
  const out: { q: string; signedIn: boolean; filters?: Record<string, string | number> }[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const kind = i % 10;
    let q: string;
    if (kind === 0) q = pick(EN_WORDS);
    else if (kind === 1) q = `${pick(EN_WORDS)} ${pick(EN_WORDS)}`;
    else if (kind === 2) q = pick(EN_WORDS).slice(0, 4);
    else if (kind === 3) q = `"${pick(EN_WORDS)} ${pick(EN_WORDS)}"`;
    else if (kind === 4) q = pick(ZH_WORDS);
    else if (kind === 5) q = pick(ZH_WORDS) + pick(ZH_WORDS);
    else if (kind === 6) q = pick(NAMES_ZH).slice(1);
    else if (kind === 7) q = `${pick(ZH_WORDS)} ${pick(EN_WORDS)}`;
    else if (kind === 8) q = pick(['optimize', 'reported', 'digital transformation', '数字化转型', '海盛', '高质量发展', 'Haisheng']);
    else q = `${pick(ZH_WORDS)}${pick(ZH_WORDS)}${pick(ZH_WORDS)}`;
    const filters: Record<string, string | number> | undefined = i % 7 === 0 ? { year: 2022 } : i % 11 === 0 ? { kind: 'board' } : undefined;
    out.push({ q, signedIn: i % 2 === 0, ...(filters ? { filters } : {}) });
  }
  return out;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

// ---------------------------------------------------------------------------------------
// One database, in a child process.

async function runOne() {
  const { openDatabase } = await import('@/lib/server/bootstrap');
  const { seedBase, seedDemo } = await import('@/db/seed');
  const conn = await openDatabase(env.DATABASE_URL, { create: true });
  if (toolEnv().BENCH_REUSE) return measure(conn, 0, 0);
  await seedDemo(conn.db, conn.schema, { password: 'bench-password-123456' });
  await seedBase(conn.db, conn.schema);
  const { db, schema } = conn;
  const [author] = await db.select({ id: schema.users.id }).from(schema.users).limit(1);
  const cats = await db.select({ id: schema.categories.id }).from(schema.categories);
  const units = await db.select({ id: schema.units.id }).from(schema.units);

  let started = Date.now();
  const batch = 250;
  for (let start = 0; start < ARTICLES; start += batch) {
    const n = Math.min(batch, ARTICLES - start);
    const docs = Array.from({ length: n }, (_, k) => {
      const d = { i: start + k, ...generated(start + k) };
      const fields = generatedFields({
        categoryId: cats[d.i % cats.length].id,
        sourceUnitId: units[d.i % units.length].id,
        language: d.lang,
        visibility: d.visibility,
      });
      return { ...d, fields };
    });
    await db.transaction(async (tx) => {
      const rows = await tx
        .insert(schema.articles)
        .values(
          docs.map((d) => ({
            ...rowOf(d.fields),
            slug: `a-${d.i}`,
            authorId: author.id,
            status: 'published' as const,
            publishedAt: new Date(Date.UTC(2020, 0, 1) + d.i * 1_500_000),
          })),
        )
        .returning({ id: schema.articles.id });
      const revs = await tx
        .insert(schema.articleRevisions)
        .values(
          docs.map((d, k) => ({
            articleId: rows[k].id,
            version: 1,
            title: d.title,
            summary: d.summary,
            body: d.body,
            meeting: d.meeting,
            meta: metaOfLive(d.fields),
            editorId: author.id,
          })),
        )
        .returning({ id: schema.articleRevisions.id, articleId: schema.articleRevisions.articleId });
      for (const rev of revs) {
        await tx.update(schema.articles).set({ liveRevisionId: rev.id }).where(eqId(schema, rev.articleId));
      }
    });
  }
  const generateSeconds = (Date.now() - started) / 1000;

  const { rebuildSearchIndex } = await import('@/db/search-index');
  started = Date.now();
  await rebuildSearchIndex(db, conn.adapter);
  const buildSeconds = (Date.now() - started) / 1000;
  return measure(conn, generateSeconds, buildSeconds);
}

async function measure(conn: Awaited<ReturnType<typeof import('@/lib/server/bootstrap').openDatabase>>, generateSeconds: number, buildSeconds: number) {
  const { db, schema, adapter } = conn;
  const { sql } = await import('drizzle-orm');
  const [author] = await db.select({ id: schema.users.id }).from(schema.users).limit(1);
  const [indexedCount] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(schema.searchDocuments);
  const indexed = indexedCount.n;
  const indexBytes = await adapter.search.size(db);
  await conn.close();

  // Search through the data layer, as the page does.
  const { searchArticles } = await import('@/lib/dal/search');
  const member = { id: author.id, name: 'Bench', email: 'bench@example.com', roles: [], locale: 'en' } as never;
  const list = queries();
  // Warm up: the first queries load pages of the index into the cache.
  for (const item of list.slice(0, 20)) await searchArticles({ viewer: member, locale: 'en', query: item.q });
  const times: number[] = [];
  const slowest: { q: string; ms: number; total: number }[] = [];
  let hits = 0;
  for (const item of list) {
    const t0 = performance.now();
    const result = await searchArticles({
      viewer: item.signedIn ? member : null,
      locale: 'en',
      query: item.q,
      filters: item.filters as never,
    });
    const ms = performance.now() - t0;
    times.push(ms);
    slowest.push({ q: item.q, ms, total: result.status === 'ok' ? result.total : 0 });
    if (result.status === 'ok') hits += result.total;
  }
  slowest.sort((a, b) => b.ms - a.ms);
  console.error(`${adapter.name}: slowest queries: ${slowest.slice(0, 8).map((s) => `${s.q} (${s.ms.toFixed(0)} ms, ${s.total})`).join('; ')}`);
  times.sort((a, b) => a - b);
  const { closeDatabase } = await import('@/db/client');
  await closeDatabase();
  console.log(
    `RESULT ${JSON.stringify({
      dialect: adapter.name,
      articles: ARTICLES,
      indexed,
      generateSeconds,
      buildSeconds,
      indexMb: indexBytes / 1024 / 1024,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1),
      meanTotal: hits / list.length,
    })}`,
  );
}

function eqId(schema: { articles: { id: unknown } }, id: number) {
  // Imported lazily with the rest of drizzle above; kept tiny for the loop.
  return eqFn(schema.articles.id, id);
}
let eqFn: (a: unknown, b: unknown) => never;

// ---------------------------------------------------------------------------------------

type Result = {
  dialect: string;
  articles: number;
  indexed: number;
  generateSeconds: number;
  buildSeconds: number;
  indexMb: number;
  p50: number;
  p95: number;
  max: number;
  meanTotal: number;
};

function child(url: string, reuse = false): Result | null {
  const run = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.resolve('scripts/bench-search.ts'), '--child'],
    // The child inherits this process's environment, with the database it is to measure.
    { env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production', BENCH_REUSE: reuse ? '1' : '' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 },
  );
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (run.status !== 0 || !line) {
    console.error(run.stdout);
    return null;
  }
  return JSON.parse(line.slice(7)) as Result;
}

async function main() {
  const id = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const file = path.join(tmpdir(), `newsroom-bench-search-${id}.db`);
  const results: Result[] = [];
  console.log(`Generating ${ARTICLES.toLocaleString('en')} articles into each database; this takes a few minutes.`);
  try {
    const r = toolEnv().BENCH_PG_ONLY ? null : child(`file:${file}`);
    if (r) results.push({ ...r, indexMb: r.indexMb });
    try {
      console.log(`SQLite file: ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB in all.`);
    } catch {
      // not there
    }
  } finally {
    if (!toolEnv().BENCH_KEEP) for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
    else console.log(`Kept ${file}`);
  }
  if (toolEnv().BENCH_SQLITE_ONLY) return report(results);
  const admin = postgres(PG_ADMIN, { max: 1, onnotice: () => {} });
  const kept = toolEnv().BENCH_PG_DB;
  const name = kept || `newsroom_bench_${id}`;
  try {
    const exists = kept ? (await admin`select 1 from pg_database where datname = ${kept}`).length > 0 : false;
    if (exists) console.log(`Searching the kept database ${name} again.`);
    else await admin.unsafe(`create database ${name}`);
    const url = new URL(PG_ADMIN);
    url.pathname = `/${name}`;
    const r = child(url.toString(), exists);
    if (r) results.push(r);
  } catch (error) {
    console.error(`PostgreSQL skipped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (kept) console.log(`Kept the PostgreSQL database ${name}.`);
    else await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
  report(results);
  if (results.length < 2) process.exitCode = 1;
}

function report(results: Result[]) {
  console.log('');
  console.log(`Search over ${ARTICLES.toLocaleString('en')} articles (mixed English and Chinese), ${QUERIES} queries:`);
  console.log('database    | index build | index size | p50      | p95      | max      | mean hits');
  for (const r of results) {
    console.log(
      `${r.dialect.padEnd(11)} | ${`${r.buildSeconds.toFixed(1)} s`.padStart(11)} | ${`${r.indexMb.toFixed(0)} MB`.padStart(10)} | ${`${r.p50.toFixed(1)} ms`.padStart(8)} | ${`${r.p95.toFixed(1)} ms`.padStart(8)} | ${`${r.max.toFixed(1)} ms`.padStart(8)} | ${r.meanTotal.toFixed(0)}`,
    );
  }
  const sqlite = results.find((r) => r.dialect === 'sqlite');
  if (sqlite) console.log(`Goal p95 < 30 ms on SQLite: ${sqlite.p95 < 30 ? 'met' : 'NOT met'} (${sqlite.p95.toFixed(1)} ms).`);
}

if (process.argv.includes('--child')) {
  const { eq } = await import('drizzle-orm');
  eqFn = eq as never;
  await runOne();
} else {
  await main();
}
