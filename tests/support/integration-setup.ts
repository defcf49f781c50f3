// Runs before every integration test file: gives the file a fresh database of its own,
// migrated with the real migrations and filled with the demo seed, then points the app
// at it. SQLite gets a temporary file; PostgreSQL a new database on TEST_POSTGRES_URL.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, vi } from 'vitest';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  unstable_cache: (fn: unknown) => fn,
}));

const dialect = process.env.NEWSROOM_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
let cleanup: () => Promise<void>;

if (dialect === 'postgres') {
  const adminUrl = process.env.TEST_POSTGRES_URL as string;
  const name = `newsroom_test_${id}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  cleanup = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
} else {
  const file = path.join(tmpdir(), `newsroom-test-${id}.db`);
  process.env.DATABASE_URL = `file:${file}`;
  cleanup = async () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  };
}
process.env.NEWSROOM_VIEW_FLUSH_MS = '60000';
process.env.AUTH_SECRET ??= 'integration-test-secret-integration-test-secret';

const { openDatabase } = await import('@/lib/server/bootstrap');
const { seedDemo } = await import('@/db/seed');
const conn = await openDatabase(process.env.DATABASE_URL as string, { create: true });
await seedDemo(conn.db, conn.schema, { password: TEST_PASSWORD });
await conn.close();

afterAll(async () => {
  const client = await import('@/db/client');
  await client.closeDatabase();
  await cleanup();
});
