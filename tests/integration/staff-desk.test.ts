import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { createArticle, restoreRevision, saveArticle } from '@/lib/dal/article-save';
import { getReviewBase, getRevisionPair } from '@/lib/dal/revisions';
import { searchArticles } from '@/lib/dal/search';
import { listStaffArticles, STAFF_STATES } from '@/lib/dal/staff-articles';
import { getStaffHome, type StaffSection } from '@/lib/dal/staff-desk';
import { getViewerForSession } from '@/lib/dal/users';
import { ForbiddenError } from '@/lib/errors';
import type { MeetingData } from '@/lib/meeting';
import type { Viewer } from '@/lib/permissions';
import { articleIn, fields, move, v } from '../support/published';

// The staff desk keeps every article in progress in sight, and the staff article list
// finds any article the viewer may edit or review.

const ids = (section: StaffSection | null) => section?.items.map((i) => i.id) ?? [];

async function unitId(code: string) {
  const [u] = await db.select({ id: schema.units.id }).from(schema.units).where(eq(schema.units.code, code));
  return u.id;
}

const meetingData = (name: string): MeetingData => ({
  name,
  kind: 'annual_work',
  date: '2025-01-10',
  location: '',
  presider: { name: '', position: '' },
  attendees: '',
  speeches: [],
  closingRemarks: '',
  quotes: [],
});

/** The demo editor, given the approver role as well. */
async function editorApprover(): Promise<Viewer> {
  const editor = await v('editor');
  await db.insert(schema.roleGrants).values({ userId: editor.id, role: 'approver', unitId: null });
  const [user] = await db.select({ sv: schema.users.sessionVersion }).from(schema.users).where(eq(schema.users.id, editor.id));
  return (await getViewerForSession(editor.id, user.sv))!;
}

describe('the staff desk', () => {
  it('keeps submitted, approved, scheduled and failed articles on the desk, with their counts', async () => {
    const editor = await v('editor');
    const title = (s: string) => `Desk ${s} ${Date.now()}`;
    const draft = await articleIn('draft', { title: title('draft') });
    const inReview = await articleIn('in_review', { title: title('in review') });
    const approved = await articleIn('approved', { title: title('approved') });
    const scheduled = await articleIn('scheduled', { title: title('scheduled') });
    const failed = await articleIn('scheduled', { title: title('failed') });
    await db.update(schema.articles).set({ scheduleError: 'storage_failed' }).where(eq(schema.articles.id, failed));
    const home = await getStaffHome({ viewer: editor, limit: 100 });
    expect(ids(home.drafts)).toContain(draft);
    expect(ids(home.inReview)).toContain(inReview);
    expect(ids(home.approved)).toContain(approved);
    expect(ids(home.scheduled)).toEqual(expect.arrayContaining([scheduled, failed]));
    expect(ids(home.failed)).toEqual([failed]);
    // None of them left the desk: each article in progress is in at least one section.
    const onDesk = new Set([home.drafts, home.inReview, home.approved, home.scheduled].flatMap(ids));
    for (const id of [draft, inReview, approved, scheduled, failed]) expect(onDesk.has(id)).toBe(true);
    for (const section of [home.drafts, home.inReview!, home.approved, home.scheduled, home.failed, home.published]) {
      expect(section.total).toBeGreaterThanOrEqual(section.items.length);
    }
    // A pure approver does not see the writers' "in review" list, and editors no review queue.
    expect((await getStaffHome({ viewer: await v('approver') })).inReview).toBeNull();
    expect(home.review).toBeNull();
  });

  it('does not ask an editor who is also an approver to review her own article', async () => {
    const both = await editorApprover();
    const { id: own } = await createArticle({ viewer: both, fields: await fields({ title: 'My own report' }) });
    await move('editor', own, 'submit');
    const other = await articleIn('in_review', { title: 'Someone else’s report' });
    // The other one was written by the same demo editor: give it to the admin.
    const admin = await v('admin');
    await db.update(schema.articles).set({ authorId: admin.id }).where(eq(schema.articles.id, other));
    await db.update(schema.articleRevisions).set({ editorId: admin.id }).where(eq(schema.articleRevisions.articleId, other));
    const home = await getStaffHome({ viewer: both, limit: 100 });
    expect(ids(home.review)).not.toContain(own);
    expect(ids(home.review)).toContain(other);
    // Her own article is still on her desk, as in review.
    expect(ids(home.inReview)).toContain(own);
    await db.delete(schema.roleGrants).where(eq(schema.roleGrants.userId, both.id));
    await db.insert(schema.roleGrants).values({ userId: both.id, role: 'editor', unitId: null });
  });
});

