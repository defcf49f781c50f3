import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { getFormatter, getTimeZone, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { firstValue, privatePageMetadata, routeParams, type LocaleParams, type SearchParamsProp } from '@/components/site/route';
import { Button } from '@/components/ui/button';
import { Field, inputClass, SelectField } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { requireStaffPage } from '@/lib/auth/session';
import { searchAuditLog } from '@/lib/dal/audit';
import { isAdmin } from '@/lib/permissions';
import { zonedTimeToUtc } from '@/lib/time';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('audit');

const id = z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().positive().max(2 ** 31).optional());
const day = z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional());
const filters = z.object({
  user: id,
  article: id,
  action: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(80).regex(/^[a-z_.]+$/).optional()),
  from: day,
  to: day,
  page: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(100_000).optional()),
});

const COLUMNS = ['when', 'user', 'action', 'subject', 'change', 'comment'] as const;

export default async function AuditPage({ params, searchParams }: LocaleParams & SearchParamsProp) {
  await routeParams(params);
  const viewer = await requireStaffPage('/staff/admin/audit');
  if (!isAdmin(viewer)) forbidden();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, firstValue(v)]));
  const parsed = filters.safeParse(raw);
  const [t, format, timeZone] = await Promise.all([getTranslations('audit'), getFormatter(), getTimeZone()]);
  const f = parsed.success ? parsed.data : {};
  const from = f.from ? zonedTimeToUtc(`${f.from}T00:00`, timeZone) : null;
  const toStart = f.to ? zonedTimeToUtc(`${f.to}T00:00`, timeZone) : null;
  const to = toStart ? new Date(toStart.getTime() + 24 * 3600_000) : null;
  const result = await searchAuditLog({
    viewer,
    userId: f.user,
    articleId: f.article,
    action: f.action,
    from: from ?? undefined,
    to: to ?? undefined,
    page: f.page,
  });
  const query = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...f, page })) if (v !== undefined && v !== '') q.set(k, String(v));
    return `?${q}`;
  };
  const input = inputClass({ compact: true });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6" data-testid="audit-filters">
        <SelectField name="user" label={t('user')} value={f.user} any={t('any')} options={result.users.map((u) => ({ value: u.id, label: u.name }))} />
        <Field label={t('article')}>
          <input name="article" inputMode="numeric" defaultValue={f.article ?? ''} className={input} />
        </Field>
        <SelectField name="action" label={t('action')} value={f.action} any={t('any')} options={result.actions.map((a) => ({ value: a, label: a }))} />
        <Field label={t('from')}>
          <input type="date" name="from" defaultValue={f.from ?? ''} className={input} />
        </Field>
        <Field label={t('to')}>
          <input type="date" name="to" defaultValue={f.to ?? ''} className={input} />
        </Field>
        <div className="flex items-end">
          <Button type="submit" variant="primary" size="sm" className="w-full">
            {t('filter')}
          </Button>
        </div>
      </form>
      {!parsed.success && <p className="text-sm text-red-700">{t('badFilter')}</p>}
      <p className="text-sm text-slate-600">{t('count', { count: result.total })}</p>
      {/* Focusable, so that keyboard users can scroll the table sideways on a narrow screen. */}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t('title')} tabIndex={0}>
        <table className="w-full text-left text-sm" data-testid="audit-table">
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="px-3 py-2">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.items.map((e) => (
              <tr key={e.id}>
                <td className="px-3 py-2 whitespace-nowrap">
                  <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
                </td>
                <td className="px-3 py-2">{e.actor ?? t('system')}</td>
                <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
                <td className="px-3 py-2">
                  {e.entityType === 'article' && e.entityId ? (
                    <Link href={`/staff/articles/${e.entityId}/history`} className="text-brand-700 hover:underline">
                      {t('articleRef', { id: e.entityId })}
                    </Link>
                  ) : (
                    `${e.entityType}${e.entityId ? ` #${e.entityId}` : ''}`
                  )}
                </td>
                <td className="px-3 py-2">{e.fromState || e.toState ? `${e.fromState ?? '–'} → ${e.toState ?? '–'}` : ''}</td>
                <td className="px-3 py-2 whitespace-pre-wrap">
                  {e.comment ?? [e.email, e.client && t('client', { address: e.client })].filter(Boolean).join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={result.page} pages={result.pages} href={query} messages="audit" />
    </div>
  );
}
