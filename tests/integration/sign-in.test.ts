import { and, desc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { addGroupMapping, listGroupMappings, removeGroupMapping } from '@/lib/dal/directory-groups';
import { clientThrottledUntil, verifyCredentials } from '@/lib/dal/sign-in';
import { ssoSignIn } from '@/lib/dal/sso';
import { createUser, getViewerForSession, setUserActive } from '@/lib/dal/users';
import { env } from '@/lib/env';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { SYSTEM } from '@/lib/permissions';
import { TEST_PASSWORD } from '../support/integration-setup';
import { EMAILS, viewerFor } from '../support/viewers';

const settings = env as Record<string, unknown>;
const saved = { ...env };
afterEach(() => Object.assign(settings, saved));

async function auditOf(action: string) {
  return db.select().from(schema.auditLog).where(eq(schema.auditLog.action, action)).orderBy(desc(schema.auditLog.id));
}

describe('the lockout', () => {
  it('is one counter per account in the database, whichever instance or client counts', async () => {
    const email = EMAILS.unitEditor;
    // Failures from two addresses (two instances, the form and the endpoint alike) add up.
    for (let i = 0; i < 10; i++) await verifyCredentials({ email, password: `wrong-${i}`, client: i % 2 ? '10.0.0.1' : '10.0.0.2' });
    expect(await verifyCredentials({ email, password: TEST_PASSWORD, client: '10.0.0.3' })).toEqual({ ok: false, reason: 'locked' });
    const [row] = await db.select().from(schema.signInAttempts).where(eq(schema.signInAttempts.key, `account:${email}`));
    expect(row.failures).toBe(10);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const [lockout] = await auditOf('auth.lockout');
    expect(lockout.data).toMatchObject({ email, client: '10.0.0.1' });
    // When the lock runs out, the right password works again and clears the count.
    await db
      .update(schema.signInAttempts)
      .set({ lockedUntil: new Date(Date.now() - 1000), windowStart: new Date(Date.now() - 16 * 60_000) })
      .where(eq(schema.signInAttempts.key, `account:${email}`));
    expect((await verifyCredentials({ email, password: TEST_PASSWORD, client: '10.0.0.3' })).ok).toBe(true);
    expect(await db.select().from(schema.signInAttempts).where(eq(schema.signInAttempts.key, `account:${email}`))).toEqual([]);
  });

  it('throttles a client address that sprays wrong passwords, before it can lock every account', async () => {
    settings.NEWSROOM_LOGIN_CLIENT_MAX_FAILURES = 5;
    const sprayer = '203.0.113.9';
    for (let i = 0; i < 5; i++) await verifyCredentials({ email: `victim${i}@newsroom.example`, password: 'guess', client: sprayer });
    expect(await clientThrottledUntil(sprayer)).toBeInstanceOf(Date);
    expect(await verifyCredentials({ email: EMAILS.reader, password: 'guess', client: sprayer })).toEqual({ ok: false, reason: 'throttled' });
    // Refused before any password is checked: the reader's account counted nothing.
    expect(await db.select().from(schema.signInAttempts).where(eq(schema.signInAttempts.key, `account:${EMAILS.reader}`))).toEqual([]);
    expect((await verifyCredentials({ email: EMAILS.reader, password: TEST_PASSWORD, client: '198.51.100.1' })).ok).toBe(true);
    expect((await auditOf('auth.throttle'))[0].data).toMatchObject({ client: sprayer });
  });

  it('audits every sign-in and failure with the time, the account and the client address', async () => {
    await verifyCredentials({ email: EMAILS.approver, password: TEST_PASSWORD, client: '192.0.2.7' });
    await verifyCredentials({ email: EMAILS.approver, password: 'wrong', client: '192.0.2.8' });
    const [ok] = await auditOf('auth.sign_in');
    const [failed] = await auditOf('auth.sign_in_failed');
    const [approver] = await db.select().from(schema.users).where(eq(schema.users.email, EMAILS.approver));
    expect(ok).toMatchObject({ actorId: approver.id, entityId: approver.id, data: { email: EMAILS.approver, client: '192.0.2.7', method: 'password' } });
    expect(ok.createdAt).toBeInstanceOf(Date);
    expect(failed).toMatchObject({ entityId: approver.id, toState: 'invalid', data: { client: '192.0.2.8' } });
  });

  it('with local sign-in off, refuses passwords except the break-glass account, which is logged', async () => {
    settings.NEWSROOM_LOCAL_SIGN_IN = false;
    settings.NEWSROOM_BREAK_GLASS_EMAIL = EMAILS.admin;
    expect(await verifyCredentials({ email: EMAILS.reader, password: TEST_PASSWORD, client: '10.1.1.1' })).toEqual({ ok: false, reason: 'sso_only' });
    expect((await verifyCredentials({ email: EMAILS.admin, password: TEST_PASSWORD, client: '10.1.1.1' })).ok).toBe(true);
    expect((await auditOf('auth.break_glass'))[0].data).toMatchObject({ email: EMAILS.admin, client: '10.1.1.1' });
  });
});

const claims = (over: Record<string, unknown> = {}) => ({
  sub: 'sub-ivy',
  email: 'ivy.lin@newsroom.example',
  email_verified: true,
  name: 'Ivy Lin',
  groups: ['news-editors-south'],
  ...over,
});

async function grantsOf(userId: number) {
  const rows = await db.select().from(schema.roleGrants).where(eq(schema.roleGrants.userId, userId));
  return rows.map((g) => `${g.role}:${g.unitId ?? '-'}:${g.source}`).sort();
}

describe('single sign-on', () => {
  it('creates the account at the first sign-in, with the roles of its groups, and follows group changes', async () => {
    settings.AUTH_OIDC_UNIT_CLAIM = 'department';
    const admin = await viewerFor('admin');
    await addGroupMapping(admin, { group: 'news-editors-south', role: 'editor', unit: 'ou-south' });
    const { id: approverMap } = await addGroupMapping(admin, { group: '/News-Approvers-South', role: 'approver', unit: 'OU-SOUTH' });
    await expect(addGroupMapping(admin, { group: 'news-editors-south', role: 'editor', unit: 'OU-SOUTH' })).rejects.toBeInstanceOf(ConflictError);
    await expect(addGroupMapping(admin, { group: 'x', role: 'editor', unit: 'OU-NOWHERE' })).rejects.toBeInstanceOf(ValidationError);
    await expect(listGroupMappings(await viewerFor('editor'))).rejects.toBeInstanceOf(ForbiddenError);
    const [south] = await db.select().from(schema.units).where(eq(schema.units.code, 'OU-SOUTH'));

    const first = await ssoSignIn(claims({ department: 'OU-SOUTH' }), '10.2.0.1');
    if (!first.ok) throw new Error(first.reason);
    const [user] = await db.select().from(schema.users).where(eq(schema.users.id, first.userId));
    expect(user).toMatchObject({ email: 'ivy.lin@newsroom.example', name: 'Ivy Lin', unitId: south.id, passwordHash: null });
    expect(await grantsOf(user.id)).toEqual([`editor:${south.id}:directory`, 'reader:-:manual']);
    expect((await getViewerForSession(user.id, first.sessionVersion))?.grants).toContainEqual({ role: 'editor', unitId: south.id });

    // The directory moves Ivy to the approvers: the next sign-in applies it.
    const second = await ssoSignIn(claims({ groups: ['news-approvers-south'] }), '10.2.0.1');
    expect(second.ok && second.userId).toBe(user.id);
    expect(await grantsOf(user.id)).toEqual([`approver:${south.id}:directory`, 'reader:-:manual']);
    const [sync] = await auditOf('role.directory_sync');
    expect(sync.data).toMatchObject({ via: 'sso', granted: [{ role: 'approver' }], revoked: [{ role: 'editor' }] });
    // A mapping removed in the console goes at the next sign-in too; a token without a groups claim changes nothing.
    await removeGroupMapping(admin, approverMap);
    await ssoSignIn(claims({ groups: undefined }), '10.2.0.1');
    expect(await grantsOf(user.id)).toEqual([`approver:${south.id}:directory`, 'reader:-:manual']);
    await ssoSignIn(claims({ groups: ['news-approvers-south'] }), '10.2.0.1');
    expect(await grantsOf(user.id)).toEqual(['reader:-:manual']);
    expect((await db.select().from(schema.users).where(eq(schema.users.email, 'ivy.lin@newsroom.example'))).length).toBe(1);
  });

  it('links an existing account with the same verified email, never duplicating it, and keeps manual roles', async () => {
    const created = await createUser(SYSTEM, { email: 'jo.kim@newsroom.example', name: 'Jo Kim', role: 'approver', unit: 'OU-NORTH' });
    const result = await ssoSignIn(claims({ sub: 'sub-jo', email: 'Jo.Kim@Newsroom.Example', name: 'Jo Kim', groups: [] }), '10.2.0.2');
    expect(result.ok && result.userId).toBe(created.id);
    const links = await db.select().from(schema.userIdentities).where(and(eq(schema.userIdentities.provider, 'oidc'), eq(schema.userIdentities.subject, 'sub-jo')));
    expect(links.map((l) => l.userId)).toEqual([created.id]);
    expect((await auditOf('auth.sso_link'))[0]).toMatchObject({ entityId: created.id, toState: 'linked', data: { client: '10.2.0.2' } });
    expect((await grantsOf(created.id)).filter((g) => g.startsWith('approver'))).toHaveLength(1);
  });

  it('refuses wrong domains, unverified emails, missing claims and deactivated accounts, with the reason', async () => {
    settings.AUTH_OIDC_ALLOWED_DOMAINS = 'newsroom.example, @newsroom.cn';
    expect(await ssoSignIn(claims({ sub: 's1', email: 'eve@evil.example' }), '10.3.0.1')).toEqual({ ok: false, reason: 'domain' });
    expect(await ssoSignIn(claims({ sub: 's2', email: 'mei@newsroom.cn' }), '10.3.0.1')).toMatchObject({ ok: true });
    expect(await ssoSignIn(claims({ sub: 's3', email: EMAILS.reader, email_verified: false }), '10.3.0.1')).toMatchObject({ ok: false, reason: 'unverified' });
    expect(await ssoSignIn(claims({ sub: 's4', email: undefined }), '10.3.0.1')).toEqual({ ok: false, reason: 'claim_missing', field: 'email' });
    expect(await ssoSignIn(claims({ sub: undefined }), '10.3.0.1')).toEqual({ ok: false, reason: 'claim_missing', field: 'sub' });
    settings.AUTH_OIDC_TRUST_EMAIL = true;
    const trusted = await ssoSignIn(claims({ sub: 's5', email: 'nick@newsroom.example', email_verified: undefined }), '10.3.0.1');
    expect(trusted.ok).toBe(true);
    await setUserActive(SYSTEM, { user: 'nick@newsroom.example', active: false });
    expect(await ssoSignIn(claims({ sub: 's5', email: 'nick@newsroom.example' }), '10.3.0.1')).toEqual({ ok: false, reason: 'inactive' });
    const refusals = await auditOf('auth.sso_refused');
    expect(refusals.map((r) => r.toState)).toEqual(expect.arrayContaining(['domain', 'unverified', 'claim_missing', 'inactive']));
    expect(await db.select().from(schema.users).where(eq(schema.users.email, 'eve@evil.example'))).toEqual([]);
  });
});
