import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { getArticleForReader } from '@/lib/dal/article-detail';
import { getArticleForEdit } from '@/lib/dal/editor';
import { saveArticle } from '@/lib/dal/article-save';
import { invalidateReadModels } from '@/lib/dal/memo';
import { articleIn, fields, move, v, version } from '../support/published';

// An article first published elsewhere keeps its day and its views: publishing dates it to
// its original day (audited), readers' lists and previous/next place it there, and the
// views go on from the imported count.

async function row(id: number) {
  const [r] = await db.select({ publishedAt: schema.articles.publishedAt }).from(schema.articles).where(eq(schema.articles.id, id));
  return r;
}

async function read(id: number) {
  invalidateReadModels();
  const result = await getArticleForReader({ viewer: await v('reader'), locale: 'en', id });
  if (result.kind !== 'ok') throw new Error(`article ${id} is not readable: ${result.kind}`);
  return result.article;
}

describe('an original publication date and view count', () => {
  it('date the article to its original day, audited, with the imported views as the starting count', async () => {
    const id = await articleIn('published', { title: 'Mid-year meeting of 2023', originalDate: '2023-07-17', startingViews: 50 });
    // Noon of that day in the portal's time zone (Asia/Shanghai by default).
    expect((await row(id)).publishedAt?.toISOString()).toBe('2023-07-17T04:00:00.000Z');
    const article = await read(id);
    expect(article.views).toBe(50);
    const audit = await db
      .select({ data: schema.auditLog.data, actorId: schema.auditLog.actorId })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, id), eq(schema.auditLog.action, 'article.publication_date')));
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({ originalDate: '2023-07-17', to: '2023-07-17T04:00:00.000Z' });
    expect(audit[0].actorId).toBe((await v('editor')).id);
    // The editor finds both fields as saved.
    const edit = await getArticleForEdit({ viewer: await v('editor'), id });
    expect(edit.fields).toMatchObject({ originalDate: '2023-07-17', startingViews: 50 });
  });

  it('place it among older articles: previous and next follow the original day', async () => {
    const older = await articleIn('published', { title: 'Annual meeting of 2023', originalDate: '2023-01-10' });
    const imported = await articleIn('published', { title: 'Quarterly meeting of 2023', originalDate: '2023-04-20' });
    const recent = await articleIn('published', { title: 'Published today' });
    const detail = await read(imported);
    expect(detail.previous?.id).toBe(older);
    expect(detail.next?.id).not.toBe(recent);
    expect((await read(recent)).next).toBeNull();
    expect((await row(imported)).publishedAt!.getTime()).toBeLessThan((await row(recent)).publishedAt!.getTime());
  });

  it('follow a later edit of the date and the count, and leave an article without them as it was', async () => {
    const id = await articleIn('published', { originalDate: '2022-03-01', startingViews: 10 });
    const before = await read(id);
    expect(before.views).toBe(10);
    const edit = await getArticleForEdit({ viewer: await v('editor'), id });
    await saveArticle({ viewer: await v('editor'), id, baseVersion: await version(id), fields: { ...edit.fields, originalDate: '2022-02-01', startingViews: 25 } });
    // Nothing changes for readers until the revision is published.
    expect((await read(id)).views).toBe(10);
    await move('editor', id, 'submit');
    await move('approver', id, 'approve');
    await move('editor', id, 'publish');
    expect((await row(id)).publishedAt?.toISOString()).toBe('2022-02-01T04:00:00.000Z');
    expect((await read(id)).views).toBe(25);

    const plain = await articleIn('published', { title: 'No original date' });
    const at = (await row(plain)).publishedAt!;
    expect(Date.now() - at.getTime()).toBeLessThan(60_000);
    expect((await read(plain)).views).toBe(0);
  });

  it('refuse a day in the future or one that does not exist, naming the field', async () => {
    const { articleInputSchema } = await import('@/lib/article-fields');
    const base = await fields();
    const codes = (originalDate: string) => articleInputSchema.safeParse({ ...base, originalDate }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(codes('2999-01-01')).toEqual([['originalDate', 'date_future']]);
    expect(codes('2023-02-30')).toEqual([['originalDate', 'date_invalid']]);
    expect(codes('1969-12-31')).toEqual([['originalDate', 'date_invalid']]);
    expect(codes('')).toBeUndefined();
    expect(articleInputSchema.safeParse({ ...base, startingViews: '-3' }).success).toBe(false);
    expect(articleInputSchema.safeParse({ ...base, startingViews: '' }).data?.startingViews).toBe(0);
  });
});
