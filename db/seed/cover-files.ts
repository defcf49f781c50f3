import { getStorage } from '@/lib/storage';
import { processImage, type ProcessedImage } from '@/lib/uploads/images';
import { newFileKey, variantKey } from '@/lib/uploads/keys';
import { TYPES } from '@/lib/uploads/sniff';
import type { Db, Schema } from '../dialect';
import { coverJpeg } from './covers';

/**
 * Starts drawing the covers of `seeds` (article seed → category), a few at a time, so that
 * the seed's inserts, which run one after another, need not wait for each picture in turn.
 */
export function drawCovers(seeds: ReadonlyMap<string, string>, parallel = 3): Map<string, Promise<ProcessedImage>> {
  const queue = [...seeds];
  const out = new Map<string, Promise<ProcessedImage>>();
  const resolvers = new Map<string, { resolve: (image: ProcessedImage) => void; reject: (error: unknown) => void }>();
  for (const [seed] of queue) {
    const promise = new Promise<ProcessedImage>((resolve, reject) => resolvers.set(seed, { resolve, reject }));
    // A failure is reported where the cover is awaited; never as an unhandled rejection.
    promise.catch(() => undefined);
    out.set(seed, promise);
  }
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [seed, category] = next;
      const r = resolvers.get(seed)!;
      try {
        r.resolve(await processImage(await coverJpeg(seed, category), TYPES.jpeg));
      } catch (error) {
        r.reject(error);
      }
    }
  };
  for (let i = 0; i < parallel; i++) void worker();
  return out;
}

/**
 * Stores a demo cover drawn by drawCovers, at each width as an upload would be, and
 * records it as an image of the article. Returns its key; `stored` collects every storage
 * key written, so that a seed that fails can take them back.
 */
export async function createDemoCover(
  db: Db,
  schema: Schema,
  input: { image: Promise<ProcessedImage>; name: string; articleId: number; uploaderId: number; createdAt: Date; stored: string[] },
): Promise<string> {
  const image = await input.image;
  const key = newFileKey();
  const storage = getStorage();
  for (const variant of image.variants) {
    const storageKey = variantKey(key, variant.width);
    input.stored.push(storageKey);
    await storage.put(storageKey, variant.data);
  }
  await db.insert(schema.files).values({
    key,
    kind: 'image',
    mime: image.mime,
    originalName: input.name,
    size: image.variants[image.variants.length - 1].data.length,
    width: image.width,
    height: image.height,
    variants: image.variants.map((v) => v.width),
    uploaderId: input.uploaderId,
    articleId: input.articleId,
    createdAt: input.createdAt,
  });
  return key;
}

/** Removes what a failed seed stored. */
export async function removeStored(keys: readonly string[]) {
  const storage = getStorage();
  await Promise.allSettled(keys.map((k) => storage.delete(k)));
}
