import { eq, sql } from 'drizzle-orm';
import { hashPassword, generatePassword } from '@/lib/auth/password';
import type { Role } from '@/lib/permissions';
import { sanitizeBody } from '@/lib/sanitize';
import { slugify } from '@/lib/utils';
import type { Db, Schema } from './dialect';
import { indexArticle } from './search-index';
import type { ProcessedImage } from '@/lib/uploads/images';
import { createDemoCover, drawCovers, removeStored } from './seed/cover-files';
import type { SeedArticle, SeedCategory, SeedUnit } from './seed/types';

// Fills an empty database. Runs from the start script and `npm run db:seed`, never from a
// route. Idempotent: a database that already has users or articles is left alone.

export type SeededUser = { role: string; email: string; password: string; unit: string | null };

type DemoUser = { key: string; email: string; name: string; roles: { role: Role; unit?: string }[]; locale: 'en' | 'zh' };

/** The starting structure of a production install (`NEWSROOM_SEED=none`): renamed by admins later. */
const BASE_UNITS: SeedUnit[] = [{ code: 'GROUP', nameEn: 'Group headquarters', nameZh: '集团总部', kind: 'group' }];
const BASE_CATEGORIES: SeedCategory[] = [
  { slug: 'group-news', nameEn: 'Group news', nameZh: '集团要闻' },
  { slug: 'meetings', nameEn: 'Meetings', nameZh: '会议报道' },
  { slug: 'notices', nameEn: 'Notices', nameZh: '通知公告' },
];

export async function isEmpty(db: Db, schema: Schema) {
  const [u] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(schema.users);
  const [a] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(schema.articles);
  const [c] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(schema.categories);
  return u.n === 0 && a.n === 0 && c.n === 0;
}

async function insertUnits(db: Db, schema: Schema, list: SeedUnit[]) {
  const ids = new Map<string, number>();
  for (const [i, u] of list.entries()) {
    const [row] = await db
      .insert(schema.units)
      .values({
        code: u.code,
        nameEn: u.nameEn,
        nameZh: u.nameZh,
        kind: u.kind,
        parentId: u.parent ? (ids.get(u.parent) ?? null) : null,
        sortOrder: i,
      })
      .onConflictDoNothing()
      .returning({ id: schema.units.id });
    if (row) ids.set(u.code, row.id);
  }
  return ids;
}

async function insertCategories(db: Db, schema: Schema, list: SeedCategory[]) {
  const ids = new Map<string, number>();
  for (const [i, c] of list.entries()) {
    const [row] = await db
      .insert(schema.categories)
      .values({ slug: c.slug, nameEn: c.nameEn, nameZh: c.nameZh, sortOrder: i })
      .onConflictDoNothing()
      .returning({ id: schema.categories.id });
    if (row) ids.set(c.slug, row.id);
  }
  return ids;
}

/** The structure only: the group unit and a few categories. */
export async function seedBase(db: Db, schema: Schema) {
  return db.transaction(async (tx) => {
    if (!(await isEmpty(tx, schema))) return false;
    await insertUnits(tx, schema, BASE_UNITS);
    await insertCategories(tx, schema, BASE_CATEGORIES);
    return true;
  });
}

/**
 * Demo data: units, categories, demo users for every role and a few dozen articles in
 * both languages. Passwords are random unless `password` is given (tests use that), and
 * are returned so that the caller can print them once.
 */
export async function seedDemo(db: Db, schema: Schema, opts: SeedOptions = {}): Promise<SeededUser[] | null> {
  // One transaction: a seed that fails half way leaves an empty database, which the next
  // start seeds again, and takes back the cover images it stored.
  const stored: string[] = [];
  try {
    return await db.transaction((tx) => seedDemoIn(tx, schema, opts, stored));
  } catch (error) {
    await removeStored(stored);
    throw error;
  }
}

type SeedOptions = {
  password?: string;
  /** Draw cover images for the published demo articles (default); tests that do not look at them skip the work. */
  covers?: boolean;
};

