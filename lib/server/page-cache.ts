import 'server-only';
import { invalidateReadModels } from '@/lib/dal/memo';

type PageCache = { clear: () => void };

/**
 * Forgets every rendered public page and read model of this instance, after a change of
 * what readers may see (publish, unpublish, a scheduled publication). Works outside a
 * request too, unlike revalidatePath. Other instances catch up within a minute.
 */
export function invalidatePublicPages() {
  invalidateReadModels();
  (globalThis as { __newsroomPageCache?: PageCache }).__newsroomPageCache?.clear();
}
