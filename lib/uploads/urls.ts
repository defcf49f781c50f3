// How files are addressed. Pure, so the rich-text editor and the renderer build the same
// URLs: the body stores `/files/<key>?w=1024` as src and every stored width in srcset.

/** The widths images are resized to; an image is never enlarged, so smaller ones get fewer. */
export const IMAGE_WIDTHS = [320, 640, 1024, 1600] as const;

/** The width an image in an article body asks for by default. */
export const DEFAULT_IMAGE_WIDTH = 1024;

/** The article column: full width on small screens, 48rem at most. */
export const DEFAULT_IMAGE_SIZES = '(max-width: 48rem) 100vw, 48rem';

/** The stored width to serve for a request of `wanted` pixels: the nearest at or above, else the largest. */
export function pickVariant(variants: readonly number[], wanted?: number | null): number | null {
  if (variants.length === 0) return null;
  const sorted = [...variants].sort((a, b) => a - b);
  if (wanted === undefined || wanted === null || !Number.isFinite(wanted)) return sorted[sorted.length - 1];
  return sorted.find((w) => w >= wanted) ?? sorted[sorted.length - 1];
}

/** The URL of a file, or of one stored width of an image. */
export function fileUrl(key: string, width?: number | null): string {
  return width ? `/files/${key}?w=${width}` : `/files/${key}`;
}

/** `/files/<key>?w=320 320w, /files/<key>?w=640 640w, …` for the stored widths. */
export function fileSrcset(key: string, variants: readonly number[]): string {
  return [...variants]
    .sort((a, b) => a - b)
    .map((w) => `${fileUrl(key, w)} ${w}w`)
    .join(', ');
}

export type ImageSources = { src: string; srcset: string; sizes: string };

/** The src, srcset and sizes of an `<img>` showing an uploaded image. */
export function imageSources(
  file: { key: string; variants: readonly number[] },
  options: { width?: number; sizes?: string } = {},
): ImageSources {
  const width = pickVariant(file.variants, options.width ?? DEFAULT_IMAGE_WIDTH);
  return {
    src: fileUrl(file.key, width),
    srcset: fileSrcset(file.key, file.variants),
    sizes: options.sizes ?? DEFAULT_IMAGE_SIZES,
  };
}

/** The `?w=` of a file URL: a positive whole number of pixels, or undefined. */
export function parseWidth(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,5}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}
