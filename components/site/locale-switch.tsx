import { setLocaleAction } from '@/app/[locale]/actions';
import type { Locale } from '@/lib/i18n/config';

/** A plain form, so that switching works before (and without) JavaScript. */
export function LocaleSwitch({ locale, label, ariaLabel }: { locale: Locale; label: string; ariaLabel: string }) {
  const other = locale === 'zh' ? 'en' : 'zh';
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      {/* The name spoken starts with the visible word (in its own language), then says what it does. */}
      <button type="submit" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100" data-testid="locale-switch">
        <span lang={other === 'zh' ? 'zh-CN' : 'en'}>{label}</span>
        <span className="sr-only"> ({ariaLabel})</span>
      </button>
    </form>
  );
}
