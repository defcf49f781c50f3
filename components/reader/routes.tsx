import { routeParams, type LocaleParams, type SearchParamsProp } from '@/components/site/route';
import { getViewer } from '@/lib/auth/session';
import { MEMBER_AUDIENCE } from '@/lib/dal/readable';
import { categoryFeedMetadata } from '@/lib/feeds/metadata';
import type { Viewer } from '@/lib/permissions';
import { AboutScreen } from './about';
import { ArticleScreen, articleMetadata, FrontPageScreen, NewsListScreen } from './pages';

// The readers' routes, written once for the three trees: app/[locale]/guest/… (visitors without
// a session; static, never reads a cookie), app/[locale]/(member)/… (signed in; per
// request), and app/[locale]/members/… (shared by every signed-in reader without a staff
// role; static). Each page file exports one of these with its own caching settings, which
// Next must read from the page file itself.

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

/**
 * The pages every signed-in reader without a staff role shares (app/[locale]/members),
 * rendered once for MEMBER_AUDIENCE: the data layer gives exactly what any such reader may
 * read, and nothing of any one of them. List pages take their page number from the path,
 * where proxy.ts puts it, so that each page of a list is cached on its own.
 */
const audienceRoutes = readerRoutes(async () => MEMBER_AUDIENCE);
export const sharedMemberRoutes = {
  ...audienceRoutes,
  async NewsListPage({ params }: LocaleParams<{ page: string }>) {
    const { locale, page } = await routeParams(params);
    return <NewsListScreen locale={locale} viewer={MEMBER_AUDIENCE} page={page} />;
  },
  async CategoryListPage({ params }: LocaleParams<{ slug: string; page: string }>) {
    const { locale, slug, page } = await routeParams(params);
    return <NewsListScreen locale={locale} viewer={MEMBER_AUDIENCE} categorySlug={slug} page={page} />;
  },
};
