// The benchmark's data: the demo content plus `count` published articles (a third public,
// English and Chinese alternating), and two drafts of the demo editor for the writers'
// measurements. Works on either database.
import { and, eq, sql } from 'drizzle-orm';
import type { Connection, Db } from '@/db/dialect';
import { seedDemo } from '@/db/seed';
import { metaOfLive, rowOf } from '@/lib/article-fields';
import { generatedFields } from './generated-fields';

const words = {
  en: 'group quarterly safety digital plant supply market team training quality energy logistics customer project report results review plan innovation audit service'.split(' '),
  zh: '集团 季度 安全 数字化 工厂 供应链 市场 团队 培训 质量 能源 物流 客户 项目 报告 成果 评审 计划 创新 审计 服务'.split(' '),
};

export function benchText(lang: 'en' | 'zh', n: number, seed: number) {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[lang][(seed * 7 + i * 13) % words[lang].length]);
  return lang === 'en' ? out.join(' ') : out.join('');
}

export type BenchArticle = { id: number; slug: string };
export type BenchData = {
  pub: BenchArticle;
  internal: BenchArticle;
  category: string;
  /** Drafts of the demo editor: one saved over and over, one moved back and forth. */
  saveDraft: number;
  moveDraft: number;
};

export async function seedBench(conn: Connection, count: number, password: string): Promise<BenchData> {
  await seedDemo(conn.db, conn.schema, { password });
  const { schema, db } = conn;
  const [author] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, 'editor@newsroom.example'));
  const cats = await db.select({ id: schema.categories.id, slug: schema.categories.slug }).from(schema.categories);
  const units = await db.select({ id: schema.units.id }).from(schema.units);
  const started = Date.now();
  const insert = async (tx: Db, i: number, status: 'published' | 'draft') => {
    const lang = i % 2 === 0 ? 'en' : 'zh';
    const when = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000 * 5);
    const title = `${benchText(lang, 6, i)} ${i}`;
    const fields = generatedFields({
      categoryId: cats[i % cats.length].id,
      sourceUnitId: units[i % units.length].id,
      language: lang,
      visibility: i % 3 === 0 ? 'public' : 'internal',
    });
    const meta = metaOfLive(fields);
    const [a] = await tx
      .insert(schema.articles)
      .values({
        slug: lang === 'en' ? title.toLowerCase().replace(/[^a-z0-9]+/g, '-') : '',
        ...rowOf(fields),
        authorId: author.id,
        status,
        publishedAt: status === 'published' ? when : null,
      })
      .returning({ id: schema.articles.id });
    const body = Array.from({ length: 6 }, (_, p) => `<p>${benchText(lang, 60, i + p)}</p>`).join('');
    const [r] = await tx
      .insert(schema.articleRevisions)
      .values({ articleId: a.id, version: 1, title, summary: benchText(lang, 20, i + 1), body, meta, editorId: author.id })
      .returning({ id: schema.articleRevisions.id });
    await tx
      .update(schema.articles)
      .set(status === 'published' ? { liveRevisionId: r.id } : { workingRevisionId: r.id })
      .where(eq(schema.articles.id, a.id));
    return a.id;
  };
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    await db.transaction(async (tx) => {
      for (let i = start; i < Math.min(count, start + batch); i++) await insert(tx, i, 'published');
    });
  }
  const saveDraft = await insert(db, count, 'draft');
  const moveDraft = await insert(db, count + 2, 'draft');
  console.log(`Seeded ${count} articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  // The newest English article of each visibility: the pages measured.
  const newest = async (visibility: 'public' | 'internal') =>
    (
      await db
        .select({ id: schema.articles.id, slug: schema.articles.slug })
        .from(schema.articles)
        .where(and(eq(schema.articles.visibility, visibility), eq(schema.articles.status, 'published'), eq(schema.articles.language, 'en')))
        .orderBy(sql`${schema.articles.id} desc`)
        .limit(1)
    )[0];
  return { pub: await newest('public'), internal: await newest('internal'), category: cats[0].slug, saveDraft, moveDraft };
}
