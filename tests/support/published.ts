import { eq } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import type { ArticleInput } from '@/lib/article-fields';
import { createArticle } from '@/lib/dal/article-save';
import { transitionArticle } from '@/lib/dal/workflow';
import type { MeetingData } from '@/lib/meeting';
import type { Viewer } from '@/lib/permissions';
import type { WorkflowAction } from '@/lib/workflow';
import { EMAILS, viewerFor } from './viewers';
import { articleInput } from './article-input';

// Articles brought into a given state through the workflow itself, for the search and feed
// tests.

type RoleKey = keyof typeof EMAILS;
const viewers = {} as Record<RoleKey, Viewer>;
export const v = async (role: RoleKey) => (viewers[role] ??= await viewerFor(role));

let categoryId: number | undefined;

export async function fields(overrides: Partial<ArticleInput> = {}): Promise<ArticleInput> {
  if (categoryId === undefined) {
    const [c] = await db.select({ id: schema.categories.id }).from(schema.categories).limit(1);
    categoryId = c.id;
  }
  return articleInput(categoryId, overrides);
}

export async function version(id: number) {
  const [row] = await db.select({ version: schema.articles.version }).from(schema.articles).where(eq(schema.articles.id, id));
  return row.version;
}

export const move = async (
  role: RoleKey,
  id: number,
  action: WorkflowAction,
  extra: { comment?: string; publishAt?: Date } = {},
) => transitionArticle({ viewer: await v(role), id, action, baseVersion: await version(id), ...extra });

export type State = 'draft' | 'in_review' | 'approved' | 'scheduled' | 'rejected' | 'published' | 'archived';
export const UNPUBLISHED: State[] = ['draft', 'in_review', 'approved', 'scheduled', 'rejected', 'archived'];

/** A new article brought into `state` through the workflow. */
export async function articleIn(state: State, overrides: Partial<ArticleInput> = {}, meeting: MeetingData | null = null) {
  const { id } = await createArticle({ viewer: await v('editor'), fields: await fields(overrides), meeting });
  if (state === 'draft') return id;
  await move('editor', id, 'submit');
  if (state === 'in_review') return id;
  if (state === 'rejected') {
    await move('approver', id, 'reject', { comment: 'No.' });
    return id;
  }
  await move('approver', id, 'approve');
  if (state === 'approved') return id;
  if (state === 'scheduled') {
    await move('editor', id, 'schedule', { publishAt: new Date(Date.now() + 3600_000) });
    return id;
  }
  await move('editor', id, 'publish');
  if (state === 'published') return id;
  await move('editor', id, 'unpublish');
  return id;
}
