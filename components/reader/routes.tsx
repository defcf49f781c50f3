import { routeParams, type LocaleParams, type SearchParamsProp } from '@/components/site/route';
import { getViewer } from '@/lib/auth/session';
import { categoryFeedMetadata } from '@/lib/feeds/metadata';
import type { Viewer } from '@/lib/permissions';
import { AboutScreen } from './about';
import { ArticleScreen, articleMetadata, FrontPageScreen, NewsListScreen } from './pages';

// The readers' routes, written once for both trees: app/[locale]/guest/… (visitors without
// a session; static, never reads a cookie) and app/[locale]/(member)/… (signed in; per
// request). Each page file exports one of these with its own caching settings, which Next
// must read from the page file itself.

type ArticleProps = LocaleParams<{ id: string }>;
type CategoryProps = LocaleParams<{ slug: string }>;

function readerRoutes(viewerOf: () => Promise<Viewer | null>) {
  return {
    async FrontPage({ params }: LocaleParams) {
      const { locale } = await routeParams(params);
      return <FrontPageScreen locale={locale} viewer={await viewerOf()} />;
    },
    async AboutPage({ params }: LocaleParams) {
      await routeParams(params);
      return <AboutScreen />;
    },
    async NewsPage({ params, searchParams }: LocaleParams & SearchParamsProp<'page'>) {
      const { locale } = await routeParams(params);
      const { page } = await searchParams;
      return <NewsListScreen locale={locale} viewer={await viewerOf()} page={page} />;
    },
    async CategoryPage({ params, searchParams }: CategoryProps & SearchParamsProp<'page'>) {
      const { locale, slug } = await routeParams(params);
      const { page } = await searchParams;
      return <NewsListScreen locale={locale} viewer={await viewerOf()} categorySlug={slug} page={page} />;
    },
    async categoryMetadata({ params }: CategoryProps) {
      const { locale, slug } = await routeParams(params);
      return categoryFeedMetadata(locale, slug);
    },
    async ArticlePage({ params }: ArticleProps) {
      const { locale, id } = await routeParams(params);
      return <ArticleScreen locale={locale} viewer={await viewerOf()} param={id} />;
    },
    async articleMetadata({ params }: ArticleProps) {
      const { locale, id } = await routeParams(params);
      return articleMetadata({ locale, viewer: await viewerOf(), param: id });
    },
  };
}

/** Visitors without a session: asked with no viewer, the data layer returns public news only. */
export const guestRoutes = readerRoutes(async () => null);

/** Signed-in readers: what they may read depends on who they are. */
export const memberRoutes = readerRoutes(getViewer);
