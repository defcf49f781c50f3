import { ArrowDown, ArrowUp } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { Field, inputClass } from '@/components/ui/field';
import { listCategoriesForAdmin } from '@/lib/dal/categories';
import { cn } from '@/lib/utils';
import { ActionForm, SubmitButton } from '../_components/action-form';
import { AdminHeader } from '../_components/admin-nav';
import { requireAdminPage } from '../_components/require-admin';
import { createCategoryAction, moveCategoryAction, renameCategoryAction, retireCategoryAction } from './actions';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('admin', 'categories.title');

const input = inputClass({ compact: true });

export default async function CategoriesPage({ params }: LocaleParams) {
  const { locale } = await routeParams(params);
  const viewer = await requireAdminPage('/staff/admin/categories');
  const [t, categories] = await Promise.all([getTranslations('admin'), listCategoriesForAdmin(viewer)]);
  return (
    <div className="space-y-6">
      <AdminHeader current="categories" title={t('categories.title')} help={t('categories.help')} />
      <ol className="space-y-3" data-testid="category-list">
        {categories.map((c, i) => {
          const name = locale === 'zh' ? c.nameZh : c.nameEn;
          return (
            <li key={c.id} className={cn('space-y-3 rounded-lg border bg-white p-4', c.retiredAt ? 'border-dashed border-slate-300 bg-slate-50' : 'border-slate-200')} data-testid={`category-${c.slug}`}>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-medium">{name}</span>
                <code className="text-xs text-slate-500">/news/category/{c.slug}</code>
                {c.retiredAt && <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-700">{t('categories.retiredBadge')}</span>}
                <span className="text-xs text-slate-500">{t('categories.articles', { count: c.articles })}</span>
                <div className="ml-auto flex items-center gap-1">
                  {(['up', 'down'] as const).map((direction) => (
                    <ActionForm key={direction} action={moveCategoryAction} statusClassName="sr-only">
                      <input type="hidden" name="id" value={c.id} />
                      <input type="hidden" name="direction" value={direction} />
                      <SubmitButton size="xs" variant="subtle" disabled={direction === 'up' ? i === 0 : i === categories.length - 1} aria-label={t(direction === 'up' ? 'categories.moveUp' : 'categories.moveDown', { name })}>
                        {direction === 'up' ? <ArrowUp aria-hidden="true" className="size-4" /> : <ArrowDown aria-hidden="true" className="size-4" />}
                      </SubmitButton>
                    </ActionForm>
                  ))}
                  <ActionForm action={retireCategoryAction} statusClassName="sr-only">
                    <input type="hidden" name="id" value={c.id} />
                    <input type="hidden" name="retired" value={c.retiredAt ? 'false' : 'true'} />
                    <SubmitButton size="xs" variant={c.retiredAt ? 'secondary' : 'danger'} aria-label={t(c.retiredAt ? 'categories.restoreLabel' : 'categories.retireLabel', { name })}>
                      {t(c.retiredAt ? 'categories.restore' : 'categories.retire')}
                    </SubmitButton>
                  </ActionForm>
                </div>
              </div>
              <ActionForm action={renameCategoryAction} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]" label={t('categories.renameLabel', { name })}>
                <input type="hidden" name="id" value={c.id} />
                <Field label={t('nameEn')}>
                  <input name="nameEn" required maxLength={80} defaultValue={c.nameEn} className={input} />
                </Field>
                <Field label={t('nameZh')}>
                  <input name="nameZh" required maxLength={80} defaultValue={c.nameZh} className={input} />
                </Field>
                <SubmitButton size="sm">{t('categories.rename')}</SubmitButton>
              </ActionForm>
            </li>
          );
        })}
      </ol>
      <section aria-labelledby="add-category" className="space-y-3">
        <h2 id="add-category" className="text-lg font-semibold">{t('categories.add')}</h2>
        <ActionForm action={createCategoryAction} className="grid items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_12rem_auto]" testId="add-category">
          <Field label={t('nameEn')}>
            <input name="nameEn" required maxLength={80} className={input} />
          </Field>
          <Field label={t('nameZh')}>
            <input name="nameZh" required maxLength={80} className={input} />
          </Field>
          <Field label={t('categories.slug')}>
            <input name="slug" maxLength={60} pattern="[a-z0-9][a-z0-9\-]*" className={input} />
          </Field>
          <SubmitButton size="sm" variant="primary">{t('categories.add')}</SubmitButton>
        </ActionForm>
        <p className="text-xs text-slate-500">{t('categories.slugHint')}</p>
      </section>
    </div>
  );
}
