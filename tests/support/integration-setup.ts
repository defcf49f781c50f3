// Runs before every integration test file: gives the file a fresh database of its own,
// migrated with the real migrations and filled with the demo seed, then points the app
// at it. SQLite gets a temporary file; PostgreSQL a new database on TEST_POSTGRES_URL.
import { afterAll, vi } from 'vitest';
import { createTestDatabase } from './databases';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  unstable_cache: (fn: unknown) => fn,
}));

const database = await createTestDatabase('newsroom-test');
process.env.DATABASE_URL = database.url;
process.env.NEWSROOM_VIEW_FLUSH_MS = '60000';
process.env.AUTH_SECRET ??= 'integration-test-secret-integration-test-secret';

const { openDatabase } = await import('@/lib/server/bootstrap');
const { seedDemo } = await import('@/db/seed');
const conn = await openDatabase(process.env.DATABASE_URL as string, { create: true });
// Covers are drawn only where a test looks at them (tests/integration/covers.test.ts).
await seedDemo(conn.db, conn.schema, { password: TEST_PASSWORD, covers: false });
await conn.close();

afterAll(async () => {
  const client = await import('@/db/client');
  await client.closeDatabase();
  await database.drop();
});
