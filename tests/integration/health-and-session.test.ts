import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db, schema } from '@/db/client';
import { getHealth } from '@/lib/dal/health';
import { setUserActive } from '@/lib/dal/users';
import { SYSTEM } from '@/lib/permissions';
import { EMAILS } from '../support/viewers';

// The session cookie of this "request": getViewer reads it through next/headers.
const jar = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (name === 'newsroom.session' && jar.token ? { name, value: jar.token } : undefined) }),
  headers: async () => new Headers(),
}));

const { encode } = await import('next-auth/jwt');
const { getViewer, requireRole } = await import('@/lib/auth/session');
const SECRET = process.env.AUTH_SECRET as string;
const token = (payload: Record<string, unknown>, secret = SECRET, maxAge = 3600) =>
  encode({ token: payload, secret, salt: 'newsroom.session', maxAge });

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
  it('denies without a cookie, with a forged, expired or incomplete token', async () => {
    const u = await userRow(EMAILS.reader);
    jar.token = undefined;
    expect(await getViewer()).toBeNull();
    jar.token = 'not-a-token';
    expect(await getViewer()).toBeNull();
    jar.token = await token({ sub: String(u.id), sv: u.sv }, 'another-secret-another-secret-another-secret');
    expect(await getViewer()).toBeNull();
    jar.token = await token({ sub: String(u.id), sv: u.sv }, SECRET, -60);
    expect(await getViewer()).toBeNull();
    jar.token = await token({ sub: String(u.id) });
    expect(await getViewer()).toBeNull();
    jar.token = await token({ sv: u.sv });
    expect(await getViewer()).toBeNull();
    jar.token = await token({ sub: String(u.id), sv: u.sv + 1 });
    expect(await getViewer()).toBeNull();
  });

  it('returns the viewer with roles from the database, and refuses a deactivated user at once', async () => {
    const u = await userRow(EMAILS.editor);
    jar.token = await token({ sub: String(u.id), sv: u.sv });
    const viewer = await getViewer();
    expect(viewer?.email).toBe(EMAILS.editor);
    await expect(requireRole('admin')).rejects.toThrow();
    await setUserActive(SYSTEM, { user: EMAILS.editor, active: false });
    // getViewer is cached per request with React's cache(); outside a request it is not.
    expect(await getViewer()).toBeNull();
  });
});
