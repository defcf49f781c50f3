import { defineConfig } from 'drizzle-kit';
import { env } from './lib/env';

// The dialect follows DATABASE_URL, as in db/client.ts: postgres:// is PostgreSQL,
// anything else is the embedded SQLite file.
const url = env.DATABASE_URL;
const isPostgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig(
  isPostgres
    ? { dialect: 'postgresql', schema: './db/schema/pg.ts', out: './db/migrations/pg', dbCredentials: { url } }
    : { dialect: 'sqlite', schema: './db/schema/sqlite.ts', out: './db/migrations/sqlite', dbCredentials: { url } },
);
