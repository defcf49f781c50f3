import { createClient } from '@libsql/client';
import path from 'node:path';
import { E2E_DB, E2E_PASSWORD } from '../../playwright.config';

export const USERS = {
  reader: 'reader@newsroom.example',
  editor: 'editor@newsroom.example',
  /** An approver scoped to one unit (not the one tests sign out). */
  approver: 'approver.unit@newsroom.example',
  admin: 'admin@newsroom.example',
} as const;
export type Role = keyof typeof USERS;
/** Signs in and out in tests; signing out ends every session of a user, so not a fixture's. */
export const SIGN_OUT_USER = { email: 'approver@newsroom.example', name: 'Aaron Approver' };
export const PASSWORD = E2E_PASSWORD;
export const authFile = (role: keyof typeof USERS) => path.join('test-results', '.auth', `${role}.json`);

/** Reads the e2e database directly, to find articles in a given state. */
export async function articlesWhere(where: string): Promise<{ id: number; slug: string; title: string }[]> {
  const client = createClient({ url: `file:${path.resolve(E2E_DB)}` });
  try {
    const rs = await client.execute(
      `select a.id, a.slug, r.title from articles a join article_revisions r on r.id = coalesce(a.live_revision_id, a.working_revision_id) where ${where} order by a.id`,
    );
    return rs.rows.map((r) => ({ id: Number(r.id), slug: String(r.slug), title: String(r.title) }));
  } finally {
    client.close();
  }
}
