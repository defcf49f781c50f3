// Uploaded file names are data: shown to people and offered as the name of a download,
// never used to build a path. Storage uses random keys (lib/uploads/keys.ts).

import type { DetectedType } from './sniff';

export const MAX_NAME_LENGTH = 200;

// C0 and C1 controls and DEL; bidirectional overrides, embeddings and isolates (they make
// "evil\u202Efdp.exe" read as "evilexe.pdf"); zero-width spaces and the byte-order mark.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
// Characters that look like a path separator, and those Windows forbids in names.
const REPLACED = /[\u2044\u2215\u29F8\uFF0F\uFF3C<>:"|?*]/g;
const RESERVED_WINDOWS = /^(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\.|$)/i;

/**
 * Whether a name as sent tries to climb out of a folder (`..` as a path segment, also when
 * percent-encoded) or carries a NUL: browsers never send such names, so they are refused.
 */
export function isHostileName(name: string): boolean {
  let decoded = name;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      break;
    }
  }
  return [name, decoded].some((n) => n.includes('\u0000') || /(?:^|[\\/])\.\.(?:[\\/]|$)/.test(n));
}

/**
 * A file name fit for display and downloads: the last path part only, no control or
 * bidirectional-override characters, no characters Windows forbids, no leading dots,
 * at most MAX_NAME_LENGTH characters (the extension kept). `fallback` when nothing is left.
 */
export function sanitizeFileName(name: string, fallback = 'file'): string {
  let s = name.normalize('NFC').replace(/\t/g, ' ').replace(INVISIBLE, '');
  s = s.split(/[\\/]/).pop() ?? '';
  s = s.replace(REPLACED, '_').replace(/\s+/g, ' ');
  s = s.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  if (RESERVED_WINDOWS.test(s)) s = `_${s}`;
  s = truncate(s, MAX_NAME_LENGTH);
  return s || fallback;
}

function truncate(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? [...name.slice(dot)] : [];
  if (ext.length > 1 && ext.length <= 17) return chars.slice(0, max - ext.length).join('').trimEnd() + ext.join('');
  return chars.slice(0, max).join('').trimEnd();
}

/**
 * The name a download is saved under: the display name, with the extension of the type the
 * bytes really are appended when the name ends otherwise (so `x.jpg.html` that is a JPEG
 * saves as `x.jpg.html.jpg`, and never opens as a web page).
 */
export function downloadName(name: string, type: Pick<DetectedType, 'extensions'> | undefined): string {
  const clean = sanitizeFileName(name);
  if (!type) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 ? clean.slice(dot + 1).toLowerCase() : '';
  return type.extensions.includes(ext) ? clean : `${clean}.${type.extensions[0]}`;
}

// RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
const encodeExtValue = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A Content-Disposition header value (RFC 6266): an ASCII `filename` for old clients and
 * the exact name as UTF-8 in `filename*`.
 */
export function contentDisposition(disposition: 'inline' | 'attachment', name: string): string {
  const clean = sanitizeFileName(name);
  const fallback = clean.replace(/[^\x20-\x7E]/g, '_').replace(/["\\%]/g, '_');
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(clean)}`;
}
