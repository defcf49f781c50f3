import 'server-only';
import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';
import { UploadError } from './errors';
import type { DetectedType } from './sniff';
import { IMAGE_WIDTHS } from './urls';

// Uploaded images are never served as uploaded: they are decoded and encoded again, which
// drops metadata (EXIF, GPS, XMP, comments), anything appended after the image data and
// any polyglot payload, and they are resized to the widths of IMAGE_WIDTHS.

/** Larger images are refused before decoding: a small file can claim huge dimensions. */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Frames of an animated GIF or WebP, all together, count against MAX_IMAGE_PIXELS; so do these. */
export const MAX_IMAGE_FRAMES = 300;
const TIMEOUT_SECONDS = 60;

// Don't keep uploaded files open in libvips' cache after they are processed and deleted.
sharp.cache({ files: 0 });

export type ImageVariant = { width: number; height: number; data: Buffer };
export type ProcessedImage = { mime: string; width: number; height: number; variants: ImageVariant[] };

const FORMAT_OF_MIME: Record<string, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

const invalid = (message = 'The image could not be read. Try saving it again as JPEG or PNG.') =>
  new UploadError('invalid_image', message);

/**
 * Decodes, auto-rotates and re-encodes an image at each width of IMAGE_WIDTHS below its own
 * (never enlarging) plus its own width capped at the largest. JPEG, PNG and WebP keep their
 * format; an animated GIF stays an animated GIF, a still one becomes a PNG.
 */
export async function processImage(input: string | Buffer, type: DetectedType): Promise<ProcessedImage> {
  const format = FORMAT_OF_MIME[type.mime];
  if (!format) throw invalid();
  const multiFrame = format === 'gif' || format === 'webp';
  const options: SharpOptions = {
    limitInputPixels: MAX_IMAGE_PIXELS,
    animated: multiFrame,
    autoOrient: true,
    failOn: 'error',
  };

  let meta: Metadata;
  try {
    meta = await sharp(input, options).metadata();
  } catch {
    throw invalid();
  }
  if (meta.format !== format || !meta.width || !meta.height) throw invalid();
  const pages = multiFrame ? (meta.pages ?? 1) : 1;
  const frameHeight = multiFrame ? (meta.pageHeight ?? meta.height) : meta.height;
  if (pages > MAX_IMAGE_FRAMES || meta.width * frameHeight * pages > MAX_IMAGE_PIXELS) {
    throw invalid('The image has too many pixels.');
  }
  const animated = pages > 1;
  const orientedWidth = meta.autoOrient?.width ?? meta.width;

  const largest = Math.min(orientedWidth, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]);
  const widths = [...new Set([...IMAGE_WIDTHS.filter((w) => w < largest), largest])];

  const encode = (pipeline: Sharp): Sharp => {
    if (format === 'jpeg') return pipeline.jpeg({ quality: 82, mozjpeg: true });
    if (format === 'webp') return pipeline.webp({ quality: 82 });
    if (format === 'gif' && animated) return pipeline.gif();
    return pipeline.png({ compressionLevel: 9, adaptiveFiltering: true });
  };
  const mime = format === 'gif' && !animated ? 'image/png' : type.mime;

  const variants: ImageVariant[] = [];
  try {
    for (const width of widths) {
      const { data, info } = await encode(
        sharp(input, options).timeout({ seconds: TIMEOUT_SECONDS }).resize({ width, withoutEnlargement: true }),
      ).toBuffer({ resolveWithObject: true });
      variants.push({ width: info.width, height: animated ? (info.pageHeight ?? info.height) : info.height, data });
    }
  } catch {
    throw invalid();
  }
  const full = variants[variants.length - 1];
  return { mime, width: full.width, height: full.height, variants };
}
