import { getTranslations } from 'next-intl/server';
import type { UserGrant } from '@/lib/dal/user-directory';

/** A user's roles besides reader, each with its unit scope; "Reader" when there are none. */
export async function RoleChips({ grants, unitName }: { grants: UserGrant[]; unitName: Map<string, string> }) {
  const t = await getTranslations('admin');
  const shown = grants.filter((g) => g.role !== 'reader');
  if (shown.length === 0) return <span className="text-slate-500">{t('roles.reader')}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {shown.map((g) => (
        <li key={g.id} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">
          {t(`roles.${g.role}`)}
          {g.unit && <span className="text-slate-500"> · {unitName.get(g.unit) ?? g.unit}</span>}
        </li>
      ))}
    </ul>
  );
}
