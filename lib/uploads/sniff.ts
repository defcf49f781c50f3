// What an uploaded file is, from its bytes alone: its name and the type the browser claims
// are never consulted. Only the types below are accepted; anything else (HTML, SVG,
// scripts, executables, unknown containers) is refused.

export type FileKind = 'image' | 'attachment';

export type DetectedType = {
  kind: FileKind;
  mime: string;
  /** The usual file extension, without the dot; the first is the one to give downloads. */
  extensions: readonly string[];
};

export const TYPES = {
  jpeg: { kind: 'image', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { kind: 'image', mime: 'image/png', extensions: ['png'] },
  webp: { kind: 'image', mime: 'image/webp', extensions: ['webp'] },
  gif: { kind: 'image', mime: 'image/gif', extensions: ['gif'] },
  pdf: { kind: 'attachment', mime: 'application/pdf', extensions: ['pdf'] },
  docx: {
    kind: 'attachment',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: {
    kind: 'attachment',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  pptx: {
    kind: 'attachment',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  doc: { kind: 'attachment', mime: 'application/msword', extensions: ['doc'] },
  xls: { kind: 'attachment', mime: 'application/vnd.ms-excel', extensions: ['xls'] },
  ppt: { kind: 'attachment', mime: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
  zip: { kind: 'attachment', mime: 'application/zip', extensions: ['zip'] },
} as const satisfies Record<string, DetectedType>;

const BY_MIME = new Map<string, DetectedType>(Object.values(TYPES).map((t) => [t.mime, t]));

/** The accepted type with this MIME type, if any (for stored files). */
export const typeOfMime = (mime: string): DetectedType | undefined => BY_MIME.get(mime);

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array>;

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** How many bytes of the head `detectFileType` looks at. */
export const HEAD_BYTES = 64;

/** The type of a file of `size` bytes, or null when it is not one we accept. */
export async function detectFileType(size: number, readAt: ReadAt): Promise<DetectedType | null> {
  if (size <= 0) return null;
  const head = await readAt(0, Math.min(size, HEAD_BYTES));
  if (startsWith(head, JPEG)) return TYPES.jpeg;
  if (startsWith(head, PNG)) return TYPES.png;
  if (head.length >= 6 && /^GIF8[79]a$/.test(ascii(head, 0, 6))) return TYPES.gif;
  if (head.length >= 16 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 15).startsWith('WEBPVP8')) return TYPES.webp;
  if (head.length >= 5 && ascii(head, 0, 5) === '%PDF-') return TYPES.pdf;
  if (startsWith(head, ZIP_LOCAL)) return zipType(size, readAt);
  if (startsWith(head, OLE2)) return oleType(size, readAt);
  return null;
}

/** The type of bytes held in memory. */
export function detectBufferType(bytes: Uint8Array): Promise<DetectedType | null> {
  return detectFileType(bytes.length, async (offset, length) => bytes.subarray(offset, offset + length));
}

// ZIP: the central directory lists every entry; Office Open XML files are ZIPs with a
// [Content_Types].xml and their part folder. See APPNOTE.TXT 4.3.12 and 4.3.16.
const EOCD_MIN = 22;
const MAX_CENTRAL_DIRECTORY = 4 * 1024 * 1024;

/** The entry names of a ZIP file, or null when its central directory cannot be read. */
export async function zipEntryNames(size: number, readAt: ReadAt): Promise<string[] | null> {
  const tailLength = Math.min(size, EOCD_MIN + 0xffff);
  const tail = await readAt(size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(tail, eocd + 10);
  const cdSize = u32(tail, eocd + 12);
  const cdOffset = u32(tail, eocd + 16);
  if (cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > size) return null;
  const cd = await readAt(cdOffset, cdSize);
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || u32(cd, at) !== 0x02014b50) return null;
    const nameLength = u16(cd, at + 28);
    const next = at + 46 + nameLength + u16(cd, at + 30) + u16(cd, at + 32);
    if (next > cd.length) return null;
    names.push(decoder.decode(cd.subarray(at + 46, at + 46 + nameLength)));
    at = next;
  }
  return names;
}

async function zipType(size: number, readAt: ReadAt): Promise<DetectedType | null> {
  const names = await zipEntryNames(size, readAt);
  if (!names) return null;
  if (names.includes('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('word/'))) return TYPES.docx;
    if (names.some((n) => n.startsWith('xl/'))) return TYPES.xlsx;
    if (names.some((n) => n.startsWith('ppt/'))) return TYPES.pptx;
  }
  return TYPES.zip;
}

// OLE2 (Compound File Binary, [MS-CFB]): the legacy Office formats, but also installers
// (.msi) and mail (.msg). Only files whose directory names a Word, Excel or PowerPoint
// stream are accepted.
const ENDOFCHAIN = 0xfffffffe;
const MAX_DIRECTORY_SECTORS = 64;

async function oleType(size: number, readAt: ReadAt): Promise<DetectedType | null> {
  const header = await readAt(0, 512);
  if (header.length < 512) return null;
  const shift = u16(header, 30);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const perFatSector = sectorSize / 4;
  const sectorAt = (n: number) => (n + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(u32(header, 76 + i * 4));

  const streams = new Set<string>();
  let sector = u32(header, 48);
  for (let seen = 0; sector !== ENDOFCHAIN && seen < MAX_DIRECTORY_SECTORS; seen++) {
    if (sectorAt(sector) + sectorSize > size) return null;
    const dir = await readAt(sectorAt(sector), sectorSize);
    for (let at = 0; at + 128 <= dir.length; at += 128) {
      const nameLength = u16(dir, at + 64);
      if (nameLength < 2 || nameLength > 64) continue;
      let name = '';
      for (let i = 0; i < nameLength - 2; i += 2) name += String.fromCharCode(u16(dir, at + i));
      streams.add(name);
    }
    const fatIndex = Math.floor(sector / perFatSector);
    const fatSector = fatSectors[fatIndex];
    if (fatSector === undefined || fatSector >= ENDOFCHAIN - 3) break;
    const fat = await readAt(sectorAt(fatSector) + (sector % perFatSector) * 4, 4);
    if (fat.length < 4) break;
    sector = u32(fat, 0);
  }
  if (streams.has('WordDocument')) return TYPES.doc;
  if (streams.has('Workbook') || streams.has('Book')) return TYPES.xls;
  if (streams.has('PowerPoint Document')) return TYPES.ppt;
  return null;
}
