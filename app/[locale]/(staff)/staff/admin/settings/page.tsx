import { getTranslations } from 'next-intl/server';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { Field, inputClass } from '@/components/ui/field';
import { getPortalSettings } from '@/lib/dal/settings';
import { env } from '@/lib/env';
import { ActionForm, SubmitButton } from '../_components/action-form';
import { AdminHeader } from '../_components/admin-nav';
import { requireAdminPage } from '../_components/require-admin';
import { saveSettingsAction, testMailAction } from './actions';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('admin', 'settings.title');

const input = inputClass({ compact: true });
const card = 'max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-5';

export default async function SettingsPage({ params }: LocaleParams) {
  await routeParams(params);
  const viewer = await requireAdminPage('/staff/admin/settings');
  const [t, settings] = await Promise.all([getTranslations('admin'), getPortalSettings()]);
  const zones = Intl.supportedValuesOf('timeZone');
  return (
    <div className="space-y-6">
      <AdminHeader current="settings" title={t('settings.title')} help={t('settings.help')} />
      <section aria-labelledby="portal-title" className={card}>
        <h2 id="portal-title" className="text-lg font-semibold">{t('settings.portal')}</h2>
        <ActionForm action={saveSettingsAction} className="space-y-4" testId="settings-form">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t('settings.nameEn')}>
              <input name="portalNameEn" required maxLength={60} defaultValue={settings.portalNameEn} className={input} />
            </Field>
            <Field label={t('settings.nameZh')}>
              <input name="portalNameZh" required maxLength={60} defaultValue={settings.portalNameZh} className={input} />
            </Field>
            <Field label={t('settings.defaultLocale')}>
              <select name="defaultLocale" defaultValue={settings.defaultLocale} className={input}>
                <option value="en">English</option>
                <option value="zh">中文</option>
              </select>
            </Field>
            <Field label={t('settings.timeZone')}>
              <input name="timeZone" required maxLength={64} list="time-zones" defaultValue={settings.timeZone} autoComplete="off" spellCheck={false} className={input} />
            </Field>
          </div>
          <datalist id="time-zones">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <p className="text-xs text-slate-500">{t('settings.localeHint')}</p>
          <SubmitButton variant="primary" size="sm">{t('save')}</SubmitButton>
        </ActionForm>
      </section>
      <section aria-labelledby="mail-title" className={card}>
        <h2 id="mail-title" className="text-lg font-semibold">{t('settings.mail')}</h2>
        <p className="text-sm text-slate-600">{env.SMTP_URL ? t('settings.mailConfigured', { from: env.SMTP_FROM }) : t('settings.mailUnset')}</p>
        <ActionForm action={testMailAction} className="grid items-end gap-3 sm:grid-cols-[1fr_auto]" testId="test-mail">
          <Field label={t('settings.mailTo')}>
            <input name="to" type="email" required maxLength={254} defaultValue={viewer.email} className={input} />
          </Field>
          <SubmitButton size="sm">{t('settings.sendTest')}</SubmitButton>
        </ActionForm>
      </section>
    </div>
  );
}
