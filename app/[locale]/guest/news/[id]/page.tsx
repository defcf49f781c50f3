import { guestRoutes } from '@/components/reader/routes';

// Rendered on first request and cached; publishing, editing or withdrawing an article
// revalidates these pages, and `revalidate` bounds staleness across several instances.
export const dynamic = 'force-static';
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = guestRoutes.articleMetadata;

export default guestRoutes.ArticlePage;
