import 'server-only';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { db, schema, type Db } from '@/db/client';
import { env } from '@/lib/env';
import { ForbiddenError, UnauthorizedError } from '@/lib/errors';
import { canReadArticle, canViewDraft, isStaff, type Viewer } from '@/lib/permissions';
import { getStorage, stagingDir, type StoredObject } from '@/lib/storage';
import { tooLarge, UploadError } from '@/lib/uploads/errors';
import { processImage } from '@/lib/uploads/images';
import { fileKeysInHtml, isFileKey, newFileKey, variantKey } from '@/lib/uploads/keys';
import { downloadName, isHostileName, sanitizeFileName } from '@/lib/uploads/names';
import { detectFileType, typeOfMime, type FileKind } from '@/lib/uploads/sniff';
import { fileSrcset, fileUrl, pickVariant } from '@/lib/uploads/urls';
import { loadAccess } from './article-row';
import { getUnitParents } from './units';

const { files, articleRevisions } = schema;

export type UploadPurpose = 'image' | 'attachment';
export type UploadSource = Blob | ReadableStream<Uint8Array> | Readable | Uint8Array;

/** An uploaded file as the editor sees it. */
export type UploadedFile = {
  key: string;
  kind: FileKind;
  /** The original name, cleaned for display. */
  name: string;
  /** Bytes served for the file (for an image: its largest stored width). */
  size: number;
  mime: string;
  width: number | null;
  height: number | null;
  /** Stored widths of an image, ascending; empty for other files. */
  variants: number[];
  url: string;
  srcset: string | null;
};

/** The upload limit in bytes (NEWSROOM_UPLOAD_MAX_MB). */
export const maxUploadBytes = () => Math.floor(env.NEWSROOM_UPLOAD_MAX_MB * 1024 * 1024);

function toUploadedFile(row: {
  key: string;
  kind: FileKind;
  originalName: string;
  size: number;
  mime: string;
  width: number | null;
  height: number | null;
  variants: number[] | null;
}): UploadedFile {
  const variants = row.variants ?? [];
  const image = row.kind === 'image' && variants.length > 0;
  return {
    key: row.key,
    kind: row.kind,
    name: row.originalName,
    size: row.size,
    mime: row.mime,
    width: row.width,
    height: row.height,
    variants,
    url: image ? fileUrl(row.key, pickVariant(variants, 1024)) : fileUrl(row.key),
    srcset: image ? fileSrcset(row.key, variants) : null,
  };
}

function toNodeStream(source: UploadSource): Readable {
  if (source instanceof Readable) return source;
  if (source instanceof Uint8Array) return Readable.from([source]);
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    return Readable.fromWeb(source.stream() as unknown as NodeWebReadableStream<Uint8Array>);
  }
  return Readable.fromWeb(source as unknown as NodeWebReadableStream<Uint8Array>);
}

