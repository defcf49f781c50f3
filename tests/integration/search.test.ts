import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, schema, transaction } from '@/db/client';
import type { ArticleInput } from '@/lib/article-fields';
import { saveArticle } from '@/lib/dal/article-save';
import { rebuildSearchIndex, searchArticles, syncSearchDocument, type SearchResult } from '@/lib/dal/search';
import { publishDueArticles } from '@/lib/dal/scheduler';
import { emptyMeeting, type MeetingData } from '@/lib/meeting';
import type { Viewer } from '@/lib/permissions';
import { articleIn, move, v, version } from '../support/published';
import { articleInput } from '../support/article-input';

let categoryId: number;
beforeAll(async () => {
  const [c] = await db.select({ id: schema.categories.id }).from(schema.categories).limit(1);
  categoryId = c.id;
});

const article = articleIn;
const fieldsSync = (overrides: Partial<ArticleInput> = {}): ArticleInput =>
  articleInput(categoryId, { title: 'Search article', ...overrides });

async function search(viewer: Viewer | null, query: string, extra: Partial<Parameters<typeof searchArticles>[0]> = {}) {
  return searchArticles({ viewer, locale: 'en', query, ...extra });
}

function ok(result: SearchResult) {
  if (result.status !== 'ok') throw new Error(`Expected results, got ${result.status}`);
  return result;
}

const ids = (result: SearchResult) => ok(result).hits.map((h) => h.id);
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('search over the seeded content', () => {
  it('finds the seeded published articles after seeding', async () => {
    const [row] = await db
      .select({ id: schema.articles.id, title: schema.articleRevisions.title })
      .from(schema.articles)
      .innerJoin(schema.articleRevisions, eq(schema.articleRevisions.id, schema.articles.liveRevisionId))
      .where(and(eq(schema.articles.status, 'published'), eq(schema.articles.visibility, 'public')))
      .limit(1);
    expect(ids(await search(null, `"${row.title}"`))).toContain(row.id);
    const [{ n }] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(schema.searchDocuments);
    const [{ p }] = await db
      .select({ p: sql<number>`count(*)`.mapWith(Number) })
      .from(schema.articles)
      .where(eq(schema.articles.status, 'published'));
    expect(n).toBe(p);
  });
});

describe('matching in both languages', () => {
  let zh: number;
  let en: number;
  beforeAll(async () => {
    zh = await article('published', {
      title: '海盛集团推进数字化转型',
      body: '<p>会议要求加快翡翠犀牛项目建设。</p>',
      language: 'zh',
    });
    en = await article('published', {
      title: 'Zorblat layout',
      body: '<p>We are optimizing the zorblat layout across the group.</p>',
    });
  });

  it('finds Chinese text by any part of two characters or more, names included', async () => {
    for (const q of ['数字', '字化', '数字化', '海盛', '翡翠犀牛', '犀牛项目']) expect(ids(await search(null, q))).toContain(zh);
    expect(ids(await search(null, '犀翡'))).not.toContain(zh);
  });

  it('finds English word forms and prefixes', async () => {
    for (const q of ['optimize zorblat', 'optimized zorblat', 'zorblat optimization', 'zorbl', 'ZORBLAT Layouts']) {
      expect(ids(await search(null, q))).toContain(en);
    }
    expect(ids(await search(null, 'zorblat layouting engine'))).not.toContain(en);
  });

  it('matches quoted phrases in order only', async () => {
    expect(ids(await search(null, '"zorblat layout"'))).toContain(en);
    expect(ids(await search(null, '"layout zorblat"'))).not.toContain(en);
  });

  it('highlights the matches in titles and snippets, as text', async () => {
    const hit = ok(await search(null, '犀牛')).hits.find((h) => h.id === zh)!;
    expect(hit.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['犀牛']);
    const enHit = ok(await search(null, 'optimize zorblat')).hits.find((h) => h.id === en)!;
    expect(enHit.title.filter((p) => p.mark).map((p) => p.text)).toEqual(['Zorblat']);
    expect(enHit.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['optimizing', 'zorblat']);
  });

  it('searches meeting data: speakers, key tasks, presider, name and location', async () => {
    const meeting: MeetingData = {
      name: 'Quorvane mid-year meeting',
      kind: 'board',
      date: '2023-07-20',
      location: 'Vantril hall',
      presider: { name: '钱伯涛', position: 'Chairman' },
      attendees: '',
      speeches: [{ speaker: '孙蔚然', position: 'CEO', title: 'Report', summary: '', keyTasks: ['To streamline glimmerwick procurement'] }],
      closingRemarks: '',
      quotes: [],
    };
    const id = await article('published', { title: 'Meeting report' }, meeting);
    for (const q of ['quorvane', 'vantril', '钱伯涛', '蔚然', 'glimmerwick streamlined']) expect(ids(await search(null, q))).toContain(id);
  });
});

