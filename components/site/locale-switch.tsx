import { setLocaleAction } from '@/app/[locale]/actions';
import type { Locale } from '@/lib/i18n/config';

/** A plain form, so that switching works before (and without) JavaScript. */
export function LocaleSwitch({ locale, label, ariaLabel }: { locale: Locale; label: string; ariaLabel: string }) {
  const other = locale === 'zh' ? 'en' : 'zh';
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        aria-label={ariaLabel}
        lang={other === 'zh' ? 'zh-CN' : 'en'}
        className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100"
        data-testid="locale-switch"
      >
        {label}
      </button>
    </form>
  );
}
