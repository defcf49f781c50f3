import 'server-only';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaffPage } from '@/lib/auth/session';
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

export type ArticlePageProps = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The opening of a staff article page: its locale, and the viewer, who must be staff
 * (sign-in comes back to the page). Every read after it is checked again in lib/dal.
 */
export async function openArticlePage(params: ArticlePageProps['params'], page: '' | '/history' | '/preview' | '/review') {
  const { id } = await params;
  return { id, ...(await openStaffPage(params, `/staff/articles/${id}${page}`)) };
}

/** The opening of a staff page at `path`: its locale, and the viewer, who must be staff. */
export async function openStaffPage(params: Promise<{ locale: string }>, path: string) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  return { locale, viewer: await requireStaffPage(path) };
}

/** The metadata of a staff page: its title, and never indexed. */
export function staffPageMetadata(namespace: 'editorForm' | 'history' | 'workflow', key: string, extra: { nocache?: boolean } = {}) {
  return async () => {
    const t = await getTranslations(namespace);
    return { title: t(key as never), robots: { index: false, follow: false, ...extra } };
  };
}
