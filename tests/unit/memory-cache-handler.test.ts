import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module loaded by Next at run time
import Handler from '@/lib/cache/memory-cache-handler.mjs';

describe('the in-memory page cache', () => {
  it('serves an entry until one of its tags is revalidated', async () => {
    const cache = new Handler();
    const page = { kind: 'APP_PAGE', html: 'x', headers: { 'x-next-cache-tags': '_N_T_/en/guest/news/1,article-1' } };
    await cache.set('k1', page, {});
    expect((await cache.get('k1', { kind: 'APP_PAGE' }))?.value).toBe(page);
    await new Promise((r) => setTimeout(r, 2));
    await cache.revalidateTag('article-1');
    expect(await cache.get('k1', { kind: 'APP_PAGE' })).toBeNull();
    await new Promise((r) => setTimeout(r, 2));
    await cache.set('k1', page, {});
    expect((await cache.get('k1', { kind: 'APP_PAGE' }))?.value).toBe(page);
  });

  it('keeps only successful pages, and is emptied by the publish hook whichever copy of the module serves', async () => {
    const cache = new Handler();
    await cache.set('missing', { kind: 'APP_PAGE', html: 'nf', status: 404 }, {});
    await cache.set('moved', { kind: 'APP_PAGE', html: 'r', status: 308 }, {});
    expect(await cache.get('missing', { kind: 'APP_PAGE' })).toBeNull();
    expect(await cache.get('moved', { kind: 'APP_PAGE' })).toBeNull();
    await cache.set('ok', { kind: 'APP_PAGE', html: 'ok', status: 200 }, {});
    expect(await new Handler().get('ok', { kind: 'APP_PAGE' })).not.toBeNull();
    (globalThis as { __newsroomPageCache?: { clear: () => void } }).__newsroomPageCache?.clear();
    expect(await cache.get('ok', { kind: 'APP_PAGE' })).toBeNull();
  });

  it('expires entries by soft tags of the request', async () => {
    const cache = new Handler();
    await cache.set('k2', { kind: 'FETCH' }, { tags: [] });
    await new Promise((r) => setTimeout(r, 2));
    await cache.revalidateTag(['_N_T_/en/guest']);
    expect(await cache.get('k2', { kind: 'FETCH', softTags: ['_N_T_/en/guest'] })).toBeNull();
  });

  it('evicts the least recently used entries when over its memory budget', async () => {
    const cache = new Handler();
    const big = (n: number) => ({ kind: 'APP_PAGE', html: 'x'.repeat(n), headers: {} });
    // The default budget is 48 MB; 40 pages of 1.5 MB (3 MB in memory each) cannot all stay.
    for (let i = 0; i < 40; i++) await cache.set(`p${i}`, big(1_500_000), {});
    expect(await cache.get('p0', { kind: 'APP_PAGE' })).toBeNull();
    expect(await cache.get('p39', { kind: 'APP_PAGE' })).not.toBeNull();
  });

  it('keeps to the budget the server gives it at start-up (NEWSROOM_PAGE_CACHE_MB)', async () => {
    const limit = globalThis as { __newsroomPageCacheBytes?: number };
    const { configurePageCache } = await import('@/lib/server/page-cache');
    const { env } = await import('@/lib/env');
    try {
      configurePageCache();
      expect(limit.__newsroomPageCacheBytes).toBe(env.NEWSROOM_PAGE_CACHE_MB * 1024 * 1024);
      limit.__newsroomPageCacheBytes = 8 * 1024 * 1024;
      const cache = new Handler();
      (globalThis as { __newsroomPageCache?: { clear: () => void } }).__newsroomPageCache?.clear();
      const page = (n: number) => ({ kind: 'APP_PAGE', html: 'x'.repeat(n), headers: {} });
      // 1.8 MB in memory each: the fifth pushes the first out of 8 MB.
      for (const key of ['s1', 's2', 's3', 's4', 's5']) await cache.set(key, page(900_000), {});
      expect(await cache.get('s1', { kind: 'APP_PAGE' })).toBeNull();
      expect(await cache.get('s2', { kind: 'APP_PAGE' })).not.toBeNull();
      expect(await cache.get('s5', { kind: 'APP_PAGE' })).not.toBeNull();
      // Nothing larger than a quarter of the budget is kept.
      await cache.set('huge', page(1_100_000), {});
      expect(await cache.get('huge', { kind: 'APP_PAGE' })).toBeNull();
    } finally {
      delete limit.__newsroomPageCacheBytes;
    }
  });
});
