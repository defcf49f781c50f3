import 'server-only';

// A short-lived, size-bounded cache for read models that do not depend on who the viewer
// is beyond "signed in or not" (front page, lists, an article's related news). Access is
// still decided per request against the live rows; this only saves rebuilding the same
// lists for every reader. Writes that change what readers see call invalidateReadModels().

const TTL_MS = 30_000;
const MAX_ENTRIES = 2_000;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();
let generation = 0;

export async function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const started = generation;
  const value = load();
  entries.set(key, { at: now, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  try {
    return await value;
  } catch (error) {
    entries.delete(key);
    throw error;
  } finally {
    // A load that overlapped an invalidation may hold old data: do not keep it.
    if (started !== generation) entries.delete(key);
  }
}

/** Forget every cached read model (after publishing, editing or withdrawing an article). */
export function invalidateReadModels() {
  generation++;
  entries.clear();
}
