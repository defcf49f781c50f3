import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Lock, Users } from 'lucide-react';
import { CardBadge, CardMeta } from '@/components/reader/article-card';
import { CoverImage } from '@/components/reader/card-media';
import { ItemList } from '@/components/ui/item-list';
import { Pagination } from '@/components/ui/pagination';
import type { SearchHit, SearchResult } from '@/lib/dal/search';
import { MAX_QUERY_CHARS, MAX_TERMS } from '@/lib/search/query';
import type { Highlighted } from '@/lib/search/snippet';
import { articlePath } from '@/lib/utils';

/** Highlighted text as React nodes: the matches in <mark>, everything else plain text. */
export function Marked({ parts }: { parts: Highlighted }) {
  return (
    <>
      {parts.map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

async function Hit({ hit }: { hit: SearchHit }) {
  const t = await getTranslations('search');
  const lang = hit.language === 'zh' ? 'zh-CN' : 'en';
  return (
    <article className="flow-root rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="search-hit">
      {hit.thumbnail && (
        <div className="float-right ml-4 hidden aspect-[16/9] w-40 overflow-hidden rounded sm:block">
          <CoverImage image={{ ...hit.thumbnail, sizes: '10rem' }} />
        </div>
      )}
      <CardMeta category={hit.category.name} publishedAt={hit.publishedAt}>
        {/* The kind of meeting, not "meeting report" again after the Meetings category. */}
        {hit.isMeeting && (hit.meetingKind || hit.category.name !== t('meeting')) && (
          <CardBadge icon={Users}>{hit.meetingKind ?? t('meeting')}</CardBadge>
        )}
        {hit.visibility === 'internal' && <CardBadge icon={Lock}>{t('internal')}</CardBadge>}
        {hit.source && <span>{hit.source}</span>}
      </CardMeta>
      <h2 className="text-lg font-semibold text-slate-900" lang={lang}>
        <Link href={articlePath(hit)} className="hover:text-brand-700 hover:underline">
          <Marked parts={hit.title} />
        </Link>
      </h2>
      {hit.snippet.length > 0 && (
        <p className="mt-2 text-sm text-slate-700" lang={lang} data-testid="search-snippet">
          <Marked parts={hit.snippet} />
        </p>
      )}
    </article>
  );
}

/** The results of a search, with the count announced to screen readers, and the pages. */
export async function SearchResults({
  result,
  signedIn,
  pageHref,
}: {
  result: SearchResult;
  signedIn: boolean;
  pageHref: (page: number) => string;
}) {
  const t = await getTranslations('search');
  if (result.status === 'empty') {
    return (
      <div className="space-y-2 text-slate-700" role="status">
        <p>{t('empty')}</p>
        <p className="text-sm text-slate-600">{t('tips')}</p>
      </div>
    );
  }
  if (result.status === 'no_terms') {
    return (
      <p className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900" role="status" data-testid="search-message">
        {t('noTerms')}
      </p>
    );
  }
  return (
    <section aria-labelledby="search-count">
      <div aria-live="polite" className="mb-4 space-y-1">
        <p id="search-count" className="font-medium text-slate-800" data-testid="search-count">
          {signedIn ? t('count', { count: result.total }) : t('countPublic', { count: result.total })}
        </p>
        {result.more && (
          <p className="text-sm text-slate-600" data-testid="search-more">
            {t('countMore', { count: result.total })}
          </p>
        )}
        {result.truncated && (
          <p className="text-sm text-amber-800" data-testid="search-truncated">
            {t('truncated', { max: MAX_QUERY_CHARS, terms: MAX_TERMS })}
          </p>
        )}
        {!signedIn && <p className="text-sm text-slate-600">{t('signInHint')}</p>}
      </div>
      <ItemList items={result.hits} empty={t('noResults')} ordered className="space-y-4">
        {(hit) => <Hit hit={hit} />}
      </ItemList>
      <Pagination page={result.page} pages={result.pages} href={pageHref} messages="search" className="mt-6" />
    </section>
  );
}
