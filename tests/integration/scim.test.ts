import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { addGroupMapping } from '@/lib/dal/directory-groups';
import { createScimToken, listScimTokens, revokeScimToken } from '@/lib/dal/scim-tokens';
import { getViewerForSession } from '@/lib/dal/users';
import { ForbiddenError } from '@/lib/errors';
import { SYSTEM } from '@/lib/permissions';
import { ScimTestClient } from '../support/scim-client';
import { viewerFor } from '../support/viewers';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

async function client() {
  const { token } = await createScimToken(await viewerFor('admin'), { name: 'Entra ID provisioning' });
  return new ScimTestClient(token);
}

async function userRow(id: string) {
  const [row] = await db.select().from(schema.users).where(eq(schema.users.id, Number(id)));
  return row;
}

/** A user as Entra ID's provisioning service creates one (its documented request). */
function entraUser(userName: string, externalId: string) {
  return {
    schemas: [USER, ENTERPRISE],
    externalId,
    userName,
    active: true,
    displayName: 'Dana Fischer',
    emails: [{ primary: true, type: 'work', value: userName }],
    name: { formatted: 'Dana Fischer', familyName: 'Fischer', givenName: 'Dana' },
    title: 'Reporter',
    [ENTERPRISE]: { department: 'OU-EAST' },
    locale: 'zh-CN',
  };
}

