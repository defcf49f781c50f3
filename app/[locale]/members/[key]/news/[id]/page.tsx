import { sharedMemberRoutes } from '@/components/reader/routes';

// Rendered on first request and cached; publishing, a new version going live or a
// withdrawal empties the cache, and `revalidate` bounds staleness across several instances.
export const dynamic = 'force-static';
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = sharedMemberRoutes.articleMetadata;

export default sharedMemberRoutes.ArticlePage;
