import { memberRoutes } from '@/components/reader/routes';

// Rendered per request: it depends on the session or the query string.
export const dynamic = 'force-dynamic';

export default memberRoutes.FrontPage;