describe('ranking', () => {
  it('ranks title matches above body matches', async () => {
    // The title match is the older one, so that recency cannot explain the order.
    const title = await article('published', { title: 'Quillfeather', body: '<p>A long body about something else entirely.</p>' });
    const body = await article('published', { title: 'Other news', body: '<p>quillfeather quillfeather quillfeather report</p>' });
    expect(ids(await search(null, 'quillfeather'))).toEqual([title, body]);
  });

  it('ranks summary matches above body matches', async () => {
    const summary = await article('published', { title: 'First', summary: 'About the glintmarrow plan' });
    const body = await article('published', { title: 'Second', body: '<p>glintmarrow glintmarrow</p>' });
    expect(ids(await search(null, 'glintmarrow'))).toEqual([summary, body]);
  });

  it('ranks whole-word matches above partial ones', async () => {
    // 集团 is a word in 海盛集团召开, and only a pair of characters across words in 密集团结.
    const whole = await article('published', { title: '蓝鲸通讯', body: '<p>海盛集团召开会议</p>', language: 'zh' });
    const partial = await article('published', { title: '蓝鲸通讯', body: '<p>员工密集团结一致</p>', language: 'zh' });
    expect(ids(await search(null, '蓝鲸 集团'))).toEqual([whole, partial]);
  });
});

describe('filters and pages', () => {
  it('filters by category, unit, year and meeting kind', async () => {
    const [cat] = await db
      .select({ id: schema.categories.id, slug: schema.categories.slug })
      .from(schema.categories)
      .where(sql`${schema.categories.id} <> ${categoryId}`)
      .limit(1);
    const [unit] = await db.select({ id: schema.units.id, code: schema.units.code }).from(schema.units).where(eq(schema.units.code, 'HQ-DIC'));
    const meeting: MeetingData = { ...emptyMeeting(), name: 'Board', kind: 'board', date: '2024-01-01' };
    const a = await article('published', { title: 'Plinthwort one', categoryId: cat.id, sourceUnitId: unit.id }, meeting);
    const b = await article('published', { title: 'Plinthwort two' });
    const all = ids(await search(null, 'plinthwort'));
    expect(all.sort()).toEqual([a, b].sort());
    expect(ids(await search(null, 'plinthwort', { filters: { category: cat.slug } }))).toEqual([a]);
    expect(ids(await search(null, 'plinthwort', { filters: { unit: 'HQ-DIC' } }))).toEqual([a]);
    // A unit covers the units below it.
    expect(ids(await search(null, 'plinthwort', { filters: { unit: 'GROUP' } }))).toEqual([a]);
    expect(ids(await search(null, 'plinthwort', { filters: { kind: 'board' } }))).toEqual([a]);
    expect(ids(await search(null, 'plinthwort', { filters: { kind: 'annual_work' } }))).toEqual([]);
    const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()));
    expect(ids(await search(null, 'plinthwort', { filters: { year } })).sort()).toEqual([a, b].sort());
    expect(ids(await search(null, 'plinthwort', { filters: { year: 2001 } }))).toEqual([]);
    expect(ids(await search(null, 'plinthwort', { filters: { category: 'no-such-category' } }))).toEqual([]);
  });

  it('pages through the results', async () => {
    const made: number[] = [];
    for (let i = 0; i < 12; i++) made.push(await article('published', { title: `Pagewort ${i}` }));
    const first = ok(await search(null, 'pagewort'));
    expect(first.total).toBe(12);
    expect(first.pages).toBe(2);
    expect(first.hits).toHaveLength(10);
    const second = ok(await search(null, 'pagewort', { page: 2 }));
    expect(second.hits).toHaveLength(2);
    expect([...first.hits, ...second.hits].map((h) => h.id).sort()).toEqual(made.sort());
    expect(ok(await search(null, 'pagewort', { page: 3 })).hits).toEqual([]);
  });
});

