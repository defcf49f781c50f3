import 'server-only';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Storage, StorageData, StoredObject } from './index';
import { assertStorageKey, InvalidStorageKeyError } from './keys';

/**
 * Files on the local disk: `<root>/<first two characters of the key>/<key>`. Writes go to
 * `<root>/.tmp` first and are renamed into place, so a half-written object is never seen.
 * Paths are built from validated keys only (the first character of a key is never a dot).
 */
export class LocalDiskStorage implements Storage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    const file = path.join(this.root, key.slice(0, 2), key);
    if (path.dirname(path.dirname(file)) !== this.root) throw new InvalidStorageKeyError();
    return file;
  }

  async put(key: string, data: StorageData): Promise<void> {
    const file = this.pathOf(key);
    const tmpDir = path.join(this.root, '.tmp');
    await mkdir(tmpDir, { recursive: true });
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = path.join(tmpDir, `${randomBytes(12).toString('hex')}.put`);
    try {
      const source =
        data instanceof Uint8Array
          ? Readable.from([data])
          : data instanceof Readable
            ? data
            : Readable.fromWeb(data as import('node:stream/web').ReadableStream<Uint8Array>);
      await pipeline(source, createWriteStream(tmp, { flags: 'wx', mode: 0o640 }));
      await rename(tmp, file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.pathOf(key);
    let size: number;
    try {
      const info = await stat(file);
      if (!info.isFile()) return null;
      size = info.size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const stream = Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>;
    return { stream, size };
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }
}
