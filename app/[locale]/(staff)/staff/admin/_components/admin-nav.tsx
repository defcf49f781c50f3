import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cn } from '@/lib/utils';

export type AdminSection = 'users' | 'units' | 'categories' | 'settings' | 'sso' | 'scim' | 'audit' | 'meetings';

const SECTIONS: AdminSection[] = ['users', 'units', 'categories', 'settings', 'sso', 'scim', 'meetings', 'audit'];

/** The sections of the admin console, the current one marked for screen readers too. */
export async function AdminNav({ current }: { current: AdminSection }) {
  const t = await getTranslations('admin');
  return (
    <nav aria-label={t('nav.label')} className="-mx-1 overflow-x-auto border-b border-slate-200">
      <ul className="flex min-w-max gap-1 px-1">
        {SECTIONS.map((s) => (
          <li key={s}>
            <Link
              href={`/staff/admin/${s}`}
              aria-current={s === current ? 'page' : undefined}
              className={cn(
                '-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium',
                s === current ? 'border-brand-600 text-brand-800' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
              )}
            >
              {t(`nav.${s}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The opening of an admin page: the console's navigation, the title and a line of help. */
export async function AdminHeader({ current, title, help, actions }: { current: AdminSection; title: string; help?: string; actions?: React.ReactNode }) {
  const t = await getTranslations('admin');
  return (
    <div className="space-y-4">
      <p className="text-sm font-medium text-slate-500">{t('consoleTitle')}</p>
      <AdminNav current={current} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
          {help && <p className="mt-1 max-w-3xl text-sm text-slate-600">{help}</p>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
    </div>
  );
}
