import 'server-only';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { env } from '@/lib/env';
import { LocalDiskStorage } from './local';

export { assertStorageKey, InvalidStorageKeyError, STORAGE_KEY_PATTERN } from './keys';

// Where the bytes of uploaded files live. The app speaks to this interface only, so that a
// driver for an S3-compatible store can replace the local disk one.

export type StoredObject = { stream: ReadableStream<Uint8Array>; size: number };

export type StorageData = Uint8Array | Readable | ReadableStream<Uint8Array>;

export interface Storage {
  /** Stores `data` under `key`, replacing any earlier object; all or nothing. */
  put(key: string, data: StorageData): Promise<void>;
  /** The object's bytes and size, or null when there is none. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

let root: string | undefined;
let driver: Storage | undefined;

/** The local folder of uploads (NEWSROOM_UPLOAD_DIR, absolute). */
export function uploadRoot(): string {
  root ??= path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.NEWSROOM_UPLOAD_DIR);
  return root;
}

/** Where uploads are staged while they arrive and are checked, inside the upload folder. */
export function stagingDir(): string {
  return path.join(uploadRoot(), '.tmp');
}

/** The configured storage driver. */
export function getStorage(): Storage {
  driver ??= new LocalDiskStorage(uploadRoot());
  return driver;
}

/**
 * Points uploads at another folder or driver (tests and scripts). lib/env is read once at
 * start-up, so tests that need their own folder set it here.
 */
export function configureStorage(options: { root: string; driver?: Storage }) {
  root = path.resolve(options.root);
  driver = options.driver ?? new LocalDiskStorage(root);
}