async function seedDemoIn(db: Db, schema: Schema, opts: SeedOptions, stored: string[]): Promise<SeededUser[] | null> {
  if (!(await isEmpty(db, schema))) return null;
  const content = await import('./seed/content');
  const unitIds = await insertUnits(db, schema, content.units);
  const categoryIds = await insertCategories(db, schema, content.categories);
  const firstCompany = content.units.find((u) => u.kind === 'company')?.code ?? 'GROUP';
  const secondCompany = content.units.filter((u) => u.kind === 'company')[1]?.code ?? firstCompany;

  const seriesIds = new Map<string, number>();
  for (const s of content.series) {
    const [row] = await db
      .insert(schema.meetingSeries)
      .values({ slug: s.slug, nameEn: s.nameEn, nameZh: s.nameZh, unitId: unitIds.get(s.unit) ?? null })
      .returning({ id: schema.meetingSeries.id });
    seriesIds.set(s.slug, row.id);
  }

  const demoUsers: DemoUser[] = [
    { key: 'admin', email: 'admin@newsroom.example', name: 'Alex Admin', roles: [{ role: 'admin' }], locale: 'en' },
    { key: 'editor', email: 'editor@newsroom.example', name: 'Emma Editor', roles: [{ role: 'editor' }], locale: 'en' },
    {
      key: 'editor2',
      email: 'editor.unit@newsroom.example',
      name: '王晓明',
      roles: [{ role: 'editor', unit: firstCompany }],
      locale: 'zh',
    },
    { key: 'approver', email: 'approver@newsroom.example', name: 'Aaron Approver', roles: [{ role: 'approver' }], locale: 'en' },
    {
      key: 'approver-unit',
      email: 'approver.unit@newsroom.example',
      name: '李静',
      roles: [{ role: 'approver', unit: secondCompany }],
      locale: 'zh',
    },
    { key: 'reader', email: 'reader@newsroom.example', name: 'Riley Reader', roles: [{ role: 'reader' }], locale: 'en' },
  ];

  const seeded: SeededUser[] = [];
  const userIds = new Map<string, number>();
  for (const u of demoUsers) {
    const password = opts.password ?? generatePassword();
    const [row] = await db
      .insert(schema.users)
      .values({
        email: u.email,
        name: u.name,
        passwordHash: await hashPassword(password),
        locale: u.locale,
        unitId: unitIds.get(u.roles.find((g) => g.unit)?.unit ?? 'GROUP') ?? null,
      })
      .returning({ id: schema.users.id });
    userIds.set(u.key, row.id);
    const grants = [{ userId: row.id, role: 'reader' as Role, unitId: null as number | null }];
    for (const g of u.roles) {
      if (g.role !== 'reader') grants.push({ userId: row.id, role: g.role, unitId: g.unit ? (unitIds.get(g.unit) ?? null) : null });
    }
    await db.insert(schema.roleGrants).values(grants);
    for (const g of u.roles) seeded.push({ role: g.role, email: u.email, password, unit: g.unit ?? null });
  }

  await insertArticles(db, schema, content.articles, { unitIds, categoryIds, seriesIds, userIds }, opts.covers === false ? null : stored);
  const published = await db
    .select({ id: schema.articles.id })
    .from(schema.articles)
    .where(eq(schema.articles.status, 'published'));
  for (const a of published) await indexArticle(db, schema, a.id);
  return seeded;
}

