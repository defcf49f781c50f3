import { sql } from 'drizzle-orm';
import type { Db, Schema } from '@/db/client';

/** How many users exist, on a connection of the start script's own. */
export async function countUsers(db: Db, schema: Schema) {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(schema.users);
  return row?.n ?? 0;
}
