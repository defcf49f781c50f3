import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { db, schema } from '@/db/client';
import { audienceOfSession } from '@/lib/dal/session-viewer';
import { endAllSessions, setUserActive } from '@/lib/dal/users';
import { SYSTEM } from '@/lib/permissions';
import { EMAILS } from '../support/viewers';

// Which shared rendering of the readers' pages a session cookie may be given, decided by
// the data layer on every request: proxy.ts routes on nothing else.

const SECRET = process.env.AUTH_SECRET as string;
const token = (payload: Record<string, unknown>, secret = SECRET, maxAge = 3600) =>
  encode({ token: payload, secret, salt: 'newsroom.session', maxAge });

async function sessionOf(email: string) {
  const [u] = await db.select({ id: schema.users.id, sv: schema.users.sessionVersion }).from(schema.users).where(eq(schema.users.email, email));
  return { id: u.id, token: await token({ sub: String(u.id), sv: u.sv }) };
}

afterEach(() => vi.useRealTimers());

describe('audienceOfSession', () => {
  it('gives readers the members’ pages, staff their own, and anything that does not hold the guests’', async () => {
    expect(await audienceOfSession((await sessionOf(EMAILS.reader)).token)).toBe('member');
    expect(await audienceOfSession((await sessionOf(EMAILS.editor)).token)).toBeNull();
    expect(await audienceOfSession((await sessionOf(EMAILS.unitApprover)).token)).toBeNull();
    const reader = await sessionOf(EMAILS.reader);
    for (const bad of [
      undefined,
      '',
      'x',
      'a.b.c.d.e',
      await token({ sub: String(reader.id), sv: 1 }, 'another-secret-another-secret-another-secret'),
      await token({ sub: String(reader.id), sv: 1 }, SECRET, -60),
      await token({ sub: String(reader.id) }),
      await token({ sub: '999999', sv: 1 }),
    ]) {
      expect(await audienceOfSession(bad)).toBe('guest');
    }
  });

  it('acts on the very next request when a role is granted or revoked, or the account deactivated or signed out', async () => {
    const reader = await sessionOf(EMAILS.reader);
    expect(await audienceOfSession(reader.token)).toBe('member');
    const [grant] = await db.insert(schema.roleGrants).values({ userId: reader.id, role: 'editor' }).returning({ id: schema.roleGrants.id });
    expect(await audienceOfSession(reader.token)).toBeNull();
    await db.delete(schema.roleGrants).where(eq(schema.roleGrants.id, grant.id));
    expect(await audienceOfSession(reader.token)).toBe('member');
    await setUserActive(SYSTEM, { user: EMAILS.reader, active: false });
    expect(await audienceOfSession(reader.token)).toBe('guest');
    await setUserActive(SYSTEM, { user: EMAILS.reader, active: true });
    const again = await sessionOf(EMAILS.reader);
    expect(await audienceOfSession(again.token)).toBe('member');
    await endAllSessions(SYSTEM, reader.id);
    expect(await audienceOfSession(again.token)).toBe('guest');
  });

  it('stops honouring a token, decoded before, once it has expired', async () => {
    const reader = await sessionOf(EMAILS.reader);
    const [{ sv }] = await db.select({ sv: schema.users.sessionVersion }).from(schema.users).where(eq(schema.users.id, reader.id));
    const short = await token({ sub: String(reader.id), sv }, SECRET, 60);
    expect(await audienceOfSession(short)).toBe('member');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000 + 16_000);
    expect(await audienceOfSession(short)).toBe('guest');
  });
});
