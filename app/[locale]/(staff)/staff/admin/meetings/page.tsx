import { forbidden } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaffPage } from '@/lib/auth/session';
import { getMeetingKinds, getMeetingSeries } from '@/lib/dal/meetings';
import { getUnitOptions } from '@/lib/dal/units';
import type { Locale } from '@/lib/i18n/config';
import { isAdmin } from '@/lib/permissions';
import { AddKindForm, RenameForm } from './name-forms';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('meetingEditor');
  return { title: t('admin.title'), robots: { index: false, follow: false } };
}

export default async function MeetingAdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const viewer = await requireStaffPage('/staff/admin/meetings');
  if (!isAdmin(viewer)) forbidden();
  const [t, kinds, series, units] = await Promise.all([
    getTranslations('meetingEditor'),
    getMeetingKinds(),
    getMeetingSeries(),
    getUnitOptions(locale),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-slate-900">{t('admin.title')}</h1>
      <section aria-labelledby="kinds-title" className="space-y-3">
        <h2 id="kinds-title" className="text-lg font-semibold">
          {t('admin.kindsTitle')}
        </h2>
        <p className="text-sm text-slate-600">{t('admin.kindsHelp')}</p>
        <ul className="space-y-3" data-testid="kind-list">
          {kinds.map((k) => (
            <li key={k.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="mb-2 text-sm">
                <span className="text-slate-500">{t('admin.code')}:</span> <code>{k.code}</code>
              </p>
              <RenameForm kind="kind" id={k.id} label={t('admin.renameKind', { code: k.code })} nameEn={k.nameEn} nameZh={k.nameZh} />
            </li>
          ))}
        </ul>
        <h3 className="pt-2 font-semibold">{t('admin.addKind')}</h3>
        <AddKindForm />
      </section>
      <section aria-labelledby="series-title" className="space-y-3">
        <h2 id="series-title" className="text-lg font-semibold">
          {t('admin.seriesTitle')}
        </h2>
        <p className="text-sm text-slate-600">{t('admin.seriesHelp')}</p>
        <ul className="space-y-3" data-testid="series-list">
          {series.map((s) => (
            <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="mb-2 text-sm">
                <code>{s.slug}</code> · <span className="text-slate-500">{t('admin.unit')}:</span>{' '}
                {s.unitId ? (unitName.get(s.unitId) ?? t('admin.noUnit')) : t('admin.noUnit')}
              </p>
              <RenameForm kind="series" id={s.id} label={t('admin.renameSeries', { slug: s.slug })} nameEn={s.nameEn} nameZh={s.nameZh} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