/** Copies the upload to a new file in the staging folder, refusing more than `maxBytes`. */
async function stage(source: UploadSource, maxBytes: number): Promise<{ file: string; size: number }> {
  const dir = stagingDir();
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${randomBytes(16).toString('hex')}.upload`);
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) callback(tooLarge(maxBytes));
      else callback(null, chunk);
    },
  });
  try {
    await pipeline(toNodeStream(source), limit, createWriteStream(file, { flags: 'wx', mode: 0o640 }));
  } catch (error) {
    await rm(file, { force: true });
    if (error instanceof UploadError) throw error;
    throw new UploadError('bad_request', 'The upload was interrupted. Please try again.');
  }
  return { file, size };
}

async function detectStaged(file: string, size: number) {
  const handle = await open(file, 'r');
  try {
    return await detectFileType(size, async (offset, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    });
  } finally {
    await handle.close();
  }
}

/**
 * Stores an upload and returns it. Staff only (editors, approvers, admins). The type comes
 * from the bytes; `name` is kept as data and `type` (what the browser claimed) is ignored.
 * Images are re-encoded and resized; purpose 'image' accepts images only, 'attachment'
 * accepts every allowed type. The file belongs to no article until an article save claims
 * it (claimFiles). On any refusal nothing is left in storage or the staging folder.
 */
export async function createUpload(input: {
  viewer: Viewer | null;
  purpose: UploadPurpose;
  name: string;
  type?: string;
  file: UploadSource;
  /** Overrides NEWSROOM_UPLOAD_MAX_MB (tests). */
  maxBytes?: number;
}): Promise<UploadedFile> {
  const { viewer, purpose } = input;
  if (!viewer) throw new UnauthorizedError();
  if (!isStaff(viewer)) throw new ForbiddenError();
  if (purpose !== 'image' && purpose !== 'attachment') throw new UploadError('bad_request', 'Unknown upload purpose.');
  if (typeof input.name !== 'string' || isHostileName(input.name)) {
    throw new UploadError('bad_request', 'The file name is not valid.');
  }
  const maxBytes = input.maxBytes ?? maxUploadBytes();
  if (typeof Blob !== 'undefined' && input.file instanceof Blob) {
    if (input.file.size === 0) throw new UploadError('empty', 'The file is empty.');
    if (input.file.size > maxBytes) throw tooLarge(maxBytes);
  }

  const staged = await stage(input.file, maxBytes);
  const key = newFileKey();
  const stored: string[] = [];
  const storage = getStorage();
  try {
    if (staged.size === 0) throw new UploadError('empty', 'The file is empty.');
    const type = await detectStaged(staged.file, staged.size);
    if (!type) {
      throw new UploadError(
        'unsupported_type',
        'This type of file is not accepted. Upload an image (JPEG, PNG, WebP, GIF), a PDF, an Office document or a ZIP file.',
      );
    }
    if (purpose === 'image' && type.kind !== 'image') {
      throw new UploadError('unsupported_type', 'Choose an image: JPEG, PNG, WebP or GIF.');
    }
    const name = sanitizeFileName(input.name, `file.${type.extensions[0]}`);

    let row: Parameters<typeof toUploadedFile>[0];
    if (type.kind === 'image') {
      const image = await processImage(staged.file, type);
      for (const variant of image.variants) {
        const storageKey = variantKey(key, variant.width);
        stored.push(storageKey);
        await storage.put(storageKey, variant.data);
      }
      row = {
        key,
        kind: 'image',
        originalName: name,
        size: image.variants[image.variants.length - 1].data.length,
        mime: image.mime,
        width: image.width,
        height: image.height,
        variants: image.variants.map((v) => v.width),
      };
    } else {
      stored.push(key);
      await storage.put(key, createReadStream(/*turbopackIgnore: true*/ staged.file));
      row = { key, kind: 'attachment', originalName: name, size: staged.size, mime: type.mime, width: null, height: null, variants: null };
    }
    await db.insert(files).values({ ...row, uploaderId: viewer.id });
    return toUploadedFile(row);
  } catch (error) {
    await Promise.allSettled(stored.map((k) => storage.delete(k)));
    throw error;
  } finally {
    await rm(staged.file, { force: true });
  }
}

/**
 * Attaches uploaded files to an article: those of `keys` that belong to no article yet, or
 * already to this one. Files of other articles are left alone. Returns the keys that now
 * belong to the article. No authorization here: the article save that calls it inside its
 * transaction has checked that the viewer may edit the article.
 */
export async function claimFiles(tx: Db, input: { articleId: number; keys: readonly string[] }): Promise<string[]> {
  const keys = [...new Set(input.keys.filter(isFileKey))];
  if (keys.length === 0) return [];
  await tx
    .update(files)
    .set({ articleId: input.articleId })
    .where(and(inArray(files.key, keys), isNull(files.articleId)));
  const rows = await tx
    .select({ key: files.key })
    .from(files)
    .where(and(inArray(files.key, keys), eq(files.articleId, input.articleId)));
  return rows.map((r) => r.key);
}

/** A file that the viewer may download, ready to serve. */
export type ServedFile = {
  key: string;
  kind: FileKind;
  mime: string;
  /** The name to save it under: cleaned, with an extension that matches its type. */
  downloadName: string;
  /** The stored width served, for images. */
  width: number | null;
  /** Strong validator: stored objects never change. */
  etag: string;
  /** 'public' only when anyone may read it: a file of a live public article, used by its live revision. */
  cache: 'public' | 'private';
  open: () => Promise<StoredObject | null>;
};

/**
 * A file for the viewer, or null (never revealing whether it exists). A file of no article:
 * staff only. A file of an article: staff; or anyone who may read the article
 * (canReadArticle) when the article's live revision uses it (cover, attachments, or a
 * `/files/<key>` URL in the live body). `width` picks the stored width of an image.
 */
export async function getFileForViewer(input: {
  viewer: Viewer | null;
  key: string;
  width?: number;
  now?: Date;
}): Promise<ServedFile | null> {
  const { viewer, key } = input;
  if (!isFileKey(key)) return null;
  const [file] = await db
    .select({
      key: files.key,
      kind: files.kind,
      mime: files.mime,
      originalName: files.originalName,
      variants: files.variants,
      articleId: files.articleId,
    })
    .from(files)
    .where(eq(files.key, key))
    .limit(1);
  if (!file) return null;

  const staff = isStaff(viewer);
  let cache: ServedFile['cache'] = 'private';
  if (file.articleId === null) {
    if (!staff) return null;
  } else {
    const article = await loadAccess(file.articleId);
    if (!article) {
      if (!staff) return null;
    } else {
      // Unpublished work, and its files, are for the staff of the article's unit only.
      const staff = canViewDraft(viewer, article, await getUnitParents());
      const now = input.now ?? new Date();
      const readable = canReadArticle(viewer, article, now);
      const anyoneMayRead = canReadArticle(null, article, now);
      if (!staff && !readable) return null;
      if (!staff || anyoneMayRead) {
        const live = await usedByLiveRevision(article, key);
        if (!staff && !live) return null;
        if (live && anyoneMayRead) cache = 'public';
      }
    }
  }

  const variants = file.kind === 'image' ? (file.variants ?? []) : [];
  const width = pickVariant(variants, input.width);
  const storageKey = width === null ? file.key : variantKey(file.key, width);
  return {
    key: file.key,
    kind: file.kind,
    mime: file.mime,
    downloadName: downloadName(file.originalName, typeOfMime(file.mime)),
    width,
    etag: `"${storageKey}"`,
    cache,
    open: () => getStorage().get(storageKey),
  };
}

async function usedByLiveRevision(
  article: { id: number; liveRevisionId: number | null; coverKey: string | null },
  key: string,
): Promise<boolean> {
  if (article.coverKey === key) return true;
  if (article.liveRevisionId === null) return false;
  const [revision] = await db
    .select({ body: articleRevisions.body, meta: articleRevisions.meta })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, article.liveRevisionId), eq(articleRevisions.articleId, article.id)))
    .limit(1);
  if (!revision) return false;
  const meta = revision.meta;
  if (meta?.coverKey === key || (Array.isArray(meta?.attachments) && meta.attachments.includes(key))) return true;
  return fileKeysInHtml(revision.body).includes(key);
}
