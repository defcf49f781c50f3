import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { type Connection, DatabaseUnavailableError, type Db, type DialectAdapter, errorParts, migrationsFolder } from '@/db/dialect';
import * as schema from '../../schema/sqlite';
import { sqliteSearch } from './search';

// SQLite: one file under data/ (WAL mode), opened with @libsql/client.

/** The embedded database of a fresh install, created on first start. */
const DEFAULT_URL = 'file:data/newsroom.db';

function fileOf(url: string): string {
  const raw = url.replace(/^file:(\/\/)?/, '');
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
}

// The SQLite driver waits for a busy lock synchronously, which blocks the event loop that
// the transaction holding the lock needs in order to finish: two write transactions of one
// process would wait on each other until the timeout. SQLite has one writer anyway, so the
// process queues its own write transactions.
let writes: Promise<void> = Promise.resolve();

function open(url: string, opts: { create?: boolean } = {}): Connection {
  const file = fileOf(url);
  if (!existsSync(file)) {
    if (!opts.create) {
      throw new DatabaseUnavailableError(
        `Database file ${file} does not exist. Run "npm run db:migrate" to create it, or fix DATABASE_URL.`,
      );
    }
    // The database holds every draft and account: readable by the server's user only. SQLite
    // gives its -wal and -shm files the mode of the database file.
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, '', { mode: 0o600, flag: 'wx' });
  }
  const client = createClient({ url: `file:${file}`, timeout: 5000, concurrency: 8 });
  const database = drizzle(client, { schema });
  const db: Db = database;
  return {
    adapter: sqliteAdapter,
    db,
    schema,
    transaction(fn) {
      // BEGIN IMMEDIATE takes the write lock up front, so a read-then-write never fails
      // with SQLITE_BUSY half way.
      const run = writes.then(() => db.transaction((tx) => fn(tx), { behavior: 'immediate' }));
      writes = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },
    async migrate() {
      // Settings that belong to the file rather than the connection.
      await client.execute('PRAGMA journal_mode = WAL');
      await client.execute('PRAGMA synchronous = FULL');
      await migrate(database, { migrationsFolder: migrationsFolder('sqlite') });
    },
    async optimize() {
      // Fresh planner statistics, so that SQLite picks the right index as the tables grow.
      await client.execute('PRAGMA optimize = 0x10002');
    },
    async backup(target) {
      // VACUUM INTO writes a complete copy, including what is still in the WAL.
      mkdirSync(path.dirname(target), { recursive: true });
      await client.execute({ sql: 'VACUUM INTO ?', args: [target] });
      const check = createClient({ url: `file:${target}` });
      try {
        const rs = await check.execute('PRAGMA integrity_check');
        const verdict = String(rs.rows[0]?.[0]);
        return { ok: verdict === 'ok', verdict };
      } finally {
        check.close();
      }
    },
    close: async () => client.close(),
  };
}

function describeError(error: unknown, url: string): string {
  const { code, message } = errorParts(error);
  const file = fileOf(url);
  if (code === 'SQLITE_NOTADB' || /not a database/i.test(message)) return `The file ${file} is not a SQLite database (or is corrupt).`;
  if (code === 'SQLITE_CANTOPEN' || /unable to open/i.test(message)) return `Cannot open the SQLite database ${file}: check that the folder exists and is writable.`;
  if (code === 'SQLITE_READONLY' || /readonly/i.test(message)) return `The SQLite database ${file} is read-only: the server needs write access to it and its folder.`;
  return `Cannot use the SQLite database ${file}: ${message}`;
}

export const sqliteAdapter: DialectAdapter = {
  name: 'sqlite',
  schema,
  sharedByInstances: false,
  open,
  createdOnFirstStart: (url) => fileOf(url) === fileOf(DEFAULT_URL),
  rows: (database, query) => database.all(query),
  jsonText: (column, key) => sql<string | null>`json_extract(${column}, ${`$.${key}`})`,
  async appliedMigrations(database) {
    const [row] = await database.all<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`);
    return Number(row?.n ?? 0);
  },
  describeError,
  search: sqliteSearch,
};
