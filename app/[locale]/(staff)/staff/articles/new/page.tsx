import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { canWriteArticles } from '@/lib/permissions';
import { ArticleForm } from '../_components/article-form';
import { loadFormOptions, openStaffPage, staffPageMetadata } from '../_components/load-form';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffPageMetadata('editorForm', 'newTitle');

export default async function NewArticlePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, viewer } = await openStaffPage(params, '/staff/articles/new');
  if (!canWriteArticles(viewer)) forbidden();
  const [t, options] = await Promise.all([getTranslations('editorForm'), loadFormOptions(viewer, locale)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{t('newTitle')}</h1>
      <ArticleForm article={null} options={options} defaultLanguage={locale} />
    </div>
  );
}