describe('only what the viewer may read', () => {
  const STATES = ['draft', 'in_review', 'approved', 'scheduled', 'rejected', 'archived'] as const;
  const canaries: Record<string, number> = {};
  let internal: number;
  let pending: number;

  beforeAll(async () => {
    for (const state of STATES) {
      canaries[state] = await article(state, {
        title: `Canarywort ${state} 金丝雀标记`,
        summary: `canarywort summary ${state}`,
        body: `<p>canarywort body ${state} 金丝雀正文</p>`,
      });
    }
    internal = await article('published', { title: 'Canarywort internal 金丝雀内部', visibility: 'internal' });
    pending = await article('published', { title: 'Stablewort live title', body: '<p>stablewort live body</p>' });
    await saveArticle({
      viewer: await v('editor'),
      id: pending,
      baseVersion: await version(pending),
      fields: fieldsSync({ title: 'Canarywort pending 金丝雀待审', body: '<p>canarywort pending text 金丝雀待审</p>' }),
    });
  });

  it('never finds unpublished articles, for anyone, in hits or counts', async () => {
    for (const who of [null, await v('reader'), await v('editor'), await v('admin')]) {
      for (const q of ['canarywort', '金丝雀', 'canarywort summary', '"canarywort body"', 'canaryw']) {
        const result = ok(await search(who, q));
        const found = result.hits.map((h) => h.id);
        for (const state of STATES) expect(found).not.toContain(canaries[state]);
        expect(found).not.toContain(pending);
        expect(result.total).toBe(who ? (found.includes(internal) ? found.length : found.length) : 0);
        for (const h of result.hits) expect(text(h.title) + text(h.snippet)).not.toMatch(/pending|待审/);
      }
    }
  });

  it('shows internal articles to signed-in readers only', async () => {
    expect(ids(await search(await v('reader'), 'canarywort'))).toEqual([internal]);
    const anonymous = ok(await search(null, 'canarywort'));
    expect(anonymous.hits).toEqual([]);
    expect(anonymous.total).toBe(0);
    expect(ok(await search(null, '金丝雀内部')).total).toBe(0);
  });

  it('finds the live text of an article with a pending revision, never the pending text', async () => {
    const hit = ok(await search(null, 'stablewort')).hits.find((h) => h.id === pending);
    expect(text(hit!.title)).toBe('Stablewort live title');
    expect(text(hit!.snippet)).toContain('stablewort live body');
  });
});

