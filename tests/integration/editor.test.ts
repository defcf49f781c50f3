import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import type { ArticleInput } from '@/lib/article-fields';
import { getArticleForReader, getArticlePreview } from '@/lib/dal/article-detail';
import { getPublishedArticles } from '@/lib/dal/articles';
import { createArticle, restoreRevision, saveArticle, StaleVersionError } from '@/lib/dal/article-save';
import { getArticleForEdit, getEditorOptions, getTranslationCandidates } from '@/lib/dal/editor';
import { getRevisionPair, listRevisions } from '@/lib/dal/revisions';
import { getStaffHome } from '@/lib/dal/staff-desk';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { diffSnapshots } from '@/lib/diff';
import { viewerFor } from '../support/viewers';
import { articleInputIn } from '../support/article-input';

async function unitId(code: string) {
  const [u] = await db.select({ id: schema.units.id }).from(schema.units).where(eq(schema.units.code, code));
  return u.id;
}

const fields = (overrides: Partial<ArticleInput> = {}) =>
  articleInputIn(null, {
    title: 'Quarterly safety review',
    summary: 'What the review found.',
    body: '<h2>Findings</h2><p>All sites passed.</p>',
    visibility: 'internal',
    tags: ['safety'],
    ...overrides,
  });

async function revisionCount(articleId: number) {
  const rows = await db
    .select({ id: schema.articleRevisions.id })
    .from(schema.articleRevisions)
    .where(eq(schema.articleRevisions.articleId, articleId));
  return rows.length;
}

