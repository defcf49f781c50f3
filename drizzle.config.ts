import { defineConfig } from 'drizzle-kit';
import { dialectFiles, dialectOf } from './db/dialect';
import { env } from './lib/env';

// The dialect follows DATABASE_URL, as for the app (db/dialect.ts).
const url = env.DATABASE_URL;
const files = dialectFiles[dialectOf(url)];

export default defineConfig({ dialect: files.drizzleKit, schema: files.schema, out: `./db/migrations/${files.migrations}`, dbCredentials: { url } });