describe('keeping the index current', () => {
  it('follows publish, unpublish and the publication of a new revision', async () => {
    const id = await article('approved', { title: 'Lumenfrost first', body: '<p>lumenfrost oldtext</p>' });
    expect(ids(await search(null, 'lumenfrost'))).toEqual([]);
    await move('editor', id, 'publish');
    expect(ids(await search(null, 'lumenfrost'))).toEqual([id]);
    const [doc] = await db.select().from(schema.searchDocuments).where(eq(schema.searchDocuments.articleId, id));
    const [head] = await db.select().from(schema.articles).where(eq(schema.articles.id, id));
    expect(doc.revisionId).toBe(head.liveRevisionId);

    await saveArticle({
      viewer: await v('editor'),
      id,
      baseVersion: await version(id),
      fields: fieldsSync({ title: 'Lumenfrost second', body: '<p>lumenfrost newtext</p>' }),
    });
    expect(ids(await search(null, 'newtext'))).toEqual([]);
    expect(ids(await search(null, 'oldtext'))).toEqual([id]);
    await move('editor', id, 'submit');
    await move('approver', id, 'approve');
    await move('editor', id, 'publish');
    expect(ids(await search(null, 'newtext'))).toEqual([id]);
    expect(ids(await search(null, 'oldtext'))).toEqual([]);

    await move('editor', id, 'unpublish');
    expect(ids(await search(null, 'lumenfrost'))).toEqual([]);
    const left = await db.select().from(schema.searchDocuments).where(eq(schema.searchDocuments.articleId, id));
    expect(left).toEqual([]);
  });

  it('indexes what the scheduler publishes', async () => {
    const id = await article('scheduled', { title: 'Chronowisp scheduled' });
    expect(ids(await search(null, 'chronowisp'))).toEqual([]);
    const later = new Date(Date.now() + 2 * 3600_000);
    const run = await publishDueArticles({ now: later });
    expect(run.published).toContain(id);
    expect(ids(await search(null, 'chronowisp', { now: later }))).toEqual([id]);
  });

  it('writes the index inside the caller’s transaction: a rollback leaves it as it was', async () => {
    const id = await article('approved', { title: 'Rollwisp rolled back' });
    await expect(
      transaction(async (tx) => {
        await tx.update(schema.articles).set({ status: 'published', publishedAt: new Date(), liveRevisionId: sql`${schema.articles.workingRevisionId}` }).where(eq(schema.articles.id, id));
        await syncSearchDocument(tx, id);
        const inside = await tx.select().from(schema.searchDocuments).where(eq(schema.searchDocuments.articleId, id));
        expect(inside).toHaveLength(1);
        throw new Error('fail after indexing');
      }),
    ).rejects.toThrow('fail after indexing');
    expect(await db.select().from(schema.searchDocuments).where(eq(schema.searchDocuments.articleId, id))).toEqual([]);
    expect(ids(await search(null, 'rollwisp'))).toEqual([]);
  });

  it('rebuilds the whole index', async () => {
    const id = await article('published', { title: 'Rebuildwort' });
    await db.delete(schema.searchDocuments).where(sql`1 = 1`);
    expect(ids(await search(null, 'rebuildwort'))).toEqual([]);
    const count = await rebuildSearchIndex();
    const [{ p }] = await db
      .select({ p: sql<number>`count(*)`.mapWith(Number) })
      .from(schema.articles)
      .where(eq(schema.articles.status, 'published'));
    expect(count).toBe(p);
    expect(ids(await search(null, 'rebuildwort'))).toEqual([id]);
  });
});

describe('upgrading a database without an index', () => {
  it('fills the index at start-up', async () => {
    const id = await article('published', { title: 'Upgradewort' });
    await db.delete(schema.searchDocuments).where(sql`1 = 1`);
    expect(ids(await search(null, 'upgradewort'))).toEqual([]);
    const { openDatabase } = await import('@/lib/server/bootstrap');
    const conn = await openDatabase(process.env.DATABASE_URL as string);
    await conn.close();
    expect(ids(await search(null, 'upgradewort'))).toEqual([id]);
  });
});

describe('bad input', () => {
  const inputs = [
    'x'.repeat(10_000),
    '数'.repeat(10_000),
    '"unbalanced',
    'unbalanced" quote',
    '"',
    'NEAR(a b)',
    'a NEAR/2 b',
    '*',
    'opt*',
    '-digital',
    'title:digital',
    ':',
    "'; drop table articles; --",
    "1' or '1'='1",
    'a & b | !c <-> d:*',
    '\\',
    '😀🎉',
    '👨‍👩‍👧 family',
    '{title body}: x',
    '^a',
    'AND OR NOT',
    '\u0000',
    '海',
  ];

  it.each(inputs.map((q) => [q.length > 40 ? `${q.slice(0, 10)}… (${q.length} characters)` : q, q]))(
    'answers %j without an error',
    async (_label, q) => {
      const result = await search(null, q);
      expect(['ok', 'no_terms']).toContain(result.status);
      if (result.status === 'ok') expect(result.total).toBeGreaterThanOrEqual(0);
    },
  );

  it('tells an empty query apart', async () => {
    expect((await search(null, '')).status).toBe('empty');
    expect((await search(null, '   ')).status).toBe('empty');
    expect((await search(null, '*** --- :::')).status).toBe('no_terms');
  });

  it('says when a long query was cut', async () => {
    const result = ok(await search(null, 'zorblat '.repeat(1000)));
    expect(result.truncated).toBe(true);
  });
});
