import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import {
  createUser,
  endAllSessions,
  getViewerForSession,
  grantRole,
  listUsers,
  revokeRole,
  setUserActive,
  setUserPassword,
  verifyCredentials,
} from '@/lib/dal/users';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { SYSTEM } from '@/lib/permissions';
import { TEST_PASSWORD } from '../support/integration-setup';
import { EMAILS, viewerFor } from '../support/viewers';

async function sessionOf(email: string) {
  const [u] = await db
    .select({ id: schema.users.id, sv: schema.users.sessionVersion })
    .from(schema.users)
    .where(eq(schema.users.email, email));
  return u;
}

describe('verifyCredentials', () => {
  it('accepts the right password, in any letter case of the email', async () => {
    const result = await verifyCredentials({ email: '  Reader@Newsroom.Example ', password: TEST_PASSWORD });
    expect(result.ok).toBe(true);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrong = await verifyCredentials({ email: EMAILS.editor, password: 'not-the-password' });
    const unknown = await verifyCredentials({ email: 'nobody@newsroom.example', password: 'not-the-password' });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    const email = EMAILS.unitApprover;
    for (let i = 0; i < 10; i++) await verifyCredentials({ email, password: `wrong-${i}` });
    expect(await verifyCredentials({ email, password: TEST_PASSWORD })).toEqual({ ok: false, reason: 'locked' });
  });
});

describe('sessions', () => {
  it('reads roles afresh, and a session ends with deactivation or sign-out everywhere', async () => {
    const created = await createUser(SYSTEM, { email: 'temp.approver@newsroom.example', name: 'Temp', role: 'approver' });
    expect(created.password).toMatch(/^[\w-]{19}$/);
    let s = await sessionOf('temp.approver@newsroom.example');
    const viewer = await getViewerForSession(s.id, s.sv);
    expect(viewer?.grants.map((g) => g.role).sort()).toEqual(['approver', 'reader']);

    await revokeRole(SYSTEM, { user: 'temp.approver@newsroom.example', role: 'approver' });
    expect((await getViewerForSession(s.id, s.sv))?.grants.map((g) => g.role)).toEqual(['reader']);

    await endAllSessions(SYSTEM, s.id);
    expect(await getViewerForSession(s.id, s.sv)).toBeNull();
    s = await sessionOf('temp.approver@newsroom.example');
    expect(await getViewerForSession(s.id, s.sv)).not.toBeNull();

    await setUserActive(SYSTEM, { user: 'temp.approver@newsroom.example', active: false });
    const after = await sessionOf('temp.approver@newsroom.example');
    expect(await getViewerForSession(after.id, after.sv)).toBeNull();
    expect((await verifyCredentials({ email: 'temp.approver@newsroom.example', password: created.password! })).ok).toBe(false);
  });

  it('returns null for malformed ids', async () => {
    expect(await getViewerForSession(Number.NaN, 1)).toBeNull();
    expect(await getViewerForSession(999_999, 1)).toBeNull();
  });
});

describe('user administration', () => {
  it('is refused to readers, editors and approvers', async () => {
    for (const key of ['reader', 'editor', 'approver'] as const) {
      const viewer = await viewerFor(key);
      await expect(listUsers(viewer)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(createUser(viewer, { email: 'x@newsroom.example', name: 'X', role: 'admin' })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(grantRole(viewer, { user: EMAILS[key], role: 'admin' })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setUserActive(viewer, { user: EMAILS.admin, active: false })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(endAllSessions(viewer, (await viewerFor('admin')).id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    const rows = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, 'x@newsroom.example'));
    expect(rows).toEqual([]);
  });

  it('lets admins grant scoped roles, and audits each change', async () => {
    const admin = await viewerFor('admin');
    await grantRole(admin, { user: EMAILS.reader, role: 'editor', unit: 'OU-EAST' });
    await grantRole(admin, { user: EMAILS.reader, role: 'editor', unit: 'OU-EAST' });
    const me = (await listUsers(admin)).find((u) => u.email === EMAILS.reader)!;
    expect(me.grants.filter((g) => g.role === 'editor').map(({ role, unit }) => ({ role, unit }))).toEqual([{ role: 'editor', unit: 'OU-EAST' }]);
    const audit = await db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'role.grant'));
    expect(audit.length).toBe(1);
    expect(audit[0].actorId).toBe(admin.id);
    await expect(grantRole(admin, { user: EMAILS.reader, role: 'editor', unit: 'NOPE' })).rejects.toBeInstanceOf(ValidationError);
    await expect(grantRole(admin, { user: 'ghost@newsroom.example', role: 'editor' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('validates new users and passwords', async () => {
    await expect(createUser(SYSTEM, { email: 'not-an-email', name: 'A', role: 'reader' })).rejects.toBeInstanceOf(ValidationError);
    await expect(createUser(SYSTEM, { email: EMAILS.editor, name: 'Dup', role: 'reader' })).rejects.toBeInstanceOf(ValidationError);
    await expect(createUser(SYSTEM, { email: 'short@newsroom.example', name: 'A', role: 'reader', password: 'short' })).rejects.toBeInstanceOf(ValidationError);
    const { password } = await setUserPassword(SYSTEM, { user: EMAILS.approver });
    expect((await verifyCredentials({ email: EMAILS.approver, password: password! })).ok).toBe(true);
    expect((await verifyCredentials({ email: EMAILS.approver, password: TEST_PASSWORD })).ok).toBe(false);
  });
});
