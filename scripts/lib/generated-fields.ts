import type { LiveFields } from '@/lib/article-fields';

/** The live fields of a generated article (the benchmarks write rows directly): the rest left at their defaults. */
export function generatedFields(p: Pick<LiveFields, 'categoryId' | 'sourceUnitId' | 'language' | 'visibility'>): LiveFields {
  return {
    ...p,
    sourceText: '',
    translationId: null,
    seriesId: null,
    pinned: false,
    featured: false,
    mustRead: false,
    coverKey: null,
  };
}
