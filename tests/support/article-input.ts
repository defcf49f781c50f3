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
    ...overrides,
  };
}
