import { getTranslations } from 'next-intl/server';
import { getSearchFilterOptions, searchArticles } from '@/lib/dal/search';
import type { Locale } from '@/lib/i18n/config';
import type { Viewer } from '@/lib/permissions';
import type { SearchParams } from '@/lib/validation/search';
import { SearchResults } from './search-results';

function Select({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  any: string;
  options: { value: string | number; label: string }[];
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium text-slate-700">{label}</span>
      <select
        name={name}
        defaultValue={value === undefined ? '' : String(value)}
        className="rounded border border-slate-300 bg-white px-2 py-1.5"
      >
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The search page: the form (a plain GET form, so it works without JavaScript) and the results. */
export async function SearchScreen({ locale, viewer, params }: { locale: Locale; viewer: Viewer | null; params: SearchParams }) {
  const filters = { category: params.category, unit: params.unit, year: params.year, kind: params.kind };
  const [t, options, result] = await Promise.all([
    getTranslations('search'),
    getSearchFilterOptions(locale),
    searchArticles({ viewer, locale, query: params.q, filters, page: params.page }),
  ]);
  const pageHref = (page: number) => {
    const qs = new URLSearchParams();
    qs.set('q', params.q);
    for (const [k, v] of Object.entries(filters)) if (v !== undefined) qs.set(k, String(v));
    if (page > 1) qs.set('page', String(page));
    return `/search?${qs.toString()}`;
  };
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <form action="/search" method="get" role="search" className="space-y-3" data-testid="search-form">
        <div className="flex flex-wrap gap-2">
          <label htmlFor="search-q" className="sr-only">
            {t('label')}
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={params.q}
            placeholder={t('placeholder')}
            maxLength={10_000}
            className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-3 py-2"
          />
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t('submit')}
          </button>
        </div>
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="sr-only">{t('filters')}</legend>
          <Select name="category" label={t('category')} value={params.category} any={t('any')} options={options.categories} />
          <Select name="unit" label={t('unit')} value={params.unit} any={t('any')} options={options.units} />
          <Select name="year" label={t('year')} value={params.year} any={t('any')} options={options.years.map((y) => ({ value: y, label: String(y) }))} />
          <Select name="kind" label={t('kind')} value={params.kind} any={t('any')} options={options.kinds} />
        </fieldset>
        {filtered && (
          <a href={`/search?q=${encodeURIComponent(params.q)}`} className="text-sm text-brand-700 hover:underline">
            {t('clear')}
          </a>
        )}
      </form>
      <SearchResults result={result} signedIn={!!viewer} pageHref={pageHref} />
    </div>
  );
}
