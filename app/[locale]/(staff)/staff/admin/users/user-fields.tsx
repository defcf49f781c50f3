import { getTranslations } from 'next-intl/server';
import { Field, inputClass } from '@/components/ui/field';
import type { UnitNode } from '@/lib/dal/units';
import { ROLES } from '@/lib/permissions';

const input = inputClass({ compact: true });

/** A unit picker in tree order; retired units only where one is already chosen. */
export async function UnitSelect({ name, label, units, value, empty }: { name: string; label: string; units: UnitNode[]; value?: number | null; empty: string }) {
  return (
    <Field label={label}>
      <select name={name} defaultValue={value ?? ''} className={input}>
        <option value="">{empty}</option>
        {units
          .filter((u) => !u.retired || u.id === value)
          .map((u) => (
            <option key={u.id} value={u.id}>
              {`${'\u00a0\u00a0'.repeat(u.depth)}${u.name} (${u.code})`}
            </option>
          ))}
      </select>
    </Field>
  );
}

/** A role picker: the roles besides reader, which everyone holds. */
export async function RoleSelect({ name, label, withReader = false }: { name: string; label: string; withReader?: boolean }) {
  const t = await getTranslations('admin');
  return (
    <Field label={label}>
      <select name={name} defaultValue={withReader ? 'reader' : 'editor'} className={input}>
        {ROLES.filter((r) => withReader || r !== 'reader').map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** How a new or reset account gets its password: an invitation link, or a generated password shown once. */
export async function PasswordMode() {
  const t = await getTranslations('admin.users');
  return (
    <fieldset className="space-y-1 text-sm">
      <legend className="font-medium text-slate-800">{t('passwordMode')}</legend>
      <label className="flex items-start gap-2">
        <input type="radio" name="mode" value="invite" defaultChecked className="mt-1" />
        <span>{t('modeInvite')}</span>
      </label>
      <label className="flex items-start gap-2">
        <input type="radio" name="mode" value="generate" className="mt-1" />
        <span>{t('modeGenerate')}</span>
      </label>
    </fieldset>
  );
}

export { input as compactInput };
