// File keys and the places stored HTML refers to files. Pure: used by the data layer, the
// editor and the renderer alike.

/** The shape of every file key: URL-safe, 16 to 64 characters. */
export const FILE_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export const isFileKey = (value: unknown): value is string => typeof value === 'string' && FILE_KEY_PATTERN.test(value);

/** A new random file key: 24 random bytes (192 bits), base64url, 32 characters. */
export function newFileKey(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The storage key of one stored width of an image. */
export const variantKey = (key: string, width: number) => `${key}.w${width}`;

const URL_ATTRIBUTE = /\s(?:src|srcset|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
// A path-absolute /files/<key> at the start of a URL (srcset lists several, comma-separated).
const FILE_URL = /(?:^|[\s,])\/files\/([A-Za-z0-9_-]{16,64})(?=$|[?#\s,])/g;

/**
 * The keys of the files that stored HTML refers to, as `/files/<key>` in an src, srcset or
 * href attribute, in order of first appearance, without repeats.
 */
export function fileKeysInHtml(html: string): string[] {
  const keys = new Set<string>();
  for (const attr of html.matchAll(URL_ATTRIBUTE)) {
    const value = (attr[1] ?? attr[2] ?? attr[3] ?? '').trim();
    for (const ref of value.matchAll(FILE_URL)) keys.add(ref[1]);
  }
  return [...keys];
}
