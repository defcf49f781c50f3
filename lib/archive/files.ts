import JSZip from 'jszip';
import mammoth from 'mammoth';

// The files of an archive as text: a ZIP (as a folder is sent from the browser, or given to
// the command line) opened in memory, and each .txt, .html or .docx file read as the plain
// text of its paragraphs, one per line, as the meeting importer reads a pasted report.

/** A file of the archive; `tooLarge` when a ZIP held more than one file may be, unpacked or not. */
export type ArchiveFile = { name: string; bytes: Uint8Array; tooLarge?: boolean };

/** The kinds of file an archive may hold; anything else is listed and skipped. */
export const ARCHIVE_EXTENSIONS = ['.txt', '.html', '.htm', '.docx'] as const;

export const ARCHIVE_LIMITS = {
  /** Files in one import. */
  files: 2000,
  /** One file, as stored or unpacked from a ZIP. */
  fileBytes: 20 * 1024 * 1024,
  /** Everything one import unpacks or receives. */
  totalBytes: 200 * 1024 * 1024,
} as const;

export type ReadFailure = 'unsupported' | 'unreadable' | 'too_large';
export type FileText = { ok: true; text: string } | { ok: false; reason: ReadFailure };

/** Why an archive as a whole could not be opened. */
export class ArchiveError extends Error {
  constructor(readonly reason: 'not_zip' | 'too_many_files' | 'too_large') {
    super(reason);
    this.name = 'ArchiveError';
  }
}

export const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';

/** Whether the name is one an import looks at: not a folder's hidden or system file. */
export const isListed = (name: string) => {
  const parts = name.split(/[/\\]/);
  return !parts.some((p) => p.startsWith('.') || p === '__MACOSX') && parts[parts.length - 1] !== 'Thumbs.db';
};

/** The files of a ZIP, each at its path inside it, without folders or hidden files. */
export async function filesOfZip(bytes: Uint8Array): Promise<ArchiveFile[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ArchiveError('not_zip');
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir && isListed(e.name));
  if (entries.length > ARCHIVE_LIMITS.files) throw new ArchiveError('too_many_files');
  const out: ArchiveFile[] = [];
  let total = 0;
  for (const entry of entries) {
    // The size the ZIP declares is checked before unpacking, the real one after.
    const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (declared > ARCHIVE_LIMITS.fileBytes) {
      out.push({ name: entry.name, bytes: new Uint8Array(0), tooLarge: true });
      continue;
    }
    const data = await entry.async('uint8array');
    total += data.byteLength;
    if (total > ARCHIVE_LIMITS.totalBytes) throw new ArchiveError('too_large');
    const tooLarge = data.byteLength > ARCHIVE_LIMITS.fileBytes;
    out.push({ name: entry.name, bytes: tooLarge ? new Uint8Array(0) : data, tooLarge });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Text in UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or else GB 18030. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…' };

function decodeEntities(text: string) {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

const BLOCK = /<\/?(?:p|div|br|h[1-6]|li|tr|table|section|article|header|footer|blockquote|ul|ol|title)\b[^>]*>/gi;

/**
 * The text of a saved news page: scripts, styles and comments dropped, every block element a
 * line of its own, entities decoded. Tags are only split on, never interpreted.
 */
export function textOfHtml(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const lines = (fragment: string) =>
    decodeEntities(
      fragment
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<(script|style|noscript|template|svg|nav)\b[\s\S]*?<\/\1\s*>/gi, '')
        .replace(/\s+/g, ' ')
        .replace(BLOCK, '\n')
        .replace(/<[^>]*>/g, ''),
    )
      .split('\n')
      .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
      .filter(Boolean);
  // The report starts at its heading: what comes before it is the site's header.
  const heading = /<h1\b/i.exec(body);
  if (heading) return lines(body.slice(heading.index)).join('\n');
  // A page without one gives its <title> as the first line.
  const title = lines(/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '')[0] ?? '';
  const text = lines(body);
  return (title && !text.slice(0, 3).includes(title) ? [title, ...text] : text).join('\n');
}

/** The plain text of one file of the archive, by its extension. Never throws. */
export async function textOfFile(file: ArchiveFile): Promise<FileText> {
  const ext = extensionOf(file.name);
  if (!(ARCHIVE_EXTENSIONS as readonly string[]).includes(ext)) return { ok: false, reason: 'unsupported' };
  if (file.tooLarge || file.bytes.byteLength > ARCHIVE_LIMITS.fileBytes) return { ok: false, reason: 'too_large' };
  try {
    if (ext === '.docx') {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) });
      return { ok: true, text: value };
    }
    const text = decodeText(file.bytes);
    return { ok: true, text: ext === '.txt' ? text : textOfHtml(text) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** The files under a folder, at their paths inside it, without hidden files; read as needed. */
export async function filesOfFolder(dir: string): Promise<ArchiveFile[]> {
  const { readdir, readFile, stat } = await import('node:fs/promises');
  const path = await import('node:path');
  const names = (await readdir(dir, { recursive: true })).map((n) => String(n)).filter(isListed).sort((a, b) => a.localeCompare(b, 'en'));
  const out: ArchiveFile[] = [];
  let total = 0;
  for (const name of names) {
    const full = path.join(dir, name);
    const info = await stat(full);
    if (!info.isFile()) continue;
    if (out.length >= ARCHIVE_LIMITS.files) throw new ArchiveError('too_many_files');
    if (info.size > ARCHIVE_LIMITS.fileBytes) {
      out.push({ name, bytes: new Uint8Array(0), tooLarge: true });
      continue;
    }
    total += info.size;
    if (total > ARCHIVE_LIMITS.totalBytes) throw new ArchiveError('too_large');
    out.push({ name: name.split(path.sep).join('/'), bytes: (ARCHIVE_EXTENSIONS as readonly string[]).includes(extensionOf(name)) ? new Uint8Array(await readFile(full)) : new Uint8Array(0) });
  }
  return out;
}
