import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { UploadError } from '@/lib/uploads/errors';
import { MAX_IMAGE_PIXELS, processImage } from '@/lib/uploads/images';
import { TYPES } from '@/lib/uploads/sniff';
import { HTML_PAGE, makeAnimatedGif, makeHugePngHeader, makeImage } from '../support/upload-fixtures';

const code = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    return error instanceof UploadError ? error.code : String(error);
  }
  return 'ok';
};

describe('processImage', () => {
  it('resizes to the standard widths below the image, never enlarging', async () => {
    const out = await processImage(await makeImage('png', 2000, 1000), TYPES.png);
    expect(out.variants.map((v) => v.width)).toEqual([320, 640, 1024, 1600]);
    expect(out.variants.map((v) => v.height)).toEqual([160, 320, 512, 800]);
    expect({ width: out.width, height: out.height, mime: out.mime }).toEqual({ width: 1600, height: 800, mime: 'image/png' });
    for (const v of out.variants) expect((await sharp(v.data).metadata()).width).toBe(v.width);
  });

  it('keeps a small image at its own size, and an in-between one at its own width on top', async () => {
    expect((await processImage(await makeImage('jpeg', 100, 50), TYPES.jpeg)).variants.map((v) => v.width)).toEqual([100]);
    expect((await processImage(await makeImage('webp', 700, 70), TYPES.webp)).variants.map((v) => v.width)).toEqual([
      320, 640, 700,
    ]);
  });

  it('strips EXIF and other metadata', async () => {
    const input = await makeImage('jpeg', 64, 48, { exif: true });
    expect(input.includes('SECRET-GPS-CANARY')).toBe(true);
    const out = await processImage(input, TYPES.jpeg);
    for (const v of out.variants) {
      expect(v.data.includes('SECRET-GPS-CANARY')).toBe(false);
      const meta = await sharp(v.data).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.format).toBe('jpeg');
    }
  });

  it('turns an image by its EXIF orientation', async () => {
    const rotated = await sharp(await makeImage('jpeg', 40, 30)).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const out = await processImage(rotated, TYPES.jpeg);
    expect({ width: out.width, height: out.height }).toEqual({ width: 30, height: 40 });
    expect((await sharp(out.variants[0].data).metadata()).orientation).toBeUndefined();
  });

  it('drops whatever follows the image data (a PNG with HTML appended)', async () => {
    const polyglot = Buffer.concat([await makeImage('png', 20, 20), Buffer.from(HTML_PAGE)]);
    const out = await processImage(polyglot, TYPES.png);
    for (const v of out.variants) {
      expect(v.data.includes('<script')).toBe(false);
      expect(v.data.includes('<html')).toBe(false);
    }
  });

  it('keeps an animated GIF animated and turns a still GIF into a PNG', async () => {
    const animated = await processImage(await makeAnimatedGif(30, 20, 3), TYPES.gif);
    expect(animated.mime).toBe('image/gif');
    expect({ width: animated.width, height: animated.height }).toEqual({ width: 30, height: 20 });
    expect((await sharp(animated.variants[0].data, { animated: true }).metadata()).pages).toBe(3);

    const still = await processImage(await makeImage('gif', 30, 20), TYPES.gif);
    expect(still.mime).toBe('image/png');
    expect((await sharp(still.variants[0].data).metadata()).format).toBe('png');
  });

  it('refuses a decompression bomb from its header, before decoding', async () => {
    const side = Math.ceil(Math.sqrt(MAX_IMAGE_PIXELS)) + 1;
    const started = Date.now();
    expect(await code(processImage(await makeHugePngHeader(side, side), TYPES.png))).toBe('invalid_image');
    expect(await code(processImage(await makeHugePngHeader(100_000, 100_000), TYPES.png))).toBe('invalid_image');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses bytes that are not the image type they were detected as, or are broken', async () => {
    expect(await code(processImage(await makeImage('png'), TYPES.jpeg))).toBe('invalid_image');
    const png = await makeImage('png', 50, 50);
    expect(await code(processImage(png.subarray(0, 40), TYPES.png))).toBe('invalid_image');
    expect(await code(processImage(Buffer.from(HTML_PAGE), TYPES.png))).toBe('invalid_image');
  });
});
