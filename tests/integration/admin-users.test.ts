import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { createArticle } from '@/lib/dal/article-save';
import { acceptInvitation, getInvitation } from '@/lib/dal/invitations';
import { eraseUser, exportUserData } from '@/lib/dal/privacy';
import { createUser, grantRole, revokeRole, setUserActive, setUserPassword, signOutEverywhere, updateUser } from '@/lib/dal/user-admin';
import { exportUsersCsv, getUserDetail, searchUsers } from '@/lib/dal/user-directory';
import { planUserImport, runUserImport } from '@/lib/dal/user-import';
import { getViewerForSession, verifyCredentials } from '@/lib/dal/users';
import { AppError, ConflictError, ForbiddenError } from '@/lib/errors';
import { SYSTEM } from '@/lib/permissions';
import { articleInputIn } from '../support/article-input';
import { EMAILS, viewerFor } from '../support/viewers';

// The Users and Data protection parts of the admin console, through the data layer that
// both the console and `npm run users` use.

const idOf = async (email: string) => (await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email)))[0]?.id;
const auditOf = (action: string, entityId?: number) =>
  db.select().from(schema.auditLog).where(and(eq(schema.auditLog.action, action), entityId === undefined ? undefined : eq(schema.auditLog.entityId, entityId)));
const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'ok';
};

