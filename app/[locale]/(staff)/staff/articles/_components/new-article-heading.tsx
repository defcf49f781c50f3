'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { ArticleTabs } from './article-tabs';

/**
 * The heading of the new-article editor: "New article" until the first save makes the
 * article, then its title and the links to its history and preview, as on its own page.
 */
export function NewArticleHeading({ id, title }: { id: number | null; title: string | null }) {
  const t = useTranslations('editorForm');
  useEffect(() => {
    if (id === null) return;
    const name = title || t('untitled');
    // The site's suffix (" · Newsroom") stays as the layout set it.
    const at = document.title.lastIndexOf(' · ');
    document.title = name + (at >= 0 ? document.title.slice(at) : '');
  }, [id, title, t]);
  if (id === null) return <h1 className="text-2xl font-bold text-slate-900">{t('newTitle')}</h1>;
  return <ArticleTabs id={id} current="edit" title={title ?? ''} />;
}
