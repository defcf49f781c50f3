// Kept apart from ./index so that drivers can import it without a cycle.

/**
 * Storage keys: a file key (lib/uploads/keys.ts), optionally with a suffix naming one
 * stored form of it (`<key>.w640`). Never derived from anything a user typed.
 */
export const STORAGE_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}(?:\.[a-z0-9]{1,16})?$/;

export class InvalidStorageKeyError extends Error {
  constructor() {
    super('Invalid storage key.');
    this.name = 'InvalidStorageKeyError';
  }
}

export function assertStorageKey(key: string): void {
  if (typeof key !== 'string' || !STORAGE_KEY_PATTERN.test(key)) throw new InvalidStorageKeyError();
}
