import { getTranslations } from 'next-intl/server';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { ButtonLink } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { getUnitOptions } from '@/lib/dal/units';
import { ActionForm, SubmitButton } from '../../_components/action-form';
import { AdminHeader } from '../../_components/admin-nav';
import { requireAdminPage } from '../../_components/require-admin';
import { createUserAction } from '../actions';
import { compactInput, PasswordMode, RoleSelect, UnitSelect } from '../user-fields';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('admin', 'users.new');

export default async function NewUserPage({ params }: LocaleParams) {
  const { locale } = await routeParams(params);
  await requireAdminPage('/staff/admin/users/new');
  const [t, units] = await Promise.all([getTranslations('admin'), getUnitOptions(locale)]);
  return (
    <div className="space-y-6">
      <AdminHeader current="users" title={t('users.new')} help={t('users.newHelp')} actions={<ButtonLink href="/staff/admin/users" size="sm">{t('users.backToList')}</ButtonLink>} />
      <ActionForm action={createUserAction} className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-5" testId="new-user">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t('users.name')}>
            <input name="name" required maxLength={200} autoComplete="off" className={compactInput} />
          </Field>
          <Field label={t('users.email')}>
            <input name="email" type="email" required maxLength={254} autoComplete="off" className={compactInput} />
          </Field>
          <UnitSelect name="unit" label={t('users.unit')} units={units} empty={t('users.noUnit')} />
          <RoleSelect name="role" label={t('users.role')} withReader />
        </div>
        <p className="text-xs text-slate-500">{t('users.roleScopeHint')}</p>
        <PasswordMode />
        <SubmitButton variant="primary">{t('users.create')}</SubmitButton>
      </ActionForm>
    </div>
  );
}