describe('SCIM tokens', () => {
  it('are created and revoked by admins only, kept as a hash, and refused once revoked', async () => {
    const admin = await viewerFor('admin');
    await expect(createScimToken(await viewerFor('editor'), { name: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
    const { id, token } = await createScimToken(admin, { name: 'Okta' });
    expect(token).toMatch(/^scim_[\w-]{40,}$/);
    const [stored] = await db.select().from(schema.scimTokens).where(eq(schema.scimTokens.id, id));
    expect(stored.tokenHash).not.toContain(token);
    const scim = new ScimTestClient(token);
    expect((await scim.get('Users?count=1')).status).toBe(200);
    expect((await listScimTokens(admin)).find((t) => t.id === id)?.lastUsedAt).toBeInstanceOf(Date);
    await revokeScimToken(admin, id);
    const refused = await scim.get('Users?count=1');
    expect(refused.status).toBe(401);
    expect(refused.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    expect((await new ScimTestClient(null).get('Users')).status).toBe(401);
    expect((await new ScimTestClient('scim_not-a-real-token-at-all-000000').get('Users')).status).toBe(401);
    await expect(revokeScimToken(SYSTEM, id)).rejects.toThrow();
  });
});

describe('SCIM users, with the requests of Entra ID provisioning', () => {
  it('finds by userName, creates, reads and filters by externalId', async () => {
    const scim = await client();
    expect(await scim.findUser('dana.fischer@newsroom.example')).toBeUndefined();
    const created = await scim.post('Users', entraUser('Dana.Fischer@newsroom.example', 'ext-dana'));
    expect(created.status).toBe(201);
    expect(created.type).toBe('application/scim+json');
    expect(created.body).toMatchObject({ userName: 'dana.fischer@newsroom.example', displayName: 'Dana Fischer', active: true, externalId: 'ext-dana', preferredLanguage: 'zh', [ENTERPRISE]: { department: 'OU-EAST' } });
    const id = created.body.id as string;
    expect((await scim.findUser('DANA.FISCHER@newsroom.example'))?.id).toBe(id);
    const byExternal = await scim.get(`Users?filter=${encodeURIComponent('externalId eq "ext-dana"')}`);
    expect(byExternal.body).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect((await scim.get(`Users/${id}`)).body.meta).toMatchObject({ resourceType: 'User', location: `http://newsroom.test/scim/v2/Users/${id}` });
    const all = await scim.get('Users?startIndex=2&count=3');
    expect(all.body.itemsPerPage).toBe(3);
    expect(all.body.totalResults).toBeGreaterThan(6);
    const duplicate = await scim.post('Users', entraUser('dana.fischer@newsroom.example', 'ext-other'));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.scimType).toBe('uniqueness');
  });

  it('deactivates with PATCH active "False" and ends every session at once', async () => {
    const scim = await client();
    const { body } = await scim.post('Users', entraUser('leaver@newsroom.example', 'ext-leaver'));
    const id = body.id as string;
    const before = await userRow(id);
    expect(await getViewerForSession(before.id, before.sessionVersion)).not.toBeNull();
    const patched = await scim.patch(`Users/${id}`, [{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(patched.status).toBe(200);
    expect(patched.body.active).toBe(false);
    // The session the leaver had is worthless now, and so would be one from before.
    expect(await getViewerForSession(before.id, before.sessionVersion)).toBeNull();
    const after = await userRow(id);
    expect(await getViewerForSession(after.id, after.sessionVersion)).toBeNull();
    const audit = await db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, Number(id)));
    expect(audit.map((a) => a.action)).toContain('user.deactivate');
    // Reactivation, in the other shape Entra ID sends (no path).
    const back = await scim.patch(`Users/${id}`, [{ op: 'replace', value: { active: true } }]);
    expect(back.body.active).toBe(true);
  });

  it('patches attributes by path and without, ignoring attributes Newsroom does not keep', async () => {
    const scim = await client();
    const { body } = await scim.post('Users', { schemas: [USER], userName: 'patchme@newsroom.example', name: { givenName: 'Pat', familyName: 'Chen' } });
    const id = body.id as string;
    expect(body.displayName).toBe('Pat Chen');
    const reply = await scim.patch(`Users/${id}`, [
      { op: 'Replace', path: 'displayName', value: 'Patricia Chen' },
      { op: 'Add', path: 'title', value: 'Editor' },
      { op: 'Replace', path: 'userName', value: 'patricia.chen@newsroom.example' },
      { op: 'replace', value: { externalId: 'ext-pat', [`${ENTERPRISE}:department`]: 'OU-WEST' } },
    ]);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ displayName: 'Patricia Chen', userName: 'patricia.chen@newsroom.example', externalId: 'ext-pat' });
    const put = await scim.put(`Users/${id}`, { schemas: [USER], userName: 'patricia.chen@newsroom.example', displayName: 'P. Chen', active: true });
    expect(put.body).toMatchObject({ displayName: 'P. Chen' });
    expect(put.body.externalId).toBeUndefined();
    const gone = await scim.delete(`Users/${id}`);
    expect(gone.status).toBe(204);
    expect((await scim.get(`Users/${id}`)).body.active).toBe(false);
  });

  it('refuses a body that breaks the schema, naming the field, and writes nothing', async () => {
    const scim = await client();
    const count = async () => (await db.select({ id: schema.users.id }).from(schema.users)).length;
    const before = await count();
    const cases: [unknown, RegExp][] = [
      [{ schemas: [USER] }, /userName is required/],
      [{ schemas: [USER], userName: 'not-an-email' }, /userName must be an email/],
      [{ schemas: [USER], userName: 'x@newsroom.example', active: 'maybe' }, /active must be true or false/],
      [{ schemas: [USER], userName: 42 }, /userName must be a string/],
      [[1, 2], /JSON object/],
    ];
    for (const [body, detail] of cases) {
      const reply = await scim.post('Users', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.detail).toMatch(detail);
    }
    expect((await scim.request('POST', 'Users', undefined, '{"userName": ')).body.scimType).toBe('invalidSyntax');
    expect((await scim.get(`Users?filter=${encodeURIComponent('name.givenName sw "A"')}`)).body.scimType).toBe('invalidFilter');
    expect((await scim.patch('Users/1', [{ op: 'jump', path: 'active' }])).status).toBe(400);
    expect((await scim.patch('Users/1', [{ op: 'replace', path: 'active', value: 'nope' }])).body.detail).toMatch(/active/);
    expect((await scim.get('Users/999999')).status).toBe(404);
    expect(await count()).toBe(before);
  });
});

describe('SCIM groups', () => {
  it('create, add and remove members the way Entra ID does, and roles follow the mapping', async () => {
    const admin = await viewerFor('admin');
    await addGroupMapping(admin, { group: 'News-Approvers-East', role: 'approver', unit: 'OU-EAST' });
    const scim = await client();
    const { body: user } = await scim.post('Users', entraUser('grace@newsroom.example', 'ext-grace'));
    const userId = user.id as string;
    const grants = async () =>
      (await db.select().from(schema.roleGrants).where(eq(schema.roleGrants.userId, Number(userId)))).map((g) => `${g.role}:${g.unitId ?? '-'}:${g.source}`).sort();
    const group = await scim.post('Groups', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'news-approvers-east', externalId: 'g-1', members: [] });
    expect(group.status).toBe(201);
    const groupId = group.body.id as string;
    const found = await scim.get(`Groups?filter=${encodeURIComponent('displayName eq "news-approvers-east"')}&excludedAttributes=members`);
    expect(found.body.Resources?.[0]).toMatchObject({ id: groupId });
    expect(found.body.Resources?.[0].members).toBeUndefined();

    await scim.patch(`Groups/${groupId}`, [{ op: 'Add', path: 'members', value: [{ value: userId }] }]);
    const [east] = await db.select().from(schema.units).where(eq(schema.units.code, 'OU-EAST'));
    expect(await grants()).toEqual([`approver:${east.id}:directory`, 'reader:-:manual']);
    expect((await scim.get(`Groups/${groupId}`)).body.members).toEqual([expect.objectContaining({ value: userId })]);

    await scim.patch(`Groups/${groupId}`, [{ op: 'Remove', path: `members[value eq "${userId}"]` }]);
    expect(await grants()).toEqual(['reader:-:manual']);
    await scim.patch(`Groups/${groupId}`, [{ op: 'add', path: 'members', value: [{ value: userId }] }]);
    expect(await grants()).toContain(`approver:${east.id}:directory`);
    expect((await scim.delete(`Groups/${groupId}`)).status).toBe(204);
    expect(await grants()).toEqual(['reader:-:manual']);

    const bad = await scim.patch(`Groups/${groupId}`, [{ op: 'add', path: 'members', value: [{ value: userId }] }]);
    expect(bad.status).toBe(404);
    const unknownMember = await scim.post('Groups', { displayName: 'x-group', members: [{ value: '999999' }] });
    expect(unknownMember.status).toBe(400);
    expect(unknownMember.body.detail).toMatch(/members: user 999999/);
    expect((await scim.get(`Groups?filter=${encodeURIComponent('displayName eq "x-group"')}`)).body.totalResults).toBe(0);
  });

  it('describes the service', async () => {
    const reply = await (await client()).get('ServiceProviderConfig');
    expect(reply.body).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
  });
});
