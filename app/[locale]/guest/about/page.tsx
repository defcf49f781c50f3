import { guestRoutes } from '@/components/reader/routes';

export const dynamic = 'force-static';

export default guestRoutes.AboutPage;
