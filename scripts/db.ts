// `npm run db:migrate` applies migrations (creating a SQLite file where DATABASE_URL points,
// if there is none yet); `npm run db:seed` fills an empty database with demo content;
// `npm run db:backup -- FILE` writes a consistent copy of the SQLite database while the
// portal keeps running (VACUUM INTO, which includes what is still in the WAL);
// `npm run search:rebuild` rebuilds the search index from the published articles (safe
// while the portal runs: searches meanwhile may miss articles for the few seconds it takes).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { openDatabase, StartupError } from '@/lib/server/bootstrap';
import { seedDemo } from '@/db/seed';
import { rebuildSearchIndex } from '@/db/search-index';

async function main() {
  const command = process.argv[2];
  if (command !== 'migrate' && command !== 'seed' && command !== 'backup' && command !== 'search-rebuild') {
    console.error('usage: tsx scripts/db.ts migrate|seed|search-rebuild|backup FILE');
    process.exit(2);
  }
  if (command === 'backup') return backup(process.argv[3]);
  // Only migrate creates a database; seeding or indexing one that is not there is a mistake.
  const conn = await openDatabase(env.DATABASE_URL, { create: command === 'migrate' });
  try {
    if (command === 'migrate') {
      console.log(`newsroom: the ${conn.adapter.name} database is migrated.`);
      return;
    }
    if (command === 'search-rebuild') {
      const started = Date.now();
      const count = await rebuildSearchIndex(conn.db, conn.adapter, {
        onProgress: (done) => {
          if (done % 5000 === 0) console.log(`newsroom: ${done} articles indexed…`);
        },
      });
      console.log(`newsroom: search index rebuilt: ${count} published articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return;
    }
    const users = await seedDemo(conn.db, conn.schema, { password: env.NEWSROOM_DEMO_PASSWORD });
    if (!users) console.log('newsroom: the database is not empty; nothing seeded.');
    else for (const u of users) console.log(`${u.role}\t${u.email}\t${u.password}`);
  } finally {
    await conn.close();
  }
}

async function backup(target: string | undefined) {
  if (!target) throw new Error('name the backup file: npm run db:backup -- backups/newsroom-2026-11-25.db');
  const file = path.resolve(target);
  if (existsSync(file)) throw new Error(`${file} already exists; choose a new name.`);
  const conn = await openDatabase(env.DATABASE_URL, { create: false, migrate: false });
  try {
    const { ok, verdict } = await conn.backup(file);
    console.log(`newsroom: backup written to ${file} (integrity check: ${verdict}).`);
    if (!ok) process.exitCode = 1;
  } finally {
    await conn.close();
  }
}

main().catch((error) => {
  console.error(`newsroom: ${error instanceof StartupError || error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});