describe('creating and saving drafts', () => {
  it('creates a draft with its first revision, sanitizing the body on the server', async () => {
    const editor = await viewerFor('editor');
    const saved = await createArticle({
      viewer: editor,
      fields: await fields({ body: '<p onclick="x()">Hi<script>alert(1)</script><a href="javascript:alert(1)">x</a></p>' }),
    });
    expect(saved.version).toBe(1);
    const article = await getArticleForEdit({ viewer: editor, id: saved.id });
    expect(article.status).toBe('draft');
    expect(article.fields.title).toBe('Quarterly safety review');
    expect(article.fields.body).not.toMatch(/script|onclick|javascript/i);
    expect(article.fields.tags).toEqual(['safety']);
    expect(await revisionCount(saved.id)).toBe(1);
  });

  it('refuses readers, whatever they call', async () => {
    const reader = await viewerFor('reader');
    const editor = await viewerFor('editor');
    const { id } = await createArticle({ viewer: editor, fields: await fields() });
    await expect(createArticle({ viewer: reader, fields: await fields() })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveArticle({ viewer: reader, id, baseVersion: 1, fields: await fields() })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getArticleForEdit({ viewer: reader, id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getStaffHome({ viewer: reader })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listRevisions({ viewer: reader, id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getEditorOptions({ viewer: reader, locale: 'en' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(restoreRevision({ viewer: reader, id, revisionId: 1, baseVersion: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getArticlePreview({ viewer: reader, locale: 'en', id })).toBeNull();
    const approver = await viewerFor('approver');
    await expect(createArticle({ viewer: approver, fields: await fields() })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveArticle({ viewer: approver, id, baseVersion: 1, fields: await fields() })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('keeps unit-scoped editors to their own unit', async () => {
    const unitEditor = await viewerFor('unitEditor');
    const editor = await viewerFor('editor');
    const own = await unitId('OU-PKG');
    const other = await unitId('OU-MACH');
    const mine = await createArticle({ viewer: unitEditor, fields: await fields({ sourceUnitId: own }) });
    await expect(createArticle({ viewer: unitEditor, fields: await fields({ sourceUnitId: other }) })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(createArticle({ viewer: unitEditor, fields: await fields({ sourceUnitId: null }) })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // Moving its own draft to another unit is refused too.
    await expect(
      saveArticle({ viewer: unitEditor, id: mine.id, baseVersion: 1, fields: await fields({ sourceUnitId: other }) }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // Another unit's draft is not even found.
    const theirs = await createArticle({ viewer: editor, fields: await fields({ sourceUnitId: other }) });
    await expect(getArticleForEdit({ viewer: unitEditor, id: theirs.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listRevisions({ viewer: unitEditor, id: theirs.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      saveArticle({ viewer: unitEditor, id: theirs.id, baseVersion: 1, fields: await fields({ sourceUnitId: own }) }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await getArticlePreview({ viewer: unitEditor, locale: 'en', id: theirs.id })).toBeNull();
    expect((await getArticleForReader({ viewer: unitEditor, locale: 'en', id: theirs.id })).kind).toBe('not-found');
    const options = await getEditorOptions({ viewer: unitEditor, locale: 'en' });
    expect(options.allowNoUnit).toBe(false);
    expect(options.units.map((u) => u.id)).toContain(own);
    expect(options.units.map((u) => u.id)).not.toContain(other);
  });

  it('validates references: category, translation language, series', async () => {
    const editor = await viewerFor('editor');
    await expect(createArticle({ viewer: editor, fields: await fields({ categoryId: 999_999 }) })).rejects.toMatchObject({ code: 'category_missing' });
    await expect(createArticle({ viewer: editor, fields: await fields({ seriesId: 999_999 }) })).rejects.toMatchObject({ code: 'series_missing' });
    const en = await createArticle({ viewer: editor, fields: await fields() });
    await expect(
      createArticle({ viewer: editor, fields: await fields({ translationId: en.id, language: 'en' }) }),
    ).rejects.toMatchObject({ code: 'translation_language' });
    const zh = await createArticle({ viewer: editor, fields: await fields({ translationId: en.id, language: 'zh', title: '季度安全检查' }) });
    expect((await getArticleForEdit({ viewer: editor, id: zh.id })).fields.translationId).toBe(en.id);
  });
});

describe('versions and conflicts', () => {
  it('refuses a save against a stale version, naming who saved in between, and keeps their text', async () => {
    const editor = await viewerFor('editor');
    const admin = await viewerFor('admin');
    const { id } = await createArticle({ viewer: editor, fields: await fields() });
    await saveArticle({ viewer: admin, id, baseVersion: 1, fields: await fields({ title: 'Admin title' }) });
    const stale = saveArticle({ viewer: editor, id, baseVersion: 1, fields: await fields({ title: 'Editor title' }) });
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    const error = (await stale.catch((e) => e)) as StaleVersionError;
    expect(error.latest.by).toBe(admin.name);
    expect(error.latest.version).toBe(2);
    expect((await getArticleForEdit({ viewer: editor, id })).fields.title).toBe('Admin title');
  });

  it('treats the same save sent twice as one save', async () => {
    const editor = await viewerFor('editor');
    const { id } = await createArticle({ viewer: editor, fields: await fields() });
    const input = { viewer: editor, id, baseVersion: 1, fields: await fields({ title: 'Once' }) };
    const first = await saveArticle(input);
    const retry = await saveArticle(input);
    expect(retry.version).toBe(first.version);
    expect(await revisionCount(id)).toBe(2);
  });

  it('merges autosaves by the same editor into one working revision', async () => {
    const editor = await viewerFor('editor');
    const admin = await viewerFor('admin');
    const { id } = await createArticle({ viewer: editor, fields: await fields() });
    const a = await saveArticle({ viewer: editor, id, baseVersion: 1, fields: await fields({ title: 'A' }), autosave: true });
    const b = await saveArticle({ viewer: editor, id, baseVersion: a.version, fields: await fields({ title: 'AB' }), autosave: true });
    expect(b.merged).toBe(true);
    expect(b.revisionId).toBe(a.revisionId);
    // An explicit save right after folds the autosave in, and is kept as a real revision.
    const c = await saveArticle({ viewer: editor, id, baseVersion: b.version, fields: await fields({ title: 'ABC' }) });
    expect(c.revisionId).toBe(a.revisionId);
    const d = await saveArticle({ viewer: editor, id, baseVersion: c.version, fields: await fields({ title: 'ABCD' }), autosave: true });
    expect(d.revisionId).not.toBe(c.revisionId);
    // Someone else's autosave never merges into mine.
    const e = await saveArticle({ viewer: admin, id, baseVersion: d.version, fields: await fields({ title: 'E' }), autosave: true });
    expect(e.revisionId).not.toBe(d.revisionId);
    const history = await listRevisions({ viewer: editor, id });
    expect(history.map((r) => r.version)).toEqual([e.version, d.version, c.version, 1]);
  });

  it('loses no save in 1,000 randomized concurrent saves', async () => {
    const editor = await viewerFor('editor');
    const admin = await viewerFor('admin');
    const { id } = await createArticle({ viewer: editor, fields: await fields() });
    const base = await fields();
    // Each client holds the version it last saw, as an open editor tab does.
    const clients = Array.from({ length: 6 }, (_, i) => ({ viewer: i % 2 ? admin : editor, seen: 1 }));
    const successes: { base: number; version: number; title: string }[] = [];
    let conflicts = 0;
    let n = 0;
    while (n < 1000) {
      const batch = Array.from({ length: Math.min(8, 1000 - n) }, () => {
        const client = clients[Math.floor(Math.random() * clients.length)];
        const title = `Save ${n++} ${Math.random().toString(36).slice(2)}`;
        const baseVersion = client.seen;
        return saveArticle({ viewer: client.viewer, id, baseVersion, fields: { ...base, title }, autosave: Math.random() < 0.3 })
          .then((r) => {
            successes.push({ base: baseVersion, version: r.version, title });
            client.seen = r.version;
          })
          .catch(async (error) => {
            if (!(error instanceof StaleVersionError)) throw error;
            conflicts++;
            client.seen = error.latest.version;
          });
      });
      await Promise.all(batch);
    }
    expect(successes.length + conflicts).toBe(1000);
    expect(successes.length).toBeGreaterThan(0);
    // Every accepted save was based on the version just before it: nothing was overwritten unseen.
    successes.sort((a, b) => a.version - b.version);
    successes.forEach((s, i) => expect(s.base).toBe(i === 0 ? 1 : successes[i - 1].version));
    const final = await getArticleForEdit({ viewer: editor, id });
    expect(final.version).toBe(successes.at(-1)!.version);
    expect(final.fields.title).toBe(successes.at(-1)!.title);
  });
});

describe('editing a published article', () => {
  it('makes a working revision while readers keep the live one on every read path', async () => {
    const editor = await viewerFor('editor');
    const reader = await viewerFor('reader');
    const [published] = await db
      .select({ id: schema.articles.id, version: schema.articles.version, language: schema.articles.language })
      .from(schema.articles)
      .where(eq(schema.articles.status, 'published'))
      .limit(1);
    const before = await getArticleForReader({ viewer: reader, locale: published.language, id: published.id });
    if (before.kind !== 'ok') throw new Error('expected a readable article');
    const liveTitle = before.article.title;
    const current = await getArticleForEdit({ viewer: editor, id: published.id });
    await saveArticle({
      viewer: editor,
      id: published.id,
      baseVersion: current.version,
      fields: { ...current.fields, title: 'Pending new headline', visibility: 'public', pinned: true },
    });
    const after = await getArticleForReader({ viewer: reader, locale: published.language, id: published.id });
    if (after.kind !== 'ok') throw new Error('expected a readable article');
    expect(after.article.title).toBe(liveTitle);
    expect(after.article.pinned).toBe(current.fields.pinned);
    const [row] = await db.select().from(schema.articles).where(eq(schema.articles.id, published.id));
    expect(row.status).toBe('published');
    expect(row.visibility).toBe(current.fields.visibility);
    const list = [];
    for (let page = 1; ; page++) {
      const data = await getPublishedArticles({ viewer: reader, locale: published.language, page });
      if (!data) break;
      list.push(...data.items);
    }
    expect(list.find((a) => a.id === published.id)?.title ?? liveTitle).toBe(liveTitle);
    expect(list.some((a) => a.title === 'Pending new headline')).toBe(false);
    // Staff see the pending revision in the editor and the preview.
    expect((await getArticleForEdit({ viewer: editor, id: published.id })).hasPendingChanges).toBe(true);
    const preview = await getArticlePreview({ viewer: editor, locale: 'en', id: published.id });
    expect(preview?.title).toBe('Pending new headline');
    expect(preview?.pinned).toBe(true);
    const home = await getStaffHome({ viewer: editor });
    expect(home.drafts.items.some((d) => d.id === published.id && d.pendingChanges)).toBe(true);
  });
});

describe('history, diff and restore', () => {
  it('lists revisions, diffs any two, and restores an old one as a new working revision', async () => {
    const editor = await viewerFor('editor');
    const { id } = await createArticle({ viewer: editor, fields: await fields({ title: 'First title' }) });
    const second = await saveArticle({
      viewer: editor,
      id,
      baseVersion: 1,
      fields: await fields({ title: 'Second title', body: '<p>All sites passed the audit.</p>', tags: ['safety', 'audit'] }),
    });
    const revisions = await listRevisions({ viewer: editor, id });
    expect(revisions.map((r) => r.version)).toEqual([2, 1]);
    expect(revisions[0].isWorking).toBe(true);
    const pair = await getRevisionPair({ viewer: editor, id, from: revisions[1].id, to: revisions[0].id, locale: 'en' });
    const diff = diffSnapshots(pair.from.fields, pair.to.fields);
    const title = diff.find((d) => d.field === 'title')!;
    expect(title.changed).toBe(true);
    expect(title.parts.filter((p) => p.removed).map((p) => p.value.trim())).toContain('First');
    expect(title.parts.filter((p) => p.added).map((p) => p.value.trim())).toContain('Second');
    expect(diff.find((d) => d.field === 'tags')!.parts.find((p) => p.added)?.value).toBe('audit');
    expect(diff.find((d) => d.field === 'category')!.changed).toBe(false);

    const restored = await restoreRevision({ viewer: editor, id, revisionId: revisions[1].id, baseVersion: second.version });
    expect(restored.version).toBe(3);
    const article = await getArticleForEdit({ viewer: editor, id });
    expect(article.fields.title).toBe('First title');
    expect(article.fields.tags).toEqual(['safety']);
    const after = await listRevisions({ viewer: editor, id });
    expect(after.map((r) => r.version)).toEqual([3, 2, 1]);
    expect(after[0].note).toBe('restored:1');
    // A restore against a stale version is refused like any save.
    await expect(restoreRevision({ viewer: editor, id, revisionId: revisions[0].id, baseVersion: 2 })).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    const audit = await db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toContain('article.restore_revision');
  });
});

describe('the staff home', () => {
  it('shows my drafts, the review queue in my scope, scheduled and published, with counts', async () => {
    const editor = await viewerFor('editor');
    const { id } = await createArticle({ viewer: editor, fields: await fields({ title: 'Home page draft' }) });
    const home = await getStaffHome({ viewer: editor });
    expect(home.drafts.items.some((d) => d.id === id)).toBe(true);
    expect(home.drafts.total).toBeGreaterThanOrEqual(home.drafts.items.length);
    expect(home.review).toBeNull();
    expect(home.published.total).toBeGreaterThan(0);
    const approver = await viewerFor('approver');
    const review = (await getStaffHome({ viewer: approver })).review;
    expect(review).not.toBeNull();
    const inReview = await db.select({ id: schema.articles.id }).from(schema.articles).where(eq(schema.articles.status, 'in_review'));
    expect(review!.total).toBe(inReview.length);
  });
});

describe('translation candidates', () => {
  it('offers published articles and drafts the viewer may see, in the asked language only', async () => {
    const editor = await viewerFor('editor');
    const unitEditor = await viewerFor('unitEditor');
    const other = await unitId('OU-MACH');
    const hidden = await createArticle({ viewer: editor, fields: await fields({ language: 'zh', title: '机械公司草稿', sourceUnitId: other }) });
    const zh = await getTranslationCandidates({ viewer: editor, language: 'zh' });
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.every((c) => c.language === 'zh')).toBe(true);
    expect(zh.some((c) => c.id === hidden.id)).toBe(true);
    const scoped = await getTranslationCandidates({ viewer: unitEditor, language: 'zh' });
    expect(scoped.some((c) => c.id === hidden.id)).toBe(false);
    await expect(getTranslationCandidates({ viewer: await viewerFor('reader'), language: 'zh' })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
