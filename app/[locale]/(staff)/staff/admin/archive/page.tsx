import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { privatePageMetadata, routeParams, type LocaleParams } from '@/components/site/route';
import { requireStaffPage } from '@/lib/auth/session';
import { ARCHIVE_LIMITS } from '@/lib/archive/files';
import { getEditorOptions } from '@/lib/dal/editor';
import { isAdmin } from '@/lib/permissions';
import { ArchiveForm } from './archive-form';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('archive', 'title');

/** The archive import: admins bring a company's published reports in at once. */
export default async function ArchiveImportPage({ params }: LocaleParams) {
  const { locale } = await routeParams(params);
  const viewer = await requireStaffPage('/staff/admin/archive');
  if (!isAdmin(viewer)) forbidden();
  const [t, options] = await Promise.all([getTranslations('archive'), getEditorOptions({ viewer, locale })]);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <p className="max-w-3xl text-sm text-slate-600">
          {t('limits', { files: ARCHIVE_LIMITS.files, megabytes: ARCHIVE_LIMITS.totalBytes / 1024 / 1024 })}{' '}
          {t('commandLine')} <code className="rounded bg-slate-100 px-1 py-0.5 text-xs text-slate-800">npm run archive -- --help</code>
        </p>
      </header>
      <ArchiveForm
        categories={options.categories}
        units={options.units}
        defaultCategory={options.categories.find((c) => /meeting|会议/i.test(c.name))?.id ?? options.categories[0]?.id ?? null}
      />
    </div>
  );
}
