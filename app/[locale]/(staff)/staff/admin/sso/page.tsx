import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { EmptyState } from '@/components/ui/empty-state';
import { portalBaseUrl } from '@/lib/auth/base-url';
import { ssoEnabled } from '@/lib/auth/oidc';
import { requireStaffPage } from '@/lib/auth/session';
import { listGroupMappings } from '@/lib/dal/directory-groups';
import { getUnitOptions } from '@/lib/dal/units';
import { env } from '@/lib/env';
import { isAdmin } from '@/lib/permissions';
import { AddMappingForm, RemoveMappingButton } from './mapping-forms';
import { AdminHeader } from '../_components/admin-nav';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('identityAdmin', 'sso.title');

export default async function SsoAdminPage({ params }: LocaleParams) {
  const { locale } = await routeParams(params);
  const viewer = await requireStaffPage('/staff/admin/sso');
  if (!isAdmin(viewer)) forbidden();
  const [t, tr, mappings, units, base] = await Promise.all([
    getTranslations('identityAdmin.sso'),
    getTranslations('identityAdmin.roles'),
    listGroupMappings(viewer),
    getUnitOptions(locale),
    portalBaseUrl(),
  ]);
  const unitName = new Map(units.map((u) => [u.id, `${u.name} (${u.code})`]));
  const settings: [string, string][] = [
    [t('status'), ssoEnabled ? t('on', { name: env.AUTH_OIDC_NAME }) : t('off')],
    [t('issuer'), env.AUTH_OIDC_ISSUER ?? '—'],
    [t('redirectUri'), `${base}/api/auth/callback/oidc`],
    [t('logoutUri'), `${base}/`],
    [t('groupsClaim'), env.AUTH_OIDC_GROUPS_CLAIM],
    [t('unitClaim'), env.AUTH_OIDC_UNIT_CLAIM ?? t('none')],
    [t('domains'), env.AUTH_OIDC_ALLOWED_DOMAINS ?? t('anyDomain')],
    [t('passwords'), env.NEWSROOM_LOCAL_SIGN_IN ? t('passwordsOn') : t('passwordsOff', { email: env.NEWSROOM_BREAK_GLASS_EMAIL ?? '—' })],
  ];
  return (
    <div className="space-y-8">
      <AdminHeader current="sso" title={t('title')} help={t('intro')} />
      <section aria-labelledby="sso-settings" className="space-y-3">
        <h2 id="sso-settings" className="text-lg font-semibold">
          {t('settingsTitle')}
        </h2>
        <p className="text-sm text-slate-600">{t('settingsHelp')}</p>
        <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]" data-testid="sso-settings">
          {settings.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="font-mono text-xs break-all text-slate-900 sm:text-sm">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="sso-mappings" className="space-y-3">
        <h2 id="sso-mappings" className="text-lg font-semibold">
          {t('mappingsTitle')}
        </h2>
        <p className="max-w-3xl text-sm text-slate-600">{t('mappingsHelp')}</p>
        {mappings.length === 0 ? (
          <EmptyState>{t('empty')}</EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm" data-testid="mapping-table">
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('group')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('role')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('unit')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {mappings.map((m) => (
                  <tr key={m.id}>
                    <td className="px-3 py-2 font-mono text-xs break-all">{m.group}</td>
                    <td className="px-3 py-2">{tr(m.role)}</td>
                    <td className="px-3 py-2">{m.unitId ? (unitName.get(m.unitId) ?? m.unitCode) : t('allUnits')}</td>
                    <td className="px-3 py-2">
                      <RemoveMappingButton id={m.id} label={t('removeLabel', { group: m.group, role: tr(m.role) })} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="pt-2 font-semibold">{t('addTitle')}</h3>
        <AddMappingForm units={units.map((u) => ({ code: u.code, label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name} (${u.code})` }))} />
      </section>
    </div>
  );
}
