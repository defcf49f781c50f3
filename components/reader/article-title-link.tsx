import Link from 'next/link';
import { articlePath } from '@/lib/utils';

/** A link to an article by its title, marked with the article's language for screen readers and fonts. */
export function ArticleTitleLink({
  article,
  className,
}: {
  article: { id: number; slug: string; title: string; language: string };
  className: string;
}) {
  return (
    <Link href={articlePath(article)} className={className} lang={article.language === 'zh' ? 'zh-CN' : 'en'}>
      {article.title}
    </Link>
  );
}
