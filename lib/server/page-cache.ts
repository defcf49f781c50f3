import 'server-only';
import { invalidateReadModels } from '@/lib/dal/memo';
import { env } from '@/lib/env';

type PageCache = { clear: () => void };

/**
 * Gives the page cache (lib/cache/memory-cache-handler.mjs, which Next loads outside the
 * app's modules) its size, NEWSROOM_PAGE_CACHE_MB. Called when the server starts.
 */
export function configurePageCache() {
  (globalThis as { __newsroomPageCacheBytes?: number }).__newsroomPageCacheBytes = env.NEWSROOM_PAGE_CACHE_MB * 1024 * 1024;
}

/**
 * Forgets every rendered public page and read model of this instance, after a change of
 * what readers may see (publish, unpublish, a scheduled publication). Works outside a
 * request too, unlike revalidatePath. Other instances catch up within a minute.
 */
export function invalidatePublicPages() {
  invalidateReadModels();
  (globalThis as { __newsroomPageCache?: PageCache }).__newsroomPageCache?.clear();
}
