// `npm run db:migrate` applies migrations (creating a SQLite file where DATABASE_URL points,
// if there is none yet); `npm run db:seed` fills an empty database with demo content.
import { env } from '@/lib/env';
import { openDatabase, StartupError } from '@/lib/server/bootstrap';
import { seedDemo } from '@/db/seed';

async function main() {
  const command = process.argv[2];
  if (command !== 'migrate' && command !== 'seed') {
    console.error('usage: tsx scripts/db.ts migrate|seed');
    process.exit(2);
  }
  const conn = await openDatabase(env.DATABASE_URL, { create: true });
  try {
    if (command === 'migrate') {
      console.log(`newsroom: the ${conn.dialect} database is migrated.`);
      return;
    }
    const users = await seedDemo(conn.db, conn.schema, { password: process.env.NEWSROOM_DEMO_PASSWORD || undefined });
    if (!users) console.log('newsroom: the database is not empty; nothing seeded.');
    else for (const u of users) console.log(`${u.role}\t${u.email}\t${u.password}`);
  } finally {
    await conn.close();
  }
}

main().catch((error) => {
  console.error(`newsroom: ${error instanceof StartupError || error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});
