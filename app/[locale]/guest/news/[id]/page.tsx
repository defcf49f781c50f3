import { setRequestLocale } from 'next-intl/server';
import { ArticleScreen, articleMetadata } from '@/components/reader/pages';
import type { Locale } from '@/lib/i18n/config';

// Rendered on first request and cached; publishing, editing or withdrawing an article
// revalidates these pages, and `revalidate` bounds staleness across several instances.
export const dynamic = 'force-static';
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  return articleMetadata({ locale, viewer: null, param: id });
}

export default async function GuestArticlePage({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  return <ArticleScreen locale={locale} viewer={null} param={id} />;
}
