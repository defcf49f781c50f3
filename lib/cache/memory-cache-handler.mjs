// Cache for rendered pages and route responses, held in this process's memory only.
// The database is the source of truth: a restart, or a server pointed at another
// database, must never serve pages rendered from an earlier run. Each instance keeps
// its own copy; pages also carry a `revalidate` time so that instances behind a load
// balancer converge after a change made on another instance.

const MAX_ENTRIES = Number(process.env.NEWSROOM_PAGE_CACHE_ENTRIES || 5000);
const TAGS_HEADER = 'x-next-cache-tags';

/** @type {Map<string, { value: any, lastModified: number, tags: string[], cacheControl?: any }>} */
const entries = new Map();
/** @type {Map<string, number>} tag -> time it was expired */
const expiredTags = new Map();

function tagsOf(data, ctx) {
  const tags = new Set(Array.isArray(ctx?.tags) ? ctx.tags : []);
  const header = data?.headers?.[TAGS_HEADER];
  if (typeof header === 'string') for (const t of header.split(',')) if (t) tags.add(t);
  return [...tags];
}

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
        entries.delete(key);
        return null;
      }
    }
    // Refresh recency for the LRU order.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    if (data === null) {
      entries.delete(key);
      return;
    }
    entries.delete(key);
    entries.set(key, {
      value: data,
      lastModified: Date.now(),
      tags: tagsOf(data, ctx),
      cacheControl: ctx?.cacheControl,
    });
    while (entries.size > MAX_ENTRIES) {
      const oldest = entries.keys().next().value;
      entries.delete(oldest);
    }
  }

  async revalidateTag(tags) {
    const now = Date.now();
    for (const tag of typeof tags === 'string' ? [tags] : tags) expiredTags.set(tag, now);
  }

  resetRequestCache() {}
}
