import { forbidden } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaffPage } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';
import { hasRole, isAdmin } from '@/lib/permissions';
import { ArticleForm } from '../_components/article-form';
import { loadFormOptions } from '../_components/load-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('editorForm');
  return { title: t('newTitle'), robots: { index: false, follow: false } };
}

export default async function NewArticlePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireStaffPage('/staff/articles/new');
  if (!isAdmin(viewer) && !hasRole(viewer, 'editor')) forbidden();
  const [t, options] = await Promise.all([getTranslations('editorForm'), loadFormOptions(viewer, locale)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{t('newTitle')}</h1>
      <ArticleForm article={null} options={options} defaultLanguage={locale} />
    </div>
  );
}
