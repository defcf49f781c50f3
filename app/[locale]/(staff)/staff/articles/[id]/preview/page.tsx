import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleView } from '@/components/reader/article-view';
import { requireStaffPage } from '@/lib/auth/session';
import { getArticlePreview } from '@/lib/dal/articles';
import type { Locale } from '@/lib/i18n/config';
import { ArticleTabs } from '../../_components/article-tabs';

// Never cached, never indexed: rendered per request for staff who may see the draft.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata() {
  const t = await getTranslations('editorForm');
  return { title: t('tabs.preview'), robots: { index: false, follow: false, nocache: true } };
}

export default async function PreviewPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const viewer = await requireStaffPage(`/staff/articles/${id}/preview`);
  if (!/^\d{1,12}$/.test(id)) notFound();
  const revision = (await searchParams).revision;
  const revisionId = typeof revision === 'string' && /^\d{1,12}$/.test(revision) ? Number(revision) : undefined;
  const article = await getArticlePreview({ viewer, locale, id: Number(id), revisionId });
  if (!article) notFound();
  return (
    <div className="space-y-6">
      <ArticleTabs id={article.id} current="preview" title={article.title} />
      <ArticleView article={article} preview />
    </div>
  );
}
