import { getTranslations } from 'next-intl/server';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { ButtonLink } from '@/components/ui/button';
import { AdminHeader } from '../../_components/admin-nav';
import { requireAdminPage } from '../../_components/require-admin';
import { ImportForm } from './import-form';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('admin', 'import.title');

export default async function ImportUsersPage({ params }: LocaleParams) {
  await routeParams(params);
  await requireAdminPage('/staff/admin/users/import');
  const t = await getTranslations('admin');
  return (
    <div className="space-y-6">
      <AdminHeader current="users" title={t('import.title')} help={t('import.help')} actions={<ButtonLink href="/staff/admin/users" size="sm">{t('users.backToList')}</ButtonLink>} />
      <ImportForm />
    </div>
  );
}
