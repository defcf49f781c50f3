import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db, schema } from '@/db/client';
import { getHealth } from '@/lib/dal/health';
import { setUserActive } from '@/lib/dal/users';
import { SYSTEM } from '@/lib/permissions';
import { EMAILS } from '../support/viewers';

const session = vi.hoisted(() => ({ value: null as unknown, throws: false }));
vi.mock('@/auth', () => ({
  auth: async () => {
    if (session.throws) throw new Error('MissingSecret');
    return session.value;
  },
  signIn: vi.fn(),
  signOut: vi.fn(),
}));

const { getViewer, requireRole } = await import('@/lib/auth/session');

async function userRow(email: string) {
  const [u] = await db
    .select({ id: schema.users.id, sv: schema.users.sessionVersion })
    .from(schema.users)
    .where(eq(schema.users.email, email));
  return u;
}

describe('getHealth', () => {
  it('reports a reachable, fully migrated database', async () => {
    const health = await getHealth();
    expect(health.status).toBe('ok');
    expect(health.database.reachable).toBe(true);
    expect(health.database.migrations?.applied).toBe(health.database.migrations?.shipped);
    expect(health.database.migrations?.latest).toMatch(/^\d{4}_/);
  });
});

describe('getViewer', () => {
  it('denies when the session cannot be read, has no id, or no session version', async () => {
    session.throws = true;
    expect(await getViewer()).toBeNull();
    session.throws = false;
    session.value = { user: {}, expires: '' };
    expect(await getViewer()).toBeNull();
    const u = await userRow(EMAILS.reader);
    session.value = { user: { id: String(u.id) }, expires: '' };
    expect(await getViewer()).toBeNull();
    // A truthy error-like object is not a session.
    session.value = { error: 'Configuration' };
    expect(await getViewer()).toBeNull();
  });

  it('returns the viewer with roles from the database, and refuses a deactivated user at once', async () => {
    const u = await userRow(EMAILS.editor);
    session.value = { user: { id: String(u.id) }, sv: u.sv, expires: '' };
    const viewer = await getViewer();
    expect(viewer?.email).toBe(EMAILS.editor);
    await expect(requireRole('admin')).rejects.toThrow();
    await setUserActive(SYSTEM, { email: EMAILS.editor, active: false });
    // getViewer is cached per request with React's cache(); outside a request it is not.
    expect(await getViewer()).toBeNull();
  });
});
