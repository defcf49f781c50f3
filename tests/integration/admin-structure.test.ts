import { createServer } from 'node:net';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { createArticle } from '@/lib/dal/article-save';
import { createCategory, listCategoriesForAdmin, moveCategory, renameCategory, setCategoryRetired } from '@/lib/dal/categories';
import { getPortalSettings, sendTestMail, updatePortalSettings } from '@/lib/dal/settings';
import { createUnit, deleteUnit, listUnitsForAdmin, setUnitRetired, updateUnit } from '@/lib/dal/unit-admin';
import { createUser, grantRole } from '@/lib/dal/user-admin';
import { AppError, ForbiddenError } from '@/lib/errors';
import { articleInput } from '../support/article-input';
import { testDialect } from '../support/databases';
import { viewerFor } from '../support/viewers';

// The Units, Categories and Settings parts of the admin console, through the data layer
// that both the console and `npm run units` / `npm run categories` use.

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'ok';
};
const audits = async (action: string) => db.select().from(schema.auditLog).where(eq(schema.auditLog.action, action));
const unitId = async (code: string) => (await db.select({ id: schema.units.id }).from(schema.units).where(eq(schema.units.code, code)))[0].id;

describe('units', () => {
  it('adds, renames and moves units in the tree, never below themselves', async () => {
    const admin = await viewerFor('admin');
    await createUnit(admin, { code: 'ou-north-2', nameEn: 'North Two', nameZh: '北二', kind: 'company', parent: 'OU-NORTH' });
    await createUnit(admin, { code: 'OU-N2-PLANT', nameEn: 'Plant', nameZh: '工厂', kind: 'department', parent: 'OU-NORTH-2' });
    let tree = await listUnitsForAdmin(admin);
    const at = (code: string) => tree.find((u) => u.code === code)!;
    expect(at('OU-N2-PLANT').depth).toBe(at('OU-NORTH-2').depth + 1);
    expect(tree.indexOf(at('OU-N2-PLANT'))).toBe(tree.indexOf(at('OU-NORTH-2')) + 1);
    expect(await codeOf(createUnit(admin, { code: 'OU-NORTH-2', nameEn: 'X', nameZh: 'X' }))).toBe('unit_code_taken');
    expect(await codeOf(createUnit(admin, { code: 'bad code!', nameEn: 'X', nameZh: 'X' }))).toBe('unit_code');
    expect(await codeOf(createUnit(admin, { code: 'OU-X', nameEn: 'X', nameZh: '' }))).toBe('name_required');
    expect(await codeOf(createUnit(admin, { code: 'OU-X', nameEn: 'X', nameZh: 'X', kind: 'planet' }))).toBe('unit_kind');
    expect(await codeOf(updateUnit(admin, { unit: 'OU-NORTH-2', parent: 'OU-N2-PLANT' }))).toBe('unit_cycle');
    expect(await codeOf(updateUnit(admin, { unit: 'OU-NORTH-2', parent: 'OU-NORTH-2' }))).toBe('unit_cycle');
    await updateUnit(admin, { unit: 'OU-NORTH-2', nameEn: 'North Region Two', nameZh: '华北二区', parent: 'GROUP' });
    tree = await listUnitsForAdmin(admin);
    expect(at('OU-NORTH-2')).toMatchObject({ nameEn: 'North Region Two', nameZh: '华北二区', parentId: await unitId('GROUP'), depth: 1 });
    expect((await audits('unit.update')).at(-1)!.data).toMatchObject({ code: 'OU-NORTH-2', to: { nameEn: 'North Region Two' } });
    await expect(createUnit(await viewerFor('editor'), { code: 'OU-Y', nameEn: 'Y', nameZh: 'Y' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('retires a unit in use instead of deleting it, says what refers to it, and takes nothing new', async () => {
    const admin = await viewerFor('admin');
    await createUnit(admin, { code: 'OU-OLD', nameEn: 'Old Co', nameZh: '旧公司', parent: 'GROUP' });
    await createUnit(admin, { code: 'OU-OLD-SUB', nameEn: 'Old Sub', nameZh: '旧子公司', parent: 'OU-OLD' });
    const member = await createUser(admin, { email: 'old.member@newsroom.example', name: 'Old Member', role: 'editor', unit: 'OU-OLD', invite: true });
    expect(await codeOf(deleteUnit(admin, { unit: 'OU-OLD' }))).toBe('unit_in_use');
    expect(await codeOf(setUnitRetired(admin, { unit: 'OU-OLD', retired: true }))).toBe('unit_has_children');
    await deleteUnit(admin, { unit: 'OU-OLD-SUB' });
    const refs = await setUnitRetired(admin, { unit: 'OU-OLD', retired: true });
    expect(refs).toMatchObject({ members: 1, grants: 1, children: 0 });
    const row = (await listUnitsForAdmin(admin)).find((u) => u.code === 'OU-OLD')!;
    expect(row.retiredAt).toBeInstanceOf(Date);
    expect(row.refs.members).toBe(1);
    // Nothing new: no grant, no member, no unit below it, no new article.
    expect(await codeOf(grantRole(admin, { user: 'old.member@newsroom.example', role: 'approver', unit: 'OU-OLD' }))).toBe('unit_retired');
    expect(await codeOf(createUser(admin, { email: 'new.old@newsroom.example', name: 'N', unit: 'OU-OLD' }))).toBe('unit_retired');
    expect(await codeOf(createUnit(admin, { code: 'OU-OLD-2', nameEn: 'X', nameZh: 'X', parent: 'OU-OLD' }))).toBe('unit_retired');
    const [cat] = await db.select({ id: schema.categories.id }).from(schema.categories).limit(1);
    const editor = await viewerFor('editor');
    expect(await codeOf(createArticle({ viewer: editor, fields: articleInput(cat.id, { sourceUnitId: await unitId('OU-OLD') }), meeting: null }))).toBe('unit_retired');
    // The member keeps the unit they have.
    expect((await db.select({ unitId: schema.users.unitId }).from(schema.users).where(eq(schema.users.id, member.id)))[0].unitId).toBe(await unitId('OU-OLD'));
    await setUnitRetired(admin, { unit: 'OU-OLD', retired: false });
    await grantRole(admin, { user: member.id, role: 'approver', unit: 'OU-OLD' });
    expect((await audits('unit.retire')).length).toBe(1);
    expect((await audits('unit.restore')).length).toBe(1);
    expect((await audits('unit.delete')).length).toBe(1);
  });
});

describe('categories', () => {
  it('adds, renames in both languages, reorders and retires; a retired category keeps its articles and takes no new ones', async () => {
    const admin = await viewerFor('admin');
    const { slug } = await createCategory(admin, { nameEn: 'Community Life', nameZh: '社区生活' });
    expect(slug).toBe('community-life');
    expect(await codeOf(createCategory(admin, { nameEn: 'Community life', nameZh: '又一个' }))).toBe('category_slug_taken');
    expect(await codeOf(createCategory(admin, { slug: 'Bad Slug', nameEn: 'X', nameZh: 'X' }))).toBe('category_slug');
    await renameCategory(admin, { category: slug, nameEn: 'Community', nameZh: '社区' });
    let list = await listCategoriesForAdmin(admin);
    expect(list.at(-1)).toMatchObject({ slug, nameEn: 'Community', nameZh: '社区' });
    await moveCategory(admin, { category: slug, direction: 'up' });
    list = await listCategoriesForAdmin(admin);
    expect(list.at(-2)!.slug).toBe(slug);
    await moveCategory(admin, { category: list[0].slug, direction: 'up' });
    expect((await listCategoriesForAdmin(admin))[0].slug).toBe(list[0].slug);

    const editor = await viewerFor('editor');
    const id = list.find((c) => c.slug === slug)!.id;
    const { id: articleId, version } = await createArticle({ viewer: editor, fields: articleInput(id), meeting: null });
    await setCategoryRetired(admin, { category: slug, retired: true });
    expect(await codeOf(createArticle({ viewer: editor, fields: articleInput(id), meeting: null }))).toBe('category_retired');
    // The article that has it keeps it and can still be saved.
    const { saveArticle } = await import('@/lib/dal/article-save');
    await saveArticle({ viewer: editor, id: articleId, baseVersion: version, fields: articleInput(id, { title: 'Still here' }), meeting: null });
    expect((await listCategoriesForAdmin(admin)).find((c) => c.slug === slug)).toMatchObject({ articles: 1 });
    await expect(renameCategory(editor, { category: slug, nameEn: 'X', nameZh: 'X' })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await audits('category.retire')).length).toBe(1);
    expect((await audits('category.reorder')).length).toBe(1);
  });
});

describe('settings', () => {
  it('stores the portal name, language and time zone, refusing an unknown zone', async () => {
    const admin = await viewerFor('admin');
    expect(await getPortalSettings()).toMatchObject({ portalNameEn: 'Newsroom', timeZone: 'Asia/Shanghai' });
    expect(await codeOf(updatePortalSettings(admin, { timeZone: 'Mars/Olympus_Mons' }))).toBe('time_zone_invalid');
    expect(await codeOf(updatePortalSettings(admin, { timeZone: "Europe/Berlin'; drop table users" }))).toBe('time_zone_invalid');
    expect(await codeOf(updatePortalSettings(admin, { defaultLocale: 'fr' }))).toBe('locale_invalid');
    expect(await codeOf(updatePortalSettings(admin, { portalNameEn: ' ' }))).toBe('name_required');
    expect((await getPortalSettings()).timeZone).toBe('Asia/Shanghai');
    const saved = await updatePortalSettings(admin, { portalNameEn: 'Lanstone News', portalNameZh: '蓝石新闻', defaultLocale: 'zh', timeZone: 'Europe/Berlin' });
    expect(saved).toEqual({ portalNameEn: 'Lanstone News', portalNameZh: '蓝石新闻', defaultLocale: 'zh', timeZone: 'Europe/Berlin' });
    expect((await audits('settings.update')).at(-1)!.data).toMatchObject({ from: { timeZone: 'Asia/Shanghai' }, to: { timeZone: 'Europe/Berlin' } });
    await expect(updatePortalSettings(await viewerFor('editor'), { timeZone: 'UTC' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('sends a test mail through a real SMTP server and reports a server that is down', async () => {
    const admin = await viewerFor('admin');
    expect(await codeOf(sendTestMail(admin, { to: 'it@newsroom.example', locale: 'en' }))).toBe('smtp_unset');
    const port = testDialect === 'postgres' ? 4332 : 4331;
    const received: string[] = [];
    const server = createServer((socket) => {
      // Just enough SMTP to accept one mail.
      socket.write('220 test ESMTP\r\n');
      let data = false;
      socket.on('data', (chunk) => {
        for (const line of chunk.toString('latin1').split('\r\n').filter(Boolean)) {
          if (data) {
            received.push(line);
            if (line === '.') {
              data = false;
              socket.write('250 OK queued\r\n');
            }
            continue;
          }
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test\r\n');
          else if (verb === 'DATA') {
            data = true;
            socket.write('354 go\r\n');
          } else if (verb === 'QUIT') socket.end('221 bye\r\n');
          else socket.write('250 OK\r\n');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const ok = await sendTestMail(admin, { to: 'it@newsroom.example', locale: 'zh' }, `smtp://127.0.0.1:${port}`);
      expect(ok.error).toBeNull();
      expect(received.join('\n')).toMatch(/Subject:/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const down = await sendTestMail(admin, { to: 'it@newsroom.example', locale: 'en' }, `smtp://127.0.0.1:${port}`);
    expect(down.error).toMatch(/ECONNREFUSED/);
    expect((await audits('settings.test_mail')).map((a) => (a.data as { ok: boolean }).ok)).toEqual([true, false]);
  });
});
