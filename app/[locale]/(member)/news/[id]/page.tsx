import { setRequestLocale } from 'next-intl/server';
import { ArticleScreen, articleMetadata } from '@/components/reader/pages';
import { getViewer } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';

// Rendered per request: it depends on the session or the query string.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  return articleMetadata({ locale, viewer: await getViewer(), param: id });
}

export default async function ArticlePage({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  return <ArticleScreen locale={locale} viewer={await getViewer()} param={id} />;
}
