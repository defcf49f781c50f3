import 'server-only';
import { notFound } from 'next/navigation';
import { getArticleForEdit, getEditorOptions, getTranslationCandidates } from '@/lib/dal/editor';
import { NotFoundError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import type { Viewer } from '@/lib/permissions';
import type { ArticleFormProps } from './article-form';

/** The choices the editor form offers this viewer. */
export async function loadFormOptions(viewer: Viewer, locale: Locale, excludeId?: number): Promise<ArticleFormProps['options']> {
  const [options, en, zh] = await Promise.all([
    getEditorOptions({ viewer, locale }),
    getTranslationCandidates({ viewer, language: 'en', excludeId }),
    getTranslationCandidates({ viewer, language: 'zh', excludeId }),
  ]);
  return { ...options, translations: [...en, ...zh] };
}

/** An article for the staff pages; "not found" for ids the viewer may not see. */
export async function loadForEdit(viewer: Viewer, idParam: string) {
  if (!/^\d{1,12}$/.test(idParam)) notFound();
  try {
    return await getArticleForEdit({ viewer, id: Number(idParam) });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
