import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { requireStaffPage } from '@/lib/auth/session';
import { getMeetingKinds, getMeetingSeries } from '@/lib/dal/meetings';
import { getUnitOptions } from '@/lib/dal/units';
import { isAdmin } from '@/lib/permissions';
import { AddKindForm, RenameForm } from './name-forms';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('meetingEditor', 'admin.title');

export default async function MeetingAdminPage({ params }: LocaleParams) {
  const { locale } = await routeParams(params);
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
      <NameSection
        id="kinds"
        title={t('admin.kindsTitle')}
        help={t('admin.kindsHelp')}
        footer={
          <>
            <h3 className="pt-2 font-semibold">{t('admin.addKind')}</h3>
            <AddKindForm />
          </>
        }
      >
        {kinds.map((k) => (
          <NameItem key={k.id} kind="kind" item={k} label={t('admin.renameKind', { code: k.code })}>
            <span className="text-slate-500">{t('admin.code')}:</span> <code>{k.code}</code>
          </NameItem>
        ))}
      </NameSection>
      <NameSection id="series" title={t('admin.seriesTitle')} help={t('admin.seriesHelp')}>
        {series.map((s) => (
          <NameItem key={s.id} kind="series" item={s} label={t('admin.renameSeries', { slug: s.slug })}>
            <code>{s.slug}</code> · <span className="text-slate-500">{t('admin.unit')}:</span>{' '}
            {s.unitId ? (unitName.get(s.unitId) ?? t('admin.noUnit')) : t('admin.noUnit')}
          </NameItem>
        ))}
      </NameSection>
    </div>
  );
}

/** One list of the page (kinds, series) with its heading and help. */
function NameSection({
  id,
  title,
  help,
  footer,
  children,
}: {
  id: 'kinds' | 'series';
  title: string;
  help: string;
  footer?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-slate-600">{help}</p>
      <ul className="space-y-3" data-testid={id === 'kinds' ? 'kind-list' : 'series-list'}>
        {children}
      </ul>
      {footer}
    </section>
  );
}

/** A kind or a series: what identifies it (children), then the form that renames it. */
function NameItem({
  kind,
  item,
  label,
  children,
}: {
  kind: 'kind' | 'series';
  item: { id: number; nameEn: string; nameZh: string };
  label: string;
  children: React.ReactNode;
}) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3">
      <p className="mb-2 text-sm">{children}</p>
      <RenameForm kind={kind} id={item.id} label={label} nameEn={item.nameEn} nameZh={item.nameZh} />
    </li>
  );
}
