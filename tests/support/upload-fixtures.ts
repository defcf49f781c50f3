// Small real files for the upload tests, built in memory.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** A store-only ZIP archive (APPNOTE 4.3) with the given entries. */
export function makeZip(entries: Record<string, string | Uint8Array>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(entries).length;
  eocd.writeUInt16LE(count, 8);
  eocd.writeUInt16LE(count, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A minimal Office Open XML package: 'word', 'xl' or 'ppt'. */
export function makeOfficeZip(part: 'word' | 'xl' | 'ppt'): Buffer {
  const main = { word: 'word/document.xml', xl: 'xl/workbook.xml', ppt: 'ppt/presentation.xml' }[part];
  return makeZip({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': '<Relationships/>', [main]: '<x/>' });
}

/** A minimal Compound File Binary (legacy Office container) holding one stream named `stream`. */
export function makeOle(stream: string): Buffer {
  const sector = 512;
  const header = Buffer.alloc(sector, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(0xfffffffe, 60);
  header.writeUInt32LE(0xfffffffe, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 76 + i * 4);
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const dir = Buffer.alloc(sector, 0);
  const entry = (at: number, name: string, type: number) => {
    Buffer.from(`${name}\u0000`, 'utf16le').copy(dir, at);
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir[at + 66] = type;
  };
  entry(0, 'Root Entry', 5);
  entry(128, stream, 2);
  return Buffer.concat([header, fat, dir]);
}

/** A PDF that a reader would open. */
export function makePdf(extra = ''): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n${extra}%%EOF\n`,
  );
}

/** A solid-colour image of the given size and format. */
export function makeImage(
  format: 'jpeg' | 'png' | 'webp' | 'gif',
  width = 40,
  height = 30,
  options: { exif?: boolean } = {},
): Promise<Buffer> {
  let image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 60 } } }).toFormat(format);
  if (options.exif) image = image.withExif({ IFD0: { Copyright: 'SECRET-GPS-CANARY', Artist: 'SECRET-GPS-CANARY' } });
  return image.toBuffer();
}

/** An animated GIF of `frames` frames, each a different colour (identical frames would be merged). */
export async function makeAnimatedGif(width = 30, height = 20, frames = 3): Promise<Buffer> {
  const strip = Buffer.concat(
    await Promise.all(
      Array.from({ length: frames }, (_, i) =>
        sharp({ create: { width, height, channels: 3, background: { r: (i * 97) % 256, g: 120, b: 255 - i * 40 } } })
          .raw()
          .toBuffer(),
      ),
    ),
  );
  const raw = { width, height: height * frames, channels: 3 as const, pageHeight: height };
  return sharp(strip, { raw })
    .gif({ delay: Array(frames).fill(100), loop: 0 })
    .toBuffer();
}

/** A PNG whose header claims `width`×`height` pixels: a decompression bomb's calling card. */
export async function makeHugePngHeader(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await makeImage('png', 1, 1));
  // IHDR starts at byte 8: length(4) "IHDR"(4) width(4) height(4) … crc(4).
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

export const HTML_PAGE = '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>';
export const SVG_WITH_SCRIPT =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