describe('the staff article list', () => {
  it('filters by state, unit, category, author, language and meeting kind, searches titles, sorts and pages', async () => {
    const editor = await v('editor');
    const pkg = await unitId('OU-PKG');
    const stamp = Date.now();
    const a = await articleIn('approved', { title: `Alpha 100% ready ${stamp}`, sourceUnitId: pkg, language: 'zh' });
    const b = await articleIn('draft', { title: `beta_plan ${stamp}` });
    const meeting = await articleIn('in_review', { title: `Gamma meeting ${stamp}` }, meetingData('Gamma'));
    const list = (filters: Parameters<typeof listStaffArticles>[0]['filters']) => listStaffArticles({ viewer: editor, locale: 'en', filters });
    const titled = async (filters: Parameters<typeof listStaffArticles>[0]['filters']) => (await list({ q: String(stamp), ...filters })).items.map((i) => i.id);

    expect(await titled({ sort: 'title' })).toEqual([a, b, meeting]);
    expect(await titled({ state: 'approved' })).toEqual([a]);
    expect(await titled({ state: 'in_review' })).toEqual([meeting]);
    expect(await titled({ unit: pkg })).toEqual([a]);
    expect(await titled({ language: 'zh' })).toEqual([a]);
    expect(await titled({ kind: 'annual_work' })).toEqual([meeting]);
    expect(await titled({ author: editor.id })).toHaveLength(3);
    expect(await titled({ mine: true })).toHaveLength(3);
    expect((await listStaffArticles({ viewer: await v('admin'), locale: 'en', filters: { q: String(stamp), mine: true } })).items).toHaveLength(0);
    const [c] = await db.select({ id: schema.categories.id }).from(schema.categories).orderBy(schema.categories.id).limit(1);
    expect(await titled({ category: c.id })).toHaveLength(3);
    // Wildcards in the search are taken literally; the search ignores case.
    expect((await list({ q: '100%' })).items.map((i) => i.id)).toEqual([a]);
    expect((await list({ q: 'BETA_PLAN' })).items.map((i) => i.id)).toEqual([b]);
    expect((await list({ q: 'beta%plan' })).items).toHaveLength(0);

    // Pages: every visible article once, in order.
    const all = await listStaffArticles({ viewer: editor, locale: 'en', pageSize: 10 });
    const seen: number[] = [];
    for (let page = 1; page <= all.pages; page++) {
      seen.push(...(await listStaffArticles({ viewer: editor, locale: 'en', pageSize: 10, filters: { page } })).items.map((i) => i.id));
    }
    expect(seen).toHaveLength(all.total);
    expect(new Set(seen).size).toBe(all.total);
    // A page past the end gives the last page.
    expect((await listStaffArticles({ viewer: editor, locale: 'en', pageSize: 10, filters: { page: 9999 } })).page).toBe(all.pages);
    for (const state of STAFF_STATES) await expect(list({ state })).resolves.toBeDefined();
  });

  it('shows a unit editor only her units, and refuses readers', async () => {
    const unitEditor = await v('unitEditor');
    const other = await articleIn('draft', { title: 'Machinery only', sourceUnitId: await unitId('OU-MACH') });
    const result = await listStaffArticles({ viewer: unitEditor, locale: 'zh' });
    expect(result.items.map((i) => i.id)).not.toContain(other);
    expect(result.total).toBeGreaterThan(0);
    const admin = await listStaffArticles({ viewer: await v('admin'), locale: 'en', filters: { q: 'Machinery only' } });
    expect(admin.items.map((i) => i.id)).toEqual([other]);
    await expect(listStaffArticles({ viewer: await v('reader'), locale: 'en' })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('what a reviewer compares', () => {
  it('compares a first publication with nothing, a resubmission with the reviewed version, and an edit with the live one', async () => {
    const editor = await v('editor');
    const approver = await v('approver');
    const revisionOf = async (id: number, version: number) => {
      const [row] = await db
        .select({ id: schema.articleRevisions.id })
        .from(schema.articleRevisions)
        .where(and(eq(schema.articleRevisions.articleId, id), eq(schema.articleRevisions.version, version)));
      return row.id;
    };
    // An autosave, then the explicit save of the same text: two versions, nothing new between them.
    const { id } = await createArticle({ viewer: editor, fields: await fields({ title: 'First of its kind' }), autosave: true });
    await saveArticle({ viewer: editor, id, baseVersion: 1, fields: await fields({ title: 'First of its kind', summary: 'Now saved.' }) });
    await move('editor', id, 'submit');
    expect(await getReviewBase({ viewer: approver, id })).toEqual({ from: null, to: await revisionOf(id, 2) });

    await move('approver', id, 'request_changes', { comment: 'Say more.' });
    await saveArticle({ viewer: editor, id, baseVersion: 2, fields: await fields({ title: 'First of its kind', summary: 'Now saved, with more.' }) });
    await move('editor', id, 'submit');
    expect(await getReviewBase({ viewer: approver, id })).toEqual({ from: await revisionOf(id, 2), to: await revisionOf(id, 3) });

    await move('approver', id, 'approve');
    await move('editor', id, 'publish');
    await saveArticle({ viewer: editor, id, baseVersion: 3, fields: await fields({ title: 'First of its kind, revised' }) });
    await move('editor', id, 'submit');
    expect(await getReviewBase({ viewer: approver, id })).toEqual({ from: await revisionOf(id, 3), to: await revisionOf(id, 4) });
  });
});

describe('the history diff', () => {
  it('keeps the paragraphs of the body apart', async () => {
    const editor = await v('editor');
    const { id } = await createArticle({ viewer: editor, fields: await fields({ body: '<p>First paragraph.</p><p>Second paragraph.</p>' }) });
    await saveArticle({ viewer: editor, id, baseVersion: 1, fields: await fields({ body: '<p>First paragraph.</p><p>Second, changed.</p><p>Third.</p>' }) });
    const revisions = await db
      .select({ id: schema.articleRevisions.id })
      .from(schema.articleRevisions)
      .where(eq(schema.articleRevisions.articleId, id))
      .orderBy(schema.articleRevisions.version);
    const pair = await getRevisionPair({ viewer: editor, id, from: revisions[0].id, to: revisions[1].id, locale: 'en' });
    expect(pair.from.fields.body).toBe('First paragraph.\n\nSecond paragraph.');
    expect(pair.to.fields.body).toBe('First paragraph.\n\nSecond, changed.\n\nThird.');
    // Restoring names the version restored and the version it became.
    const restored = await restoreRevision({ viewer: editor, id, revisionId: revisions[0].id, baseVersion: 2 });
    expect({ restored: restored.restoredVersion, as: restored.version }).toEqual({ restored: 1, as: 3 });
  });
});

describe('a meeting report in the search results', () => {
  it('names the kind of meeting rather than repeating its category', async () => {
    const [c] = await db.select({ id: schema.categories.id }).from(schema.categories).where(eq(schema.categories.slug, 'meetings'));
    await articleIn('published', { title: 'Zanzibarite annual meeting', categoryId: c.id }, meetingData('Zanzibarite'));
    const reader = await v('reader');
    for (const [locale, kind] of [['en', 'Annual work meeting'], ['zh', '年度工作会议']] as const) {
      const result = await searchArticles({ viewer: reader, locale, query: 'Zanzibarite' });
      if (result.status !== 'ok') throw new Error(result.status);
      expect(result.hits.map((h) => [h.isMeeting, h.meetingKind])).toEqual([[true, kind]]);
    }
  });
});
