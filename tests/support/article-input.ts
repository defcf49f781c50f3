import { eq } from 'drizzle-orm';
import { db, schema } from '@/db/client';
import type { ArticleInput } from '@/lib/article-fields';

/** The editor form's input for a plain article in `categoryId`, with `overrides` applied. */
export function articleInput(categoryId: number, overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    title: 'Test article',
    summary: '',
    body: '<p>Body</p>',
    categoryId,
    sourceUnitId: null,
    sourceText: '',
    language: 'en',
    translationId: null,
    seriesId: null,
    visibility: 'public',
    pinned: false,
    featured: false,
    mustRead: false,
    tags: [],
    coverKey: null,
    attachments: [],
    originalDate: '',
    startingViews: 0,
    ...overrides,
  };
}

/** The input for an article in the category `slug` (the first category when none), with `overrides` applied. */
export async function articleInputIn(slug: string | null, overrides: Partial<ArticleInput> = {}): Promise<ArticleInput> {
  const [c] = await db
    .select({ id: schema.categories.id })
    .from(schema.categories)
    .where(slug === null ? undefined : eq(schema.categories.slug, slug))
    .limit(1);
  return articleInput(c.id, overrides);
}
