// Cache for rendered pages and route responses, held in this process's memory only.
// The database is the source of truth: a restart, or a server pointed at another
// database, must never serve pages rendered from an earlier run. Each instance keeps
// its own copy; pages also carry a `revalidate` time so that instances behind a load
// balancer converge after a change made on another instance.

// Bounded by size, so that the cache can never grow the heap past its limit:
// NEWSROOM_PAGE_CACHE_MB, which the server sets when it starts (lib/server/page-cache.ts).
// Next loads this file as plain JavaScript, outside the app's modules, so it cannot read
// lib/env.ts itself; until the server has started, the default applies.
const DEFAULT_MAX_BYTES = 48 * 1024 * 1024;
const maxBytes = () => globalThis.__newsroomPageCacheBytes ?? DEFAULT_MAX_BYTES;
const TAGS_HEADER = 'x-next-cache-tags';

// Next may load this module more than once in one process; every copy shares one store, so
// that clearing it (see below) clears what is served.
/** @type {{ entries: Map<string, { value: any, lastModified: number, tags: string[], cacheControl?: any, size: number }>, bytes: number, expiredTags: Map<string, number> }} */
const store = (globalThis.__newsroomPageStore ??= { entries: new Map(), bytes: 0, expiredTags: new Map() });
const entries = store.entries;

function byteSize(x) {
  if (x == null) return 0;
  if (typeof x === 'string') return x.length * 2;
  if (x instanceof Uint8Array) return x.byteLength;
  if (x instanceof Map) {
    let n = 0;
    for (const v of x.values()) n += byteSize(v);
    return n;
  }
  return 0;
}

/** Approximate memory held by a cached response (its HTML, RSC payloads and body). */
function sizeOf(value) {
  const n = byteSize(value?.html) + byteSize(value?.rscData) + byteSize(value?.segmentData) + byteSize(value?.body);
  return n > 0 ? n + 1024 : 16 * 1024;
}

function remove(key) {
  const e = entries.get(key);
  if (!e) return;
  store.bytes -= e.size;
  entries.delete(key);
}
/** tag -> time it was expired */
const expiredTags = store.expiredTags;

function tagsOf(data, ctx) {
  const tags = new Set(Array.isArray(ctx?.tags) ? ctx.tags : []);
  const header = data?.headers?.[TAGS_HEADER];
  if (typeof header === 'string') for (const t of header.split(',')) if (t) tags.add(t);
  return [...tags];
}

// Publishing and unpublishing (also from the scheduler, outside any request) empty the
// cache through this hook, so a withdrawn article is gone on the next request.
globalThis.__newsroomPageCache = {
  clear() {
    entries.clear();
    store.bytes = 0;
  },
};

export default class MemoryCacheHandler {
  constructor() {}

  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) return null;
    const softTags = Array.isArray(ctx?.softTags) ? ctx.softTags : [];
    const ctxTags = Array.isArray(ctx?.tags) ? ctx.tags : [];
    for (const tag of [...entry.tags, ...ctxTags, ...softTags]) {
      const at = expiredTags.get(tag);
      if (at !== undefined && at >= entry.lastModified) {
        remove(key);
        return null;
      }
    }
    // Refresh recency for the LRU order.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    remove(key);
    if (data === null) return;
    // Only successful pages are kept. A "not found" must not outlive the article's
    // publication, and a redirect regenerated in the background is stored without its
    // Location header, which would strand clients that do not run scripts.
    if (typeof data.status === 'number' && data.status !== 200) return;
    const size = sizeOf(data);
    const limit = maxBytes();
    if (size > limit / 4) return;
    entries.set(key, { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx), cacheControl: ctx?.cacheControl, size });
    store.bytes += size;
    while (store.bytes > limit && entries.size > 0) remove(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const now = Date.now();
    for (const tag of typeof tags === 'string' ? [tags] : tags) expiredTags.set(tag, now);
  }

  resetRequestCache() {}
}
