import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { rawRows } from '@/db/client';
import { openDatabase } from '@/lib/server/bootstrap';
import { testDialect } from '../support/databases';

// The SQLite file holds every draft, account and audit entry: a new one, and its WAL, are
// readable by the server's user only, whatever the umask.

describe.skipIf(testDialect !== 'sqlite')('the SQLite database file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is created readable and writable by its owner only, with its WAL', async () => {
    const previous = process.umask(0o022);
    try {
      const file = path.join(dir, 'data', 'newsroom.db');
      const conn = await openDatabase(`file:${file}`, { create: true });
      await rawRows(sql`select count(*) as n from users`, conn.db);
      for (const f of [file, `${file}-wal`]) expect(statSync(f).mode & 0o777, f).toBe(0o600);
      expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      await conn.close();
    } finally {
      process.umask(previous);
    }
  });
});
