import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidStorageKeyError } from '@/lib/storage';
import { LocalDiskStorage } from '@/lib/storage/local';

// The store sits one level inside a folder of its own, so that a key escaping the store
// would land in `outside`, which nothing else on the machine writes to.
const outside = mkdtempSync(path.join(tmpdir(), 'newsroom-storage-'));
const root = path.join(outside, 'store');
mkdirSync(root);
const storage = new LocalDiskStorage(root);
const KEY = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const text = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();
const listAll = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));

describe('LocalDiskStorage', () => {
  it('stores, reads, checks and deletes objects by key', async () => {
    await storage.put(KEY, new TextEncoder().encode('hello'));
    expect(await storage.exists(KEY)).toBe(true);
    const got = await storage.get(KEY);
    expect(got?.size).toBe(5);
    expect(await text(got!.stream)).toBe('hello');
    await storage.delete(KEY);
    expect(await storage.exists(KEY)).toBe(false);
    expect(await storage.get(KEY)).toBeNull();
    await storage.delete(KEY);
  });

  it('stores from Node and web streams, and variant keys', async () => {
    await storage.put(`${KEY}.w640`, Readable.from([Buffer.from('ab'), Buffer.from('cd')]));
    await storage.put(`${KEY}.w320`, new Response('web').body!);
    expect(await text((await storage.get(`${KEY}.w640`))!.stream)).toBe('abcd');
    expect(await text((await storage.get(`${KEY}.w320`))!.stream)).toBe('web');
  });

  it('keeps objects inside its folder, sharded by key, with no temporary files left', async () => {
    expect(listAll(root).sort()).toEqual([path.join('Ab', `${KEY}.w320`), path.join('Ab', `${KEY}.w640`)]);
  });

  it('leaves nothing behind when a write fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('disk on fire'));
      },
    });
    await expect(storage.put('ZZZZZZZZZZZZZZZZZZZZ', failing)).rejects.toThrow('disk on fire');
    expect(await storage.exists('ZZZZZZZZZZZZZZZZZZZZ')).toBe(false);
    expect(listAll(root).some((f) => f.startsWith('.tmp'))).toBe(false);
  });

  it.each([
    '../../etc/passwd',
    `../${KEY}`,
    `${KEY}/x`,
    '.tmp/aaaaaaaaaaaaaaaaaaaa',
    '..aaaaaaaaaaaaaaaaaaaa',
    'short',
    `${KEY}.`,
    `${KEY}.W640`,
    `${KEY}\u0000`,
    '/etc/passwd/aaaaaaaaaaaaaaaa',
  ])('refuses the key %j for every operation', async (key) => {
    const before = listAll(outside).length;
    await expect(storage.put(key, new Uint8Array([1]))).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(listAll(outside).length).toBe(before);
  });
});
