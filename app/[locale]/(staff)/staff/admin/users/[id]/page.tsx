import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Download } from 'lucide-react';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { countActiveAdmins, getUserDetail } from '@/lib/dal/user-directory';
import { getUnitOptions } from '@/lib/dal/units';
import { ActionForm, ConfirmSubmit, SubmitButton } from '../../_components/action-form';
import { AdminHeader } from '../../_components/admin-nav';
import { requireAdminPage } from '../../_components/require-admin';
import { eraseUserAction, grantRoleAction, resetPasswordAction, revokeGrantAction, setActiveAction, signOutEverywhereAction, updateUserAction } from '../actions';
import { compactInput, PasswordMode, RoleSelect, UnitSelect } from '../user-fields';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('admin', 'users.edit');

const card = 'space-y-4 rounded-lg border border-slate-200 bg-white p-5';

export default async function UserPage({ params }: LocaleParams<{ id: string }>) {
  const { locale, id: raw } = await routeParams(params);
  const id = Number(raw);
  const viewer = await requireAdminPage(`/staff/admin/users/${raw}`);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const [t, format, units, user, admins] = await Promise.all([getTranslations('admin'), getFormatter(), getUnitOptions(locale), getUserDetail(viewer, id), countActiveAdmins(viewer)]);
  if (!user) notFound();
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const self = user.id === viewer.id;
  const lastAdmin = user.active && admins <= 1 && user.grants.some((g) => g.role === 'admin');
  const hidden = <input type="hidden" name="id" value={user.id} />;
  return (
    <div className="space-y-6">
      <AdminHeader
        current="users"
        title={user.name}
        help={`${user.email} · ${user.active ? t('users.active') : t('users.inactive')} · ${t('users.lastSignInAt', { at: user.lastLoginAt ? format.dateTime(user.lastLoginAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('users.never') })}`}
        actions={<ButtonLink href="/staff/admin/users" size="sm">{t('users.backToList')}</ButtonLink>}
      />
      {lastAdmin && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="last-admin">
          {t('users.lastAdminNote')}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="profile-title" className={card}>
          <h2 id="profile-title" className="text-lg font-semibold">{t('users.profile')}</h2>
          <ActionForm action={updateUserAction} className="space-y-3" testId="profile-form">
            {hidden}
            <Field label={t('users.name')}>
              <input name="name" required maxLength={200} defaultValue={user.name} className={compactInput} />
            </Field>
            <Field label={t('users.email')}>
              <input name="email" type="email" required maxLength={254} defaultValue={user.email} className={compactInput} />
            </Field>
            <UnitSelect name="unit" label={t('users.unit')} units={units} value={user.unitId} empty={t('users.noUnit')} />
            <SubmitButton variant="primary" size="sm">{t('save')}</SubmitButton>
          </ActionForm>
        </section>

        <section aria-labelledby="roles-title" className={card}>
          <h2 id="roles-title" className="text-lg font-semibold">{t('users.roles')}</h2>
          <p className="text-sm text-slate-600">{t('users.rolesHelp')}</p>
          <ul className="divide-y divide-slate-100 rounded border border-slate-200" data-testid="grant-list">
            {user.grants.filter((g) => g.role !== 'reader').length === 0 && <li className="p-3 text-sm text-slate-500">{t('users.readerOnly')}</li>}
            {user.grants
              .filter((g) => g.role !== 'reader')
              .map((g) => {
                const what = `${t(`roles.${g.role}`)} · ${g.unitId ? (unitName.get(g.unitId) ?? g.unit) : t('users.allUnits')}`;
                return (
                  <li key={g.id} className="p-3">
                    <ActionForm action={revokeGrantAction} className="flex flex-wrap items-center justify-between gap-2" label={t('users.revokeLabel', { what })}>
                      {hidden}
                      <input type="hidden" name="grantId" value={g.id} />
                      <input type="hidden" name="role" value={g.role} />
                      <span className="text-sm">{what}</span>
                      <SubmitButton size="xs" variant="danger" aria-label={t('users.revokeLabel', { what })}>
                        {t('users.revoke')}
                      </SubmitButton>
                    </ActionForm>
                  </li>
                );
              })}
          </ul>
          <ActionForm action={grantRoleAction} className="grid items-end gap-3 sm:grid-cols-[1fr_1.5fr_auto]" label={t('users.grant')} testId="grant-form">
            {hidden}
            <RoleSelect name="role" label={t('users.role')} />
            <UnitSelect name="unit" label={t('users.scope')} units={units} empty={t('users.allUnits')} />
            <SubmitButton size="sm">{t('users.grant')}</SubmitButton>
          </ActionForm>
        </section>

        <section aria-labelledby="account-title" className={card}>
          <h2 id="account-title" className="text-lg font-semibold">{t('users.account')}</h2>
          <ActionForm action={setActiveAction} className="space-y-2" testId="active-form">
            {hidden}
            <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
            <p className="text-sm text-slate-600">{user.active ? t('users.deactivateHelp') : t('users.activateHelp')}</p>
            {user.active ? (
              <ConfirmSubmit size="sm" variant="danger" disabled={self} confirm={{ title: t('users.deactivateTitle', { name: user.name }), message: t('users.deactivateHelp'), confirmLabel: t('users.deactivate'), cancelLabel: t('cancel'), danger: true }}>
                {t('users.deactivate')}
              </ConfirmSubmit>
            ) : (
              <SubmitButton size="sm" variant="primary">{t('users.activate')}</SubmitButton>
            )}
          </ActionForm>
          <ActionForm action={resetPasswordAction} className="space-y-2 border-t border-slate-100 pt-4" testId="reset-form">
            {hidden}
            <h3 className="font-medium">{t('users.resetPassword')}</h3>
            <p className="text-sm text-slate-600">{t('users.resetHelp')}</p>
            <PasswordMode />
            <SubmitButton size="sm">{t('users.resetPassword')}</SubmitButton>
          </ActionForm>
          <ActionForm action={signOutEverywhereAction} className="space-y-2 border-t border-slate-100 pt-4" testId="signout-form">
            {hidden}
            <p className="text-sm text-slate-600">{t('users.signOutHelp')}</p>
            <SubmitButton size="sm">{t('users.signOutEverywhere')}</SubmitButton>
          </ActionForm>
        </section>

        <section aria-labelledby="privacy-title" className={card}>
          <h2 id="privacy-title" className="text-lg font-semibold">{t('users.privacy')}</h2>
          <p className="text-sm text-slate-600">{t('users.exportHelp')}</p>
          <a href={`/api/admin/users/${user.id}/data`} download className={buttonClass({ size: 'sm' })}>
            <Download aria-hidden="true" className="size-4" />
            {t('users.exportData')}
          </a>
          <ActionForm action={eraseUserAction} className="space-y-2 border-t border-slate-100 pt-4" testId="erase-form">
            {hidden}
            <p className="text-sm text-slate-600">{t('users.eraseHelp')}</p>
            <ConfirmSubmit size="sm" variant="danger" disabled={self} confirm={{ title: t('users.eraseTitle', { name: user.name }), message: t('users.eraseConfirm', { email: user.email }), confirmLabel: t('users.erase'), cancelLabel: t('cancel'), danger: true }}>
              {t('users.erase')}
            </ConfirmSubmit>
          </ActionForm>
        </section>
      </div>
    </div>
  );
}
