import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { getSearchFilterOptions, searchArticles } from '@/lib/dal/search';
import type { Locale } from '@/lib/i18n/config';
import type { Viewer } from '@/lib/permissions';
import type { SearchParams } from '@/lib/validation/search';
import { SearchQueryInput } from './search-query-input';
import { SearchResults } from './search-results';

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
  const years = options.years.map((y) => ({ value: y, label: String(y) }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <form action="/search" method="get" role="search" className="space-y-3" data-testid="search-form">
        <div className="flex flex-wrap gap-2">
          <SearchQueryInput
            id="search-q"
            label={t('label')}
            placeholder={t('placeholder')}
            defaultValue={params.q}
            className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-3 py-2"
          />
          <Button type="submit" variant="primary" size="lg">
            {t('submit')}
          </Button>
        </div>
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="sr-only">{t('filters')}</legend>
          <SelectField name="category" label={t('category')} value={params.category} any={t('any')} options={options.categories} />
          <SelectField name="unit" label={t('unit')} value={params.unit} any={t('any')} options={options.units} />
          <SelectField name="year" label={t('year')} value={params.year} any={t('any')} options={years} />
          <SelectField name="kind" label={t('kind')} value={params.kind} any={t('any')} options={options.kinds} />
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
