import { sql } from 'drizzle-orm';
import type { Connection } from '@/db/dialect';
import { adapterFor } from '@/db/dialects';
import { rebuildSearchIndex, searchIndexIsStale } from '@/db/search-index';

// Shared by the start script, `npm run db:*` and the users CLI: open the configured
// database, refusing to invent one where it must already exist, and migrate it.

export class StartupError extends Error {}

/**
 * Opens and migrates the database. The embedded default file is created on first start;
 * any other file must exist unless `create` is set (an explicit `npm run db:migrate`).
 * `create: false` never creates one, not even the default: the command-line tools, which
 * must not leave an empty database behind on a machine where the portal never ran.
 */
export async function openDatabase(url: string, opts: { create?: boolean; migrate?: boolean } = {}): Promise<Connection> {
  const adapter = adapterFor(url);
  let conn: Connection;
  try {
    conn = adapter.open(url, { create: opts.create ?? adapter.createdOnFirstStart(url) });
  } catch (error) {
    throw new StartupError(error instanceof Error ? error.message : String(error));
  }
  try {
    await adapter.rows(conn.db, sql`select 1 as ok`);
    if (opts.migrate !== false) await conn.migrate();
  } catch (error) {
    await conn.close().catch(() => {});
    throw new StartupError(adapter.describeError(error, url));
  }
  // A database from a version without search (or whose index was lost) is indexed now,
  // so that an upgrade never leaves search empty.
  if (opts.migrate !== false && (await searchIndexIsStale(conn.db, conn.schema))) {
    await rebuildSearchIndex(conn.db, adapter);
  }
  return {
    ...conn,
    // Refresh the planner's statistics after whatever this connection wrote (the seed).
    close: async () => {
      await conn.optimize().catch(() => {});
      await conn.close();
    },
  };
}
