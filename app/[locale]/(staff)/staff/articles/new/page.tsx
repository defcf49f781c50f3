import { forbidden } from 'next/navigation';
import { canWriteArticles } from '@/lib/permissions';
import { ArticleForm } from '../_components/article-form';
import { loadFormOptions, openStaffPage, staffPageMetadata } from '../_components/load-form';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffPageMetadata('editorForm', 'newTitle');

export default async function NewArticlePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, viewer } = await openStaffPage(params, '/staff/articles/new');
  if (!canWriteArticles(viewer)) forbidden();
  const options = await loadFormOptions(viewer, locale);
  // The form shows the heading: "New article" until its first save, then the article's title.
  return <ArticleForm article={null} options={options} defaultLanguage={locale} />;
}