describe('user directory', () => {
  it('searches by name or email, filters by unit (with the units below it), role and status, and pages', async () => {
    const admin = await viewerFor('admin');
    expect((await searchUsers(admin, { q: 'EMMA' })).items.map((u) => u.email)).toEqual([EMAILS.editor]);
    expect((await searchUsers(admin, { q: 'approver.unit@' })).items.map((u) => u.email)).toEqual([EMAILS.unitApprover]);
    // Wildcards are taken literally.
    expect((await searchUsers(admin, { q: '%' })).total).toBe(0);
    const approvers = (await searchUsers(admin, { role: 'approver' })).items.map((u) => u.email).sort();
    expect(approvers).toEqual([EMAILS.approver, EMAILS.unitApprover].sort());
    const [group] = await db.select({ id: schema.units.id }).from(schema.units).where(eq(schema.units.code, 'GROUP'));
    expect((await searchUsers(admin, { unitId: group.id })).total).toBe(6);
    for (let i = 0; i < 30; i++) await createUser(SYSTEM, { email: `pager${i}@newsroom.example`, name: `Pager ${String(i).padStart(2, '0')}`, invite: true });
    const first = await searchUsers(admin, { q: 'pager' });
    expect(first).toMatchObject({ total: 30, pages: 2, page: 1 });
    expect(first.items).toHaveLength(25);
    const second = await searchUsers(admin, { q: 'pager', page: 9 });
    expect(second.page).toBe(2);
    expect(second.items.map((u) => u.name)).toEqual(['Pager 25', 'Pager 26', 'Pager 27', 'Pager 28', 'Pager 29']);
    await setUserActive(admin, { user: 'pager0@newsroom.example', active: false });
    expect((await searchUsers(admin, { q: 'pager', status: 'inactive' })).items.map((u) => u.email)).toEqual(['pager0@newsroom.example']);
    for (const key of ['reader', 'editor', 'approver'] as const) await expect(searchUsers(await viewerFor(key))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('exports CSV that the import reads back unchanged', async () => {
    const admin = await viewerFor('admin');
    await updateUser(admin, { user: EMAILS.reader, name: '=HYPERLINK("x"), "Riley"' });
    const csv = await exportUsersCsv(admin);
    expect(csv.split('\r\n')[0]).toBe('email,name,unit,roles,active,last_sign_in');
    expect(csv).toContain(`${EMAILS.unitEditor},王晓明,OU-PKG,editor@OU-PKG,yes,`);
    // A formula is defused for spreadsheets.
    expect(csv).toContain(`"'=HYPERLINK(""x""), ""Riley"""`);
    const plan = await planUserImport(admin, csv);
    expect(plan.counts.error).toBe(0);
    expect(plan.counts.create + plan.counts.update).toBe(0);
    expect((await auditOf('user.export_csv')).length).toBeGreaterThan(0);
    await updateUser(admin, { user: EMAILS.reader, name: 'Riley Reader' });
  });
});

describe('creating and changing accounts', () => {
  it('creates with a generated password or with an invitation that works once', async () => {
    const admin = await viewerFor('admin');
    const made = await createUser(admin, { email: 'Gen.Pass@newsroom.example', name: 'Gen Pass', role: 'editor', unit: 'ou-east' });
    expect(made.password).toMatch(/^[\w-]{19}$/);
    expect((await verifyCredentials({ email: 'gen.pass@newsroom.example', password: made.password! })).ok).toBe(true);
    const detail = await getUserDetail(admin, made.id);
    expect(detail).toMatchObject({ unit: 'OU-EAST', hasPassword: true });
    expect(detail!.grants.map((g) => `${g.role}@${g.unit ?? ''}`).sort()).toEqual(['editor@OU-EAST', 'reader@']);

    const invited = await createUser(admin, { email: 'invited@newsroom.example', name: 'In Vited', invite: true });
    expect(invited.password).toBeNull();
    const token = invited.invitation!.link.split('/welcome/')[1];
    expect(await getInvitation(token)).toMatchObject({ email: 'invited@newsroom.example' });
    expect(await codeOf(acceptInvitation({ token, password: 'short' }))).toBe('password_short');
    await acceptInvitation({ token, password: 'a-long-enough-password' });
    expect((await verifyCredentials({ email: 'invited@newsroom.example', password: 'a-long-enough-password' })).ok).toBe(true);
    expect(await codeOf(acceptInvitation({ token, password: 'another-long-password' }))).toBe('invitation_invalid');
    expect(await getInvitation(token)).toBeNull();
    expect(await codeOf(acceptInvitation({ token: 'x'.repeat(43), password: 'another-long-password' }))).toBe('invitation_invalid');
  });

  it('edits name, email and unit, refusing a taken email, an unknown or retired unit', async () => {
    const admin = await viewerFor('admin');
    const { id } = await createUser(admin, { email: 'edit.me@newsroom.example', name: 'Edit Me', invite: true });
    await updateUser(admin, { user: id, name: '  Edited  ', email: 'Edited@Newsroom.example', unit: 'OU-WEST' });
    expect(await getUserDetail(admin, id)).toMatchObject({ name: 'Edited', email: 'edited@newsroom.example', unit: 'OU-WEST' });
    const [entry] = await auditOf('user.update', id);
    expect(entry.data).toMatchObject({ from: { name: 'Edit Me', email: 'edit.me@newsroom.example', unitId: null }, to: { name: 'Edited', unitId: 'OU-WEST' } });
    expect(await codeOf(updateUser(admin, { user: id, email: EMAILS.editor }))).toBe('email_taken');
    expect(await codeOf(updateUser(admin, { user: id, unit: 'NOPE' }))).toBe('unknown_unit');
    expect(await codeOf(updateUser(admin, { user: id, name: '   ' }))).toBe('user_name_required');
    expect(await getUserDetail(admin, id)).toMatchObject({ name: 'Edited', unit: 'OU-WEST' });
  });

  it('resets a password, signs out everywhere, and audits both', async () => {
    const admin = await viewerFor('admin');
    const id = await idOf(EMAILS.approver);
    const [before] = await db.select({ sv: schema.users.sessionVersion }).from(schema.users).where(eq(schema.users.id, id));
    await signOutEverywhere(admin, { user: id });
    expect(await getViewerForSession(id, before.sv)).toBeNull();
    const reset = await setUserPassword(admin, { user: id, invite: true });
    expect(reset.invitation?.link).toMatch(/^\/welcome\//);
    expect((await auditOf('user.sign_out_everywhere', id)).length).toBe(1);
    expect((await auditOf('user.invite', id)).length).toBe(1);
  });
});

describe('the last active admin', () => {
  it('can be neither demoted, deactivated nor erased, from the console or the command line', async () => {
    const admin = await viewerFor('admin');
    const adminId = admin.id;
    expect(await codeOf(revokeRole(SYSTEM, { user: adminId, role: 'admin' }))).toBe('last_admin');
    expect(await codeOf(setUserActive(SYSTEM, { user: adminId, active: false }))).toBe('last_admin');
    expect(await codeOf(eraseUser(SYSTEM, adminId))).toBe('last_admin');
    // Nor by an import that takes the role away.
    const csv = `email,name,roles\n${EMAILS.admin},Alex Admin,editor\n`;
    expect((await planUserImport(admin, csv)).rows[0]).toMatchObject({ outcome: 'update', changes: ['roles'] });
    expect(await codeOf(runUserImport(admin, csv))).toBe('last_admin');
    expect((await getUserDetail(admin, adminId))!.grants.some((g) => g.role === 'admin')).toBe(true);
    // An admin may not lock themselves out from the console either.
    await grantRole(SYSTEM, { user: EMAILS.editor, role: 'admin' });
    expect(await codeOf(setUserActive(admin, { user: adminId, active: false }))).toBe('own_account');
    // With a second admin, the first may go.
    await setUserActive(SYSTEM, { user: adminId, active: false });
    expect(await codeOf(revokeRole(SYSTEM, { user: EMAILS.editor, role: 'admin' }))).toBe('last_admin');
    await setUserActive(SYSTEM, { user: adminId, active: true });
    await revokeRole(SYSTEM, { user: EMAILS.editor, role: 'admin' });
  });

  it('survives two admins demoting each other at the same moment', async () => {
    await grantRole(SYSTEM, { user: EMAILS.approver, role: 'admin' });
    const results = await Promise.allSettled([
      revokeRole(SYSTEM, { user: EMAILS.admin, role: 'admin' }),
      revokeRole(SYSTEM, { user: EMAILS.approver, role: 'admin' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    const admins = await db.select().from(schema.roleGrants).where(eq(schema.roleGrants.role, 'admin'));
    expect(admins).toHaveLength(1);
    // Put the demo admin back for the tests below.
    await grantRole(SYSTEM, { user: EMAILS.admin, role: 'admin' });
  });
});

describe('CSV import', () => {
  const header = 'email,name,unit,roles,active';

  it('shows each row’s outcome and problems in a dry run, and writes nothing', async () => {
    const admin = await viewerFor('admin');
    const csv = [
      header,
      'one@newsroom.example,One,OU-EAST,editor@OU-EAST;approver,yes',
      `${EMAILS.reader},Riley Reader,OU-WEST,,`,
      'not-an-email,Two,,,',
      'three@newsroom.example,,OU-NOPE,chief,maybe',
      'ONE@newsroom.example,One again,,,',
      '"unclosed@newsroom.example,x',
    ].join('\n');
    expect(await codeOf(planUserImport(admin, csv))).toBe('csv_syntax');
    const plan = await planUserImport(admin, csv.split('\n').slice(0, -1).join('\n'));
    expect(plan.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'create'],
      [3, 'update'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
    ]);
    expect(plan.rows[1].changes).toEqual(['unit']);
    expect(plan.rows[2].problems).toEqual([{ field: 'email', code: 'email_invalid', params: { email: 'not-an-email' } }]);
    expect(plan.rows[3].problems.map((p) => [p.field, p.code])).toEqual([
      ['name', 'user_name_required'],
      ['unit', 'unknown_unit'],
      ['roles', 'unknown_role'],
      ['active', 'import_active'],
    ]);
    expect(plan.rows[4].problems).toEqual([{ field: 'email', code: 'import_duplicate', params: { line: 2 } }]);
    expect(await idOf('one@newsroom.example')).toBeUndefined();
    // The import itself refuses the whole file while any row is wrong.
    expect(await codeOf(runUserImport(admin, csv.split('\n').slice(0, -1).join('\n')))).toBe('import_has_errors');
    expect(await idOf('one@newsroom.example')).toBeUndefined();
  });

  it('refuses files it cannot read, with what is wrong', async () => {
    const admin = await viewerFor('admin');
    expect(await codeOf(planUserImport(admin, ''))).toBe('csv_empty');
    expect(await codeOf(planUserImport(admin, 'mail,name\nx@y.z,X\n'))).toBe('csv_header');
    const extra = await planUserImport(admin, 'email,name\nfour@newsroom.example,Four,surplus\n');
    expect(extra.rows[0].problems[0]).toMatchObject({ code: 'csv_columns', params: { expected: 2, found: 3 } });
    await expect(planUserImport(await viewerFor('editor'), 'email,name\n')).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('writes every row in one transaction, with invitations, roles, units and audit entries', async () => {
    const admin = await viewerFor('admin');
    const csv = `\uFEFF${header}\r\nfive@newsroom.example,"Five, Jr.",OU-EAST,editor@OU-EAST;approver,yes\r\n${EMAILS.unitEditor},王晓明,OU-PKG,,no\r\n`;
    const result = await runUserImport(admin, csv, { invite: true });
    expect(result.counts).toMatchObject({ create: 1, update: 1, error: 0 });
    expect(result.invitations.map((i) => i.email)).toEqual(['five@newsroom.example']);
    const five = await getUserDetail(admin, await idOf('five@newsroom.example'));
    expect(five).toMatchObject({ name: 'Five, Jr.', unit: 'OU-EAST', hasPassword: false, active: true });
    expect(five!.grants.map((g) => `${g.role}@${g.unit ?? ''}`).sort()).toEqual(['approver@', 'editor@OU-EAST', 'reader@']);
    const unitEditor = await getUserDetail(admin, await idOf(EMAILS.unitEditor));
    expect(unitEditor).toMatchObject({ active: false });
    expect(unitEditor!.grants.map((g) => g.role)).toEqual(['reader']);
    expect((await auditOf('user.import')).at(-1)!.data).toMatchObject({ create: 1, update: 1 });
    await runUserImport(admin, `email,name,roles,active\n${EMAILS.unitEditor},王晓明,editor@OU-PKG,yes\n`);
  });
});

describe('data protection', () => {
  it('exports everything held about a user as JSON', async () => {
    const admin = await viewerFor('admin');
    const data = await exportUserData(admin, await idOf(EMAILS.editor));
    expect(data.profile).toMatchObject({ email: EMAILS.editor, name: 'Emma Editor' });
    expect(data.articlesAuthored.length).toBeGreaterThan(0);
    expect(data.roles.map((r) => r.role)).toContain('editor');
    expect(JSON.stringify(data)).not.toMatch(/argon2|password_hash|token_hash/);
    expect((await auditOf('user.export_data')).length).toBe(1);
    await expect(exportUserData(await viewerFor('editor'), admin.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('erases a user, keeping their articles and audit entries as "former employee", the audit log unchanged', async () => {
    const admin = await viewerFor('admin');
    const { id, password } = await createUser(admin, { email: 'leaver@newsroom.example', name: 'Lee Leaver', role: 'editor' });
    const leaver = (await getViewerForSession(id, 1))!;
    const article = await createArticle({ viewer: leaver, fields: await articleInputIn(null, { title: 'Written by a leaver' }), meeting: null });
    const auditBefore = await db.select().from(schema.auditLog).orderBy(schema.auditLog.id);
    expect(await codeOf(eraseUser(admin, admin.id))).toBe('own_account');
    await eraseUser(admin, id);
    const [row] = await db.select().from(schema.users).where(eq(schema.users.id, id));
    expect(row).toMatchObject({ name: 'Former employee', passwordHash: null, active: false, unitId: null });
    expect(row.email).not.toContain('leaver');
    expect(row.erasedAt).toBeInstanceOf(Date);
    expect(await db.select().from(schema.roleGrants).where(eq(schema.roleGrants.userId, id))).toEqual([]);
    const [kept] = await db.select({ authorId: schema.articles.authorId }).from(schema.articles).where(eq(schema.articles.id, article.id));
    expect(kept.authorId).toBe(id);
    // Every audit row that existed is still there, unchanged; one more records the erasure.
    const auditAfter = await db.select().from(schema.auditLog).orderBy(schema.auditLog.id);
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
    expect(auditAfter.at(-1)).toMatchObject({ action: 'user.erase', entityId: id, actorId: admin.id });
    expect((await verifyCredentials({ email: 'leaver@newsroom.example', password: password! })).ok).toBe(false);
    expect(await searchUsers(admin, { q: 'former' })).toMatchObject({ total: 0 });
    expect(await codeOf(eraseUser(admin, id))).toBe('unknown_user');
    // The email is free again for a new account.
    await createUser(admin, { email: 'leaver@newsroom.example', name: 'Lee Returns', invite: true });
  });
});
