import { getTranslations } from 'next-intl/server';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { Field, inputClass } from '@/components/ui/field';
import { listUnitsForAdmin, UNIT_KINDS, type AdminUnit } from '@/lib/dal/unit-admin';
import { cn } from '@/lib/utils';
import { ActionForm, ConfirmSubmit, SubmitButton } from '../_components/action-form';
import { AdminHeader } from '../_components/admin-nav';
import { requireAdminPage } from '../_components/require-admin';
import { createUnitAction, deleteUnitAction, retireUnitAction, updateUnitAction } from './actions';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('admin', 'units.title');

const input = inputClass({ compact: true });

export default async function UnitsPage({ params }: LocaleParams) {
  const { locale } = await routeParams(params);
  const viewer = await requireAdminPage('/staff/admin/units');
  const [t, units] = await Promise.all([getTranslations('admin'), listUnitsForAdmin(viewer)]);
  const nameOf = (u: AdminUnit) => (locale === 'zh' ? u.nameZh : u.nameEn);
  return (
    <div className="space-y-6">
      <AdminHeader current="units" title={t('units.title')} help={t('units.help')} />
      <ol className="space-y-2" data-testid="unit-tree" aria-label={t('units.tree')}>
        {units.map((u) => (
          <li key={u.id} style={{ marginInlineStart: `${Math.min(u.depth, 6) * 1.25}rem` }} className={cn('rounded-lg border bg-white', u.retiredAt ? 'border-dashed border-slate-300 bg-slate-50' : 'border-slate-200')} data-testid={`unit-${u.code}`}>
            <details className="group">
              <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 p-3">
                <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold">{u.code}</code>
                <span className="font-medium">{nameOf(u)}</span>
                <span className="text-xs text-slate-500">{t(`units.kinds.${u.kind}`)}</span>
                {u.retiredAt && <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-700">{t('units.retiredBadge')}</span>}
                <span className="ml-auto text-xs text-slate-500">{t('units.refs', u.refs)}</span>
              </summary>
              <div className="space-y-4 border-t border-slate-100 p-3">
                <ActionForm action={updateUnitAction} className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_10rem_1fr_auto]" label={t('units.editLabel', { code: u.code })}>
                  <input type="hidden" name="id" value={u.id} />
                  <UnitFields t={t} units={units} self={u} />
                  <SubmitButton size="sm" variant="primary">{t('save')}</SubmitButton>
                </ActionForm>
                <div className="flex flex-wrap items-start gap-4">
                  <ActionForm action={retireUnitAction} className="space-y-1">
                    <input type="hidden" name="id" value={u.id} />
                    <input type="hidden" name="retired" value={u.retiredAt ? 'false' : 'true'} />
                    {u.retiredAt ? (
                      <SubmitButton size="sm">{t('units.restore')}</SubmitButton>
                    ) : (
                      <ConfirmSubmit size="sm" variant="danger" confirm={{ title: t('units.retireTitle', { code: u.code }), message: t('units.retireConfirm', u.refs), confirmLabel: t('units.retire'), cancelLabel: t('cancel'), danger: true }}>
                        {t('units.retire')}
                      </ConfirmSubmit>
                    )}
                  </ActionForm>
                  {Object.values(u.refs).every((n) => n === 0) && (
                    <ActionForm action={deleteUnitAction} className="space-y-1">
                      <input type="hidden" name="id" value={u.id} />
                      <ConfirmSubmit size="sm" variant="danger" confirm={{ title: t('units.deleteTitle', { code: u.code }), message: t('units.deleteConfirm'), confirmLabel: t('units.delete'), cancelLabel: t('cancel'), danger: true }}>
                        {t('units.delete')}
                      </ConfirmSubmit>
                    </ActionForm>
                  )}
                </div>
              </div>
            </details>
          </li>
        ))}
      </ol>
      <section aria-labelledby="add-unit" className="space-y-3">
        <h2 id="add-unit" className="text-lg font-semibold">{t('units.add')}</h2>
        <ActionForm action={createUnitAction} className="grid items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[8rem_1fr_1fr_10rem_1fr_auto]" testId="add-unit">
          <Field label={t('units.code')}>
            <input name="code" required maxLength={32} pattern="[A-Za-z0-9][A-Za-z0-9_\-]{0,31}" className={cn(input, 'uppercase')} />
          </Field>
          <UnitFields t={t} units={units} />
          <SubmitButton size="sm" variant="primary">{t('units.add')}</SubmitButton>
        </ActionForm>
        <p className="text-xs text-slate-500">{t('units.codeHint')}</p>
      </section>
    </div>
  );
}

/** Names, kind and parent of a unit: to edit one (`self`) or to add one. */
function UnitFields({ t, units, self }: { t: Awaited<ReturnType<typeof getTranslations<'admin'>>>; units: AdminUnit[]; self?: AdminUnit }) {
  return (
    <>
      <Field label={t('nameEn')}>
        <input name="nameEn" required maxLength={120} defaultValue={self?.nameEn} className={input} />
      </Field>
      <Field label={t('nameZh')}>
        <input name="nameZh" required maxLength={120} defaultValue={self?.nameZh} className={input} />
      </Field>
      <Field label={t('units.kind')}>
        <select name="kind" defaultValue={self?.kind ?? 'company'} className={input}>
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`units.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('units.parent')}>
        <select name="parent" defaultValue={self ? (self.parentId ?? '') : (units[0]?.id ?? '')} className={input}>
          <option value="">{t('units.topLevel')}</option>
          {units
            .filter((p) => p.id !== self?.id && (!p.retiredAt || p.id === self?.parentId))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {`${'\u00a0\u00a0'.repeat(p.depth)}${p.code} · ${p.nameEn}`}
              </option>
            ))}
        </select>
      </Field>
    </>
  );
}
