import { guestRoutes } from '@/components/reader/routes';

export const dynamic = 'force-static';
export const revalidate = 60;

export default guestRoutes.FrontPage;
