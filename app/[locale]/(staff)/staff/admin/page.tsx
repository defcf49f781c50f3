import { redirect } from 'next/navigation';
import { routeParams, type LocaleParams } from '@/components/site/route';
import { requireAdminPage } from './_components/require-admin';

export const dynamic = 'force-dynamic';

/** The console opens on its Users section. */
export default async function AdminIndex({ params }: LocaleParams) {
  await routeParams(params);
  await requireAdminPage('/staff/admin');
  redirect('/staff/admin/users');
}
