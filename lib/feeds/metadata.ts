import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getCategories } from '@/lib/dal/articles';
import type { Locale } from '@/lib/i18n/config';

/** <link rel="alternate"> to the public feed and the category's own feed, for category pages. */
export async function categoryFeedMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const [site, feeds, categories] = await Promise.all([
    getTranslations({ locale, namespace: 'site' }),
    getTranslations({ locale, namespace: 'feeds' }),
    getCategories(locale),
  ]);
  const category = categories.find((c) => c.slug === slug);
  if (!category) return {};
  return {
    alternates: {
      types: {
        'application/atom+xml': [
          { url: `/feed/${category.slug}.xml`, title: feeds('categoryTitle', { site: site('name'), category: category.name }) },
          { url: '/feed.xml', title: feeds('title', { site: site('name') }) },
        ],
      },
    },
  };
}
