import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { cn } from '@/lib/utils';

/**
 * The title of a staff article page and links between its editor, history and preview.
 * Server and client alike: the new-article editor shows it once its first save made the article.
 */
export function ArticleTabs({
  id,
  current,
  title,
}: {
  id: number;
  current: 'edit' | 'history' | 'preview' | 'review';
  title: string;
}) {
  const t = useTranslations('editorForm');
  const tabs = [
    { key: 'edit', href: `/staff/articles/${id}`, label: t('tabs.edit') },
    { key: 'history', href: `/staff/articles/${id}/history`, label: t('tabs.history') },
    { key: 'preview', href: `/staff/articles/${id}/preview`, label: t('tabs.preview') },
    { key: 'review', href: `/staff/articles/${id}/review`, label: t('tabs.review') },
  ] as const;
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <Link href="/staff" className="text-brand-700 hover:underline">
          {t('backToStaff')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-slate-900">{title || t('untitled')}</h1>
      <nav aria-label={t('tabs.label')} className="flex gap-1 border-b border-slate-200">
        {tabs.map((tab) => (
          <Link
            key={tab.key}
            href={tab.href}
            aria-current={tab.key === current ? 'page' : undefined}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
              tab.key === current ? 'border-brand-600 text-brand-800' : 'border-transparent text-slate-600 hover:text-slate-900',
            )}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
