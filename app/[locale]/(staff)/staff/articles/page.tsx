import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { firstValue, privatePageMetadata, routeParams, type LocaleParams, type SearchParamsProp } from '@/components/site/route';
import { Button } from '@/components/ui/button';
import { Field, inputClass, SelectField } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { requireStaffPage } from '@/lib/auth/session';
import { listStaffArticles, STAFF_SORTS, STAFF_STATES, type StaffArticleRow } from '@/lib/dal/staff-articles';
import { cn } from '@/lib/utils';

export const dynamic = 'force-dynamic';

export const generateMetadata = privatePageMetadata('staffArticles');

const blank = (v: unknown) => (v === '' ? undefined : v);
const id = z.preprocess(blank, z.coerce.number().int().positive().max(2 ** 31).optional());
const filters = z.object({
  q: z.preprocess(blank, z.string().max(200).optional()),
  state: z.preprocess(blank, z.enum(STAFF_STATES).optional()),
  unit: id,
  category: id,
  author: id,
  language: z.preprocess(blank, z.enum(['en', 'zh']).optional()),
  kind: z.preprocess(blank, z.string().max(60).regex(/^[a-z0-9_]+$/).optional()),
  sort: z.preprocess(blank, z.enum(STAFF_SORTS).optional()),
  mine: z.preprocess((v) => (v === '1' || v === 'on' ? true : undefined), z.literal(true).optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(100_000).optional()),
});
type Filters = z.output<typeof filters>;

/** The filters that parse, one by one: a bad one is dropped, not the others. */
function parseFilters(raw: Record<string, string | undefined>): { filters: Filters; bad: boolean } {
  const out: Record<string, unknown> = {};
  let bad = false;
  for (const [key, schema] of Object.entries(filters.shape)) {
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
    else bad = true;
  }
  return { filters: out as Filters, bad };
}

const STATE_TONE: Record<string, string> = {
  draft: 'bg-slate-100 text-slate-800',
  in_review: 'bg-amber-100 text-amber-900',
  approved: 'bg-emerald-100 text-emerald-900',
  scheduled: 'bg-sky-100 text-sky-900',
  published: 'bg-brand-50 text-brand-800',
  rejected: 'bg-red-100 text-red-900',
  archived: 'bg-slate-200 text-slate-800',
};

export default async function StaffArticlesPage({ params, searchParams }: LocaleParams & SearchParamsProp) {
  const { locale } = await routeParams(params);
  const viewer = await requireStaffPage('/staff/articles');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, firstValue(v)]));
  const { filters: f, bad } = parseFilters(raw);
  const [result, t] = await Promise.all([listStaffArticles({ viewer, locale, filters: f }), getTranslations('staffArticles')]);
  const href = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...f, page: page > 1 ? page : undefined })) {
      if (v !== undefined && v !== '') q.set(k, v === true ? '1' : String(v));
    }
    const s = q.toString();
    return s ? `/staff/articles?${s}` : '/staff/articles';
  };
  const filtered = Object.entries(f).some(([k, v]) => k !== 'page' && k !== 'sort' && v !== undefined);
  const options = result.options;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('intro')}</p>
      </div>
      <form method="get" action="/staff/articles" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-4" data-testid="article-filters">
        <Field label={t('search')} className="col-span-2">
          <input type="search" name="q" defaultValue={f.q ?? ''} maxLength={200} className={inputClass({ compact: true })} />
        </Field>
        <SelectField name="state" label={t('state')} value={f.state} any={t('any')} options={STAFF_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))} />
        <Field label={t('sort')}>
          <select name="sort" defaultValue={f.sort ?? 'updated'} className={inputClass({ compact: true })}>
            {STAFF_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <SelectField name="unit" label={t('unit')} value={f.unit} any={t('any')} options={options.units} />
        <SelectField name="category" label={t('category')} value={f.category} any={t('any')} options={options.categories} />
        <SelectField name="author" label={t('author')} value={f.author} any={t('any')} options={options.authors} />
        <SelectField name="language" label={t('language')} value={f.language} any={t('any')} options={(['en', 'zh'] as const).map((l) => ({ value: l, label: t(`languages.${l}`) }))} />
        <SelectField name="kind" label={t('kind')} value={f.kind} any={t('any')} options={options.kinds} />
        <label className="flex items-center gap-2 self-end py-1.5 text-sm font-medium text-slate-800">
          <input type="checkbox" name="mine" value="1" defaultChecked={!!f.mine} className="size-4" />
          {t('mine')}
        </label>
        <div className="col-span-2 flex items-end gap-3">
          <Button type="submit" variant="primary" size="sm">
            {t('filter')}
          </Button>
          {filtered && (
            <Link href="/staff/articles" className="py-1.5 text-sm font-medium text-brand-700 hover:underline">
              {t('clear')}
            </Link>
          )}
        </div>
      </form>
      {bad && <p className="text-sm text-red-700">{t('badFilter')}</p>}
      <p className="text-sm font-medium text-slate-700" role="status" data-testid="article-count">
        {t('count', { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">{t('none')}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="article-list">
          {result.items.map((item) => (
            <Row key={item.id} item={item} />
          ))}
        </ul>
      )}
      <Pagination page={result.page} pages={result.pages} href={href} messages="staffArticles" />
    </div>
  );
}

async function Row({ item }: { item: StaffArticleRow }) {
  const [t, format] = await Promise.all([getTranslations('staffArticles'), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const toReview = !item.canEdit && item.state === 'in_review';
  return (
    <li className="flex flex-col gap-1 px-4 py-3 md:flex-row md:items-baseline md:gap-4" data-testid="article-row">
      <div className="min-w-0 flex-1">
        <Link
          href={`/staff/articles/${item.id}${toReview ? '/review' : ''}`}
          className="font-medium text-brand-800 hover:underline"
          lang={item.language === 'zh' ? 'zh-CN' : 'en'}
        >
          {item.title || '—'}
        </Link>
        <p className="mt-0.5 text-xs text-slate-600">
          {[item.category, item.unit, item.author].filter(Boolean).join(' · ')}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs md:w-80 md:justify-end">
        <span className={cn('rounded px-1.5 py-0.5 font-medium', item.failed ? 'bg-red-100 text-red-900' : STATE_TONE[item.state])} data-testid="article-state">
          {t(`states.${item.failed ? 'failed' : item.state}`)}
        </span>
        {item.live && <span className="text-slate-700">{t('liveToo')}</span>}
        {item.state === 'scheduled' && item.scheduledAt && <span className="text-slate-700">{t('scheduledFor', { time: when(item.scheduledAt) })}</span>}
        <span className="text-slate-600">
          <time dateTime={item.updatedAt.toISOString()}>{when(item.updatedAt)}</time> · {t('byEditor', { name: item.editor })}
        </span>
      </div>
    </li>
  );
}