async function insertArticles(
  db: Db,
  schema: Schema,
  list: SeedArticle[],
  ids: {
    unitIds: Map<string, number>;
    categoryIds: Map<string, number>;
    seriesIds: Map<string, number>;
    userIds: Map<string, number>;
  },
  /** Where to note the storage keys of the covers drawn; null draws none. */
  covers: string[] | null,
) {
  const tagIds = new Map<string, number>();
  const articleIds = new Map<string, number>();
  // Oldest first, so that ids follow publication order as they would in real use.
  const ordered = [...list].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  // Notices go without a picture, as they would in real use; the pages look finished either way.
  const coverSeed = (a: SeedArticle) => (covers && a.status === 'published' && a.category !== 'notices' ? (a.translationOf ?? a.key) : null);
  const drawn = drawCovers(new Map(ordered.flatMap((a) => (coverSeed(a) ? [[coverSeed(a) as string, a.category] as const] : []))));
  for (const a of ordered) {
    const authorId = ids.userIds.get(a.author) ?? ids.userIds.get('editor');
    const categoryId = ids.categoryIds.get(a.category);
    if (!authorId || !categoryId) throw new Error(`Seed article ${a.key} names an unknown author or category.`);
    const when = new Date(a.publishedAt);
    const published = a.status === 'published';
    const [article] = await db
      .insert(schema.articles)
      .values({
        slug: a.lang === 'en' ? slugify(a.title) : '',
        categoryId,
        sourceUnitId: ids.unitIds.get(a.unit) ?? null,
        sourceText: a.sourceText ?? null,
        authorId,
        language: a.lang,
        seriesId: a.series ? (ids.seriesIds.get(a.series) ?? null) : null,
        visibility: a.visibility,
        pinned: !!a.pinned,
        featured: !!a.featured,
        mustRead: !!a.mustRead,
        status: a.status,
        submittedVersion: a.status === 'in_review' ? 1 : null,
        publishedAt: published ? when : null,
        createdAt: when,
        updatedAt: when,
      })
      .returning({ id: schema.articles.id });
    articleIds.set(a.key, article.id);
    const seed = coverSeed(a);
    const coverKey =
      covers && seed
        ? await createDemoCover(db, schema, {
            image: drawn.get(seed) as Promise<ProcessedImage>,
            name: `${a.key}.jpg`,
            articleId: article.id,
            uploaderId: authorId,
            createdAt: when,
            stored: covers,
          })
        : null;
    const [revision] = await db
      .insert(schema.articleRevisions)
      .values({
        articleId: article.id,
        version: 1,
        title: a.title,
        summary: a.summary,
        body: sanitizeBody(a.body),
        meeting: a.meeting ?? null,
        meta: {
          categoryId,
          sourceUnitId: ids.unitIds.get(a.unit) ?? null,
          sourceText: a.sourceText ?? '',
          language: a.lang,
          translationId: null,
          seriesId: a.series ? (ids.seriesIds.get(a.series) ?? null) : null,
          visibility: a.visibility,
          pinned: !!a.pinned,
          featured: !!a.featured,
          mustRead: !!a.mustRead,
          tags: [...new Set(a.tags)],
          coverKey,
          attachments: [],
          originalDate: '',
          startingViews: 0,
        },
        editorId: authorId,
        createdAt: when,
        updatedAt: when,
      })
      .returning({ id: schema.articleRevisions.id });
    await db
      .update(schema.articles)
      .set({ liveRevisionId: published ? revision.id : null, workingRevisionId: published ? null : revision.id, coverKey, updatedAt: when })
      .where(eq(schema.articles.id, article.id));
    for (const tag of a.tags) {
      let tagId = tagIds.get(tag);
      if (!tagId) {
        const [row] = await db.insert(schema.tags).values({ slug: tag, name: tag }).returning({ id: schema.tags.id });
        tagId = row.id;
        tagIds.set(tag, tagId);
      }
      await db.insert(schema.articleTags).values({ articleId: article.id, tagId }).onConflictDoNothing();
    }
    if (published && a.views > 0) {
      await db.insert(schema.articleViews).values({ articleId: article.id, views: a.views, readers: 0 });
    }
  }
  for (const a of list) {
    if (!a.translationOf) continue;
    const id = articleIds.get(a.key);
    const other = articleIds.get(a.translationOf);
    if (!id || !other) throw new Error(`Seed article ${a.key} is a translation of unknown ${a.translationOf}.`);
    for (const [from, to] of [
      [id, other],
      [other, id],
    ]) {
      await db.update(schema.articles).set({ translationId: to }).where(eq(schema.articles.id, from));
      const revisions = await db
        .select({ id: schema.articleRevisions.id, meta: schema.articleRevisions.meta })
        .from(schema.articleRevisions)
        .where(eq(schema.articleRevisions.articleId, from));
      for (const r of revisions) {
        if (!r.meta) continue;
        await db
          .update(schema.articleRevisions)
          .set({ meta: { ...r.meta, translationId: to } })
          .where(eq(schema.articleRevisions.id, r.id));
      }
    }
  }
}
