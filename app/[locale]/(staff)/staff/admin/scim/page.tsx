import { forbidden } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { EmptyState } from '@/components/ui/empty-state';
import { portalBaseUrl } from '@/lib/auth/base-url';
import { requireStaffPage } from '@/lib/auth/session';
import { listScimTokens } from '@/lib/dal/scim-tokens';
import { isAdmin } from '@/lib/permissions';
import { CreateTokenForm, RevokeTokenButton } from './token-forms';
import { AdminHeader } from '../_components/admin-nav';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('identityAdmin', 'scim.title');

const COLUMNS = ['name', 'createdBy', 'createdAt', 'lastUsed', 'status'] as const;

export default async function ScimAdminPage({ params }: LocaleParams) {
  await routeParams(params);
  const viewer = await requireStaffPage('/staff/admin/scim');
  if (!isAdmin(viewer)) forbidden();
  const [t, format, tokens, base] = await Promise.all([getTranslations('identityAdmin.scim'), getFormatter(), listScimTokens(viewer), portalBaseUrl()]);
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' })}</time>
  );
  return (
    <div className="space-y-8">
      <AdminHeader current="scim" title={t('title')} help={t('intro')} />
      <section aria-labelledby="scim-endpoint" className="space-y-2">
        <h2 id="scim-endpoint" className="text-lg font-semibold">
          {t('endpoint')}
        </h2>
        <p className="rounded-lg border border-slate-200 bg-white p-3 font-mono text-sm break-all" data-testid="scim-endpoint">
          {base}/scim/v2
        </p>
        <p className="max-w-3xl text-sm text-slate-600">{t('endpointHelp')}</p>
      </section>
      <section aria-labelledby="scim-tokens" className="space-y-3">
        <h2 id="scim-tokens" className="text-lg font-semibold">
          {t('tokensTitle')}
        </h2>
        <CreateTokenForm />
        {tokens.length === 0 ? (
          <EmptyState>{t('empty')}</EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm" data-testid="token-table">
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
                <tr>
                  {COLUMNS.map((c) => (
                    <th key={c} scope="col" className="px-3 py-2 whitespace-nowrap">
                      {t(c)}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {tokens.map((token) => (
                  <tr key={token.id} className={token.revokedAt ? 'text-slate-500' : undefined}>
                    <td className="px-3 py-2 font-medium">{token.name}</td>
                    <td className="px-3 py-2">{token.createdBy ?? '—'}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{when(token.createdAt)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{token.lastUsedAt ? when(token.lastUsedAt) : t('never')}</td>
                    <td className="px-3 py-2">
                      {token.revokedAt ? t('revoked', { date: format.dateTime(token.revokedAt, { dateStyle: 'medium' }) }) : t('active')}
                    </td>
                    <td className="px-3 py-2">{!token.revokedAt && <RevokeTokenButton id={token.id} name={token.name} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
