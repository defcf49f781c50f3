import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

/** The dialect the integration tests run on (vitest.config.ts sets it per project). */
export const testDialect = process.env.NEWSROOM_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A new, empty database of the dialect under test: a temporary SQLite file, or a new
 * database on TEST_POSTGRES_URL. `drop` removes it.
 */
export async function createTestDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (testDialect === 'postgres') {
    const adminUrl = process.env.TEST_POSTGRES_URL as string;
    const name = `${prefix.replace(/-/g, '_')}_${id}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const file = path.join(tmpdir(), `${prefix}-${id}.db`);
  return {
    url: `file:${file}`,
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    },
  };
}
