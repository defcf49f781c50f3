import { readFileSync } from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { filesOfZip, type ArchiveFile } from '@/lib/archive/files';
import { importArchive, type ArchiveOptions } from '@/lib/dal/archive';
import { getArticleForReader } from '@/lib/dal/article-detail';
import { ForbiddenError } from '@/lib/errors';
import { docxOf, htmlPageOf, zipOf } from '../support/archive-files';
import { v } from '../support/published';

// The archive import: a ZIP of reports in three formats becomes articles with their original
// dates and view counts; a dry run writes nothing; a second run imports nothing twice; only
// admins may run it.

const corpus = (name: string) => readFileSync(`tests/fixtures/meetings/corpus/${name}`, 'utf8');

async function archive(): Promise<ArchiveFile[]> {
  const bytes = await zipOf({
    '2023/haisum.txt': corpus('en-haisum-2023-mid-year.txt'),
    '2024/jinchuan.docx': await docxOf(corpus('zh-jinchuan-mid-year-2024.txt')),
    '2024/harbor.html': htmlPageOf(corpus('en-harbor-safety-2024.txt')),
    '2024/copy-of-haisum.txt': corpus('en-haisum-2023-mid-year.txt').replace(/\n/g, '\r\n'),
    'minutes.pdf': '%PDF-1.4',
    '.DS_Store': 'x',
    '__MACOSX/2023/._haisum.txt': 'x',
    'empty.txt': '  \n',
  });
  return filesOfZip(bytes);
}

async function options(overrides: Partial<ArchiveOptions> = {}): Promise<ArchiveOptions> {
  const [c] = await db.select({ id: schema.categories.id }).from(schema.categories).where(eq(schema.categories.slug, 'meetings'));
  return { categoryId: c.id, sourceUnitId: null, visibility: 'internal', publish: false, dryRun: false, ...overrides };
}

const articleCount = async () => (await db.select({ id: schema.articles.id }).from(schema.articles)).length;

describe('the archive import', () => {
  it('lists what each file becomes in a dry run, and writes nothing', async () => {
    const before = await articleCount();
    const files = await archive();
    expect(files.map((f) => f.name)).toEqual(['2023/haisum.txt', '2024/copy-of-haisum.txt', '2024/harbor.html', '2024/jinchuan.docx', 'empty.txt', 'minutes.pdf']);
    const report = await importArchive({ viewer: await v('admin'), files, options: await options({ dryRun: true }) });
    const byFile = Object.fromEntries(report.entries.map((e) => [e.file, e]));
    expect(byFile['2023/haisum.txt']).toMatchObject({ status: 'would_import', kind: 'report', speeches: 4, unparsed: 0 });
    expect(byFile['2023/haisum.txt'].article).toMatchObject({ title: 'China Haisum held the 2023 mid-year work meeting', originalDate: '2023-07-17', startingViews: 50, language: 'en' });
    expect(byFile['2024/jinchuan.docx']).toMatchObject({ status: 'would_import', kind: 'report' });
    expect(byFile['2024/jinchuan.docx'].article?.language).toBe('zh');
    expect(byFile['2024/jinchuan.docx'].speeches).toBeGreaterThan(0);
    expect(byFile['2024/harbor.html']).toMatchObject({ status: 'would_import', kind: 'report' });
    expect(byFile['2024/harbor.html'].article?.title).toBe(corpus('en-harbor-safety-2024.txt').split('\n')[0].trim());
    expect(byFile['2024/copy-of-haisum.txt']).toMatchObject({ status: 'skipped', reason: 'duplicate' });
    expect(byFile['minutes.pdf']).toMatchObject({ status: 'skipped', reason: 'unsupported' });
    expect(byFile['empty.txt']).toMatchObject({ status: 'skipped', reason: 'empty' });
    expect(report.counts).toMatchObject({ would_import: 3, skipped: 3, imported: 0 });
    expect(await articleCount()).toBe(before);
  });

  it('publishes each report dated to its original day, and a second run imports nothing twice', async () => {
    const admin = await v('admin');
    const files = await archive();
    const first = await importArchive({ viewer: admin, files, options: await options({ publish: true }) });
    expect(first.counts).toMatchObject({ imported: 3, failed: 0 });
    const ids = first.entries.filter((e) => e.status === 'imported').map((e) => e.articleId!);
    const rows = await db
      .select({ id: schema.articles.id, status: schema.articles.status, publishedAt: schema.articles.publishedAt, authorId: schema.articles.authorId })
      .from(schema.articles)
      .where(inArray(schema.articles.id, ids));
    expect(rows.every((r) => r.status === 'published' && r.authorId === admin.id)).toBe(true);
    const haisum = first.entries.find((e) => e.file === '2023/haisum.txt')!;
    expect(rows.find((r) => r.id === haisum.articleId)?.publishedAt?.toISOString()).toBe('2023-07-17T04:00:00.000Z');
    const read = await getArticleForReader({ viewer: await v('reader'), locale: 'en', id: haisum.articleId! });
    expect(read.kind === 'ok' && read.article.views).toBe(50);
    expect(read.kind === 'ok' && read.article.meeting?.speeches).toHaveLength(4);
    const audit = await db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(eq(schema.auditLog.entityId, haisum.articleId!));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['article.create', 'article.import', 'article.publication_date']));

    const before = await articleCount();
    const again = await importArchive({ viewer: admin, files: await archive(), options: await options() });
    expect(again.counts).toMatchObject({ imported: 0, already_imported: 3 });
    expect(again.entries.find((e) => e.file === '2023/haisum.txt')).toMatchObject({ status: 'already_imported', articleId: haisum.articleId });
    expect(await articleCount()).toBe(before);
  });

  it('keeps drafts as drafts with their dates, for review before publication', async () => {
    const text = corpus('zh-yuanhang-annual-2025.txt');
    const report = await importArchive({ viewer: await v('admin'), files: [{ name: 'yuanhang.txt', bytes: new TextEncoder().encode(text) }], options: await options() });
    const [entry] = report.entries;
    expect(entry.status).toBe('imported');
    const [row] = await db.select({ status: schema.articles.status, publishedAt: schema.articles.publishedAt }).from(schema.articles).where(eq(schema.articles.id, entry.articleId!));
    expect(row).toEqual({ status: 'draft', publishedAt: null });
    const [rev] = await db.select({ meta: schema.articleRevisions.meta }).from(schema.articleRevisions).where(eq(schema.articleRevisions.articleId, entry.articleId!));
    expect(rev.meta?.originalDate).toBe(entry.article?.originalDate);
    expect(rev.meta?.originalDate).toMatch(/^2025-/);
  });

  it('is for admins only', async () => {
    for (const role of ['editor', 'approver', 'reader'] as const) {
      await expect(importArchive({ viewer: await v(role), files: [], options: await options({ dryRun: true }) })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
