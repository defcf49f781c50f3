import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Download, Upload, UserPlus } from 'lucide-react';
import { z } from 'zod';
import { firstValue, privatePageMetadata, routeParams, type LocaleParams, type SearchParamsProp } from '@/components/site/route';
import { Button, ButtonLink, buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, inputClass, SelectField } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { searchUsers } from '@/lib/dal/user-directory';
import { getUnitOptions } from '@/lib/dal/units';
import { ROLES } from '@/lib/permissions';
import { AdminHeader } from '../_components/admin-nav';
import { requireAdminPage } from '../_components/require-admin';
import { RoleChips } from './role-chips';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('admin', 'users.title');

const blank = (v: unknown) => (v === '' ? undefined : v);
const filters = z.object({
  q: z.preprocess(blank, z.string().max(200).optional()),
  unit: z.preprocess(blank, z.coerce.number().int().positive().max(2 ** 31).optional()),
  role: z.preprocess(blank, z.enum(ROLES).optional()),
  status: z.preprocess(blank, z.enum(['active', 'inactive']).optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(100_000).optional()),
});

export default async function UsersPage({ params, searchParams }: LocaleParams & SearchParamsProp) {
  const { locale } = await routeParams(params);
  const viewer = await requireAdminPage('/staff/admin/users');
  const raw = await searchParams;
  const parsed = filters.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, firstValue(v)])));
  const f = parsed.success ? parsed.data : {};
  const [t, format, units, result] = await Promise.all([
    getTranslations('admin'),
    getFormatter(),
    getUnitOptions(locale),
    searchUsers(viewer, { q: f.q, unitId: f.unit, role: f.role, status: f.status, page: f.page }),
  ]);
  const query = (extra: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ q: f.q, unit: f.unit, role: f.role, status: f.status, ...extra })) if (v !== undefined && v !== '') q.set(k, String(v));
    return q.toString();
  };
  const unitName = new Map(units.map((u) => [u.code, u.name]));
  const input = inputClass({ compact: true });
  return (
    <div className="space-y-6">
      <AdminHeader
        current="users"
        title={t('users.title')}
        help={t('users.help')}
        actions={
          <>
            <ButtonLink href="/staff/admin/users/new" variant="primary" size="sm">
              <UserPlus aria-hidden="true" className="size-4" />
              {t('users.new')}
            </ButtonLink>
            <ButtonLink href="/staff/admin/users/import" size="sm">
              <Upload aria-hidden="true" className="size-4" />
              {t('users.import')}
            </ButtonLink>
            <a href={`/api/admin/users/export?${query({})}`} className={buttonClass({ size: 'sm' })} download>
              <Download aria-hidden="true" className="size-4" />
              {t('users.export')}
            </a>
          </>
        }
      />
      {firstValue(raw.erased) === '1' && (
        <p role="status" className="rounded border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          {t('users.erased')}
        </p>
      )}
      <form method="get" role="search" aria-label={t('users.filters')} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1.5fr_1fr_1fr_auto]" data-testid="user-filters">
        <Field label={t('users.search')}>
          <input type="search" name="q" defaultValue={f.q ?? ''} maxLength={200} placeholder={t('users.searchPlaceholder')} className={input} />
        </Field>
        <SelectField label={t('users.unit')} name="unit" value={f.unit} any={t('any')} options={units.map((u) => ({ value: u.id, label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}` }))} />
        <SelectField label={t('users.role')} name="role" value={f.role} any={t('any')} options={ROLES.filter((r) => r !== 'reader').map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        <SelectField label={t('users.status')} name="status" value={f.status} any={t('any')} options={[{ value: 'active', label: t('users.active') }, { value: 'inactive', label: t('users.inactive') }]} />
        <div className="flex items-end">
          <Button type="submit" size="sm" variant="primary" className="w-full">
            {t('users.filter')}
          </Button>
        </div>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {t('users.count', { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <EmptyState>{t('users.none')}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[44rem] text-left text-sm" data-testid="user-table">
            <caption className="sr-only">{t('users.title')}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">{t('users.person')}</th>
                <th scope="col" className="px-3 py-2">{t('users.unit')}</th>
                <th scope="col" className="px-3 py-2">{t('users.roles')}</th>
                <th scope="col" className="px-3 py-2">{t('users.status')}</th>
                <th scope="col" className="px-3 py-2">{t('users.lastSignIn')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.items.map((u) => (
                <tr key={u.id} className="align-top">
                  <td className="px-3 py-2">
                    <Link href={`/staff/admin/users/${u.id}`} className="font-medium text-brand-800 hover:underline">
                      {u.name}
                    </Link>
                    <div className="text-xs break-all text-slate-500">{u.email}</div>
                  </td>
                  <td className="px-3 py-2 text-slate-700">{u.unit ? (unitName.get(u.unit) ?? u.unit) : '—'}</td>
                  <td className="px-3 py-2">
                    <RoleChips grants={u.grants} unitName={unitName} />
                  </td>
                  <td className="px-3 py-2">
                    <span className={u.active ? 'text-emerald-800' : 'font-medium text-red-700'}>{u.active ? t('users.active') : t('users.inactive')}</span>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-slate-600">{u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('users.never')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pages={result.pages} href={(page) => `?${query({ page })}`} messages="admin" />
    </div>
  );
}
