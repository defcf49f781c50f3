import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import type { ArticleInput } from '@/lib/article-fields';
import { getArticleForReader, getArticlePreview } from '@/lib/dal/article-detail';
import { createArticle, saveArticle } from '@/lib/dal/article-save';
import { getArticleForEdit, getEditorOptions } from '@/lib/dal/editor';
import { getRevisionPair, listRevisions } from '@/lib/dal/revisions';
import {
  createMeetingKind,
  createMeetingSeries,
  getMeetingKinds,
  getMeetingSeries,
  MeetingKindError,
  renameMeetingKind,
  renameMeetingSeries,
} from '@/lib/dal/meetings';
import { transitionArticle } from '@/lib/dal/workflow';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { generateMeetingBody } from '@/lib/meeting-body';
import { importMeetingReport } from '@/lib/meeting-import';
import type { MeetingData } from '@/lib/meeting';
import { viewerFor } from '../support/viewers';
import { articleInputIn } from '../support/article-input';

// Meeting reports on both databases: meeting data saved with revisions and checked against
// the kinds table, kinds and series managed with authorization and an audit trail, and the
// reader's page with kind names and the previous and next meetings of a series.

const fields = (overrides: Partial<ArticleInput> = {}) =>
  articleInputIn('meetings', { title: 'Harbour Works holds its mid-year work meeting', body: '<p>Draft.</p>', visibility: 'internal', ...overrides });

const fixture = (name: string) => readFileSync(path.join(__dirname, '..', 'fixtures', 'meetings', name), 'utf8');

async function seedArticle(title: string) {
  const [row] = await db
    .select({ id: schema.articles.id })
    .from(schema.articles)
    .innerJoin(schema.articleRevisions, eq(schema.articleRevisions.id, schema.articles.liveRevisionId))
    .where(eq(schema.articleRevisions.title, title));
  return row.id;
}

async function auditRows(action: string, entityId: number) {
  return db
    .select({ actorId: schema.auditLog.actorId, data: schema.auditLog.data })
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.entityId, entityId)));
}

describe('meeting data on articles', () => {
  it('saves imported meeting data with a draft, keeps it across saves, and shows it in the preview', async () => {
    const editor = await viewerFor('editor');
    const imported = importMeetingReport(fixture('report-en.txt'));
    const meeting = imported.meeting as MeetingData;
    const created = await createArticle({
      viewer: editor,
      fields: await fields({ title: imported.title, body: imported.bodyHtml, sourceText: imported.source }),
      meeting,
    });
    const saved = await getArticleForEdit({ viewer: editor, id: created.id });
    expect(saved.fields.meeting).toEqual(meeting);
    expect(saved.fields.sourceText).toBe('Finance Department');

    // A correction of one key task, and the generated body, in a second save.
    const corrected: MeetingData = structuredClone(meeting);
    corrected.speeches[0].keyTasks[1] = 'To cut freight and storage costs';
    const body = generateMeetingBody(corrected, 'en');
    await saveArticle({ viewer: editor, id: created.id, baseVersion: 1, fields: await fields({ title: imported.title, body }), meeting: corrected });
    // A save without meeting data in it keeps what is there.
    await saveArticle({ viewer: editor, id: created.id, baseVersion: 2, fields: await fields({ title: imported.title, body }) });
    const after = await getArticleForEdit({ viewer: editor, id: created.id });
    expect(after.fields.meeting?.speeches[0].keyTasks[1]).toBe('To cut freight and storage costs');
    expect(after.fields.body).toContain('II. To cut freight and storage costs;');

    const preview = await getArticlePreview({ viewer: editor, locale: 'zh', id: created.id });
    expect(preview?.meeting?.presider.name).toBe('Ma Xiaodong');
    expect(preview?.meetingKindName).toBe('季度经营分析会');

    // The history diff names the changed key task.
    const revisions = await listRevisions({ viewer: editor, id: created.id });
    const pair = await getRevisionPair({ viewer: editor, id: created.id, from: revisions.at(-1)!.id, to: revisions[0].id, locale: 'en' });
    expect(pair.to.fields.meeting).toContain('To cut freight and storage costs');
    expect(pair.from.fields.meeting).toContain('To cut freight costs through combined shipments');
    expect(pair.to.fields.meeting).toContain('Quarterly operation analysis');

    // Removing the meeting data makes it an ordinary article again.
    await saveArticle({ viewer: editor, id: created.id, baseVersion: 3, fields: await fields({ title: imported.title, body }), meeting: null });
    expect((await getArticleForEdit({ viewer: editor, id: created.id })).fields.meeting).toBeNull();
  });

  it('refuses a kind that is not in the kinds table, and accepts one an admin added', async () => {
    const editor = await viewerFor('editor');
    const admin = await viewerFor('admin');
    const meeting = importMeetingReport(fixture('report-zh.txt')).meeting as MeetingData;
    await expect(
      createArticle({ viewer: editor, fields: await fields({ language: 'zh' }), meeting: { ...meeting, kind: 'staff_congress' } }),
    ).rejects.toBeInstanceOf(MeetingKindError);
    const { id } = await createArticle({ viewer: editor, fields: await fields({ language: 'zh' }), meeting });
    await expect(
      saveArticle({ viewer: editor, id, baseVersion: 1, fields: await fields({ language: 'zh' }), meeting: { ...meeting, kind: 'staff_congress' } }),
    ).rejects.toBeInstanceOf(MeetingKindError);
    // Nothing was saved by the refused attempt.
    expect((await getArticleForEdit({ viewer: editor, id })).version).toBe(1);

    await createMeetingKind({ viewer: admin, code: 'staff_congress', nameEn: 'Staff congress', nameZh: '职工代表大会' });
    await saveArticle({ viewer: editor, id, baseVersion: 1, fields: await fields({ language: 'zh' }), meeting: { ...meeting, kind: 'staff_congress' } });
    const options = await getEditorOptions({ viewer: editor, locale: 'zh' });
    expect(options.meetingKinds.map((k) => k.name)).toContain('职工代表大会');
    expect(options.meetingKinds[0]).toEqual({ code: 'annual_work', name: '年度工作会议' });
  });
});

describe('meeting kinds', () => {
  it('are the six built-in kinds first, named in both languages', async () => {
    const kinds = await getMeetingKinds();
    const builtIn = ['annual_work', 'mid_year_work', 'quarterly_analysis', 'party_committee', 'board', 'other'];
    expect(kinds.map((k) => k.code).filter((c) => builtIn.includes(c))).toEqual(builtIn);
    expect(kinds.find((k) => k.code === 'board')?.nameZh).toBe('董事会会议');
  });

  it('are added and renamed by admins only, with an audit entry', async () => {
    const admin = await viewerFor('admin');
    for (const role of ['reader', 'editor', 'approver'] as const) {
      const viewer = await viewerFor(role);
      await expect(createMeetingKind({ viewer, nameEn: 'Safety meeting', nameZh: '安全会议' })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const kind = await createMeetingKind({ viewer: admin, nameEn: 'Safety meeting', nameZh: '安全会议' });
    expect(kind.code).toBe('safety_meeting');
    // The new kind sorts before "other".
    const codes = (await getMeetingKinds()).map((k) => k.code);
    expect(codes.indexOf('safety_meeting')).toBeLessThan(codes.indexOf('other'));
    expect(await auditRows('meeting_kind.create', kind.id)).toEqual([
      { actorId: admin.id, data: { code: 'safety_meeting', nameEn: 'Safety meeting', nameZh: '安全会议' } },
    ]);
    await expect(createMeetingKind({ viewer: admin, code: 'safety_meeting', nameEn: 'Again', nameZh: '再次' })).rejects.toBeInstanceOf(ConflictError);
    await expect(createMeetingKind({ viewer: admin, code: 'Bad Code!', nameEn: 'X', nameZh: '某' })).rejects.toBeInstanceOf(ValidationError);
    await expect(createMeetingKind({ viewer: admin, nameEn: ' ', nameZh: '某' })).rejects.toMatchObject({ code: 'name_required', params: { field: 'nameEn' } });
    await expect(createMeetingKind({ viewer: admin, nameEn: 'x'.repeat(81), nameZh: '某' })).rejects.toMatchObject({ code: 'name_too_long', params: { field: 'nameEn', max: 80 } });

    const editor = await viewerFor('editor');
    await expect(renameMeetingKind({ viewer: editor, id: kind.id, nameEn: 'A', nameZh: 'B' })).rejects.toBeInstanceOf(ForbiddenError);
    await renameMeetingKind({ viewer: admin, id: kind.id, nameEn: 'Safety and quality meeting', nameZh: '安全质量会议' });
    const renamed = (await getMeetingKinds()).find((k) => k.id === kind.id);
    expect(renamed).toMatchObject({ code: 'safety_meeting', nameEn: 'Safety and quality meeting', nameZh: '安全质量会议' });
    const [entry] = await auditRows('meeting_kind.rename', kind.id);
    expect(entry.data).toEqual({
      code: 'safety_meeting',
      from: { nameEn: 'Safety meeting', nameZh: '安全会议' },
      to: { nameEn: 'Safety and quality meeting', nameZh: '安全质量会议' },
    });
  });
});

describe('meeting series', () => {
  it('are created by editors for units in their scope and by admins, with a unique slug and an audit entry', async () => {
    const editor = await viewerFor('editor');
    const unitEditor = await viewerFor('unitEditor');
    const reader = await viewerFor('reader');
    const approver = await viewerFor('approver');
    const [own] = await db.select({ id: schema.units.id }).from(schema.units).where(eq(schema.units.code, 'OU-PKG'));
    const [other] = await db.select({ id: schema.units.id }).from(schema.units).where(eq(schema.units.code, 'OU-MACH'));
    for (const viewer of [reader, approver]) {
      await expect(createMeetingSeries({ viewer, nameEn: 'Board meetings', nameZh: '董事会', unitId: null })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(createMeetingSeries({ viewer: unitEditor, nameEn: 'Machinery board', nameZh: '机械董事会', unitId: other.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const series = await createMeetingSeries({ viewer: unitEditor, nameEn: 'Packaging Safety Meeting', nameZh: '包装公司安全会议', unitId: own.id });
    expect(series.slug).toBe('packaging-safety-meeting');
    expect(await auditRows('meeting_series.create', series.id)).toHaveLength(1);
    await expect(createMeetingSeries({ viewer: editor, nameEn: 'packaging safety meeting', nameZh: '重复', unitId: null })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(createMeetingSeries({ viewer: editor, nameEn: 'Lone', nameZh: '', unitId: null })).rejects.toMatchObject({ code: 'name_required', params: { field: 'nameZh' } });
    // It can be chosen at once.
    const { id } = await createArticle({ viewer: unitEditor, fields: await fields({ sourceUnitId: own.id, seriesId: series.id }) });
    expect((await getArticleForEdit({ viewer: unitEditor, id })).fields.seriesId).toBe(series.id);

    const admin = await viewerFor('admin');
    await expect(renameMeetingSeries({ viewer: editor, id: series.id, nameEn: 'X', nameZh: 'Y' })).rejects.toBeInstanceOf(ForbiddenError);
    await renameMeetingSeries({ viewer: admin, id: series.id, nameEn: 'Packaging Safety Council', nameZh: '包装公司安全委员会' });
    const after = (await getMeetingSeries()).find((s) => s.id === series.id);
    expect(after).toMatchObject({ slug: 'packaging-safety-meeting', nameEn: 'Packaging Safety Council' });
    expect(await auditRows('meeting_series.rename', series.id)).toHaveLength(1);
  });

  it('give readers the previous and next meeting of the series, in their language, and related news from it', async () => {
    const reader = await viewerFor('reader');
    const zh2024 = await seedArticle('蓝石集团召开2024年年中工作会议');
    const zh2025 = await seedArticle('蓝石集团召开2025年年中工作会议');
    const en2025 = await seedArticle('Lanstone Group holds its 2025 mid-year work meeting');
    const en2026 = await seedArticle('Lanstone Group holds its 2026 mid-year work meeting in Changzhou');

    const first = await getArticleForReader({ viewer: reader, locale: 'zh', id: zh2024 });
    if (first.kind !== 'ok') throw new Error('not readable');
    expect(first.article.meetingKindName).toBe('年中工作会议');
    expect(first.article.seriesNav?.name).toBe('集团年中工作会议');
    expect(first.article.seriesNav?.previous).toBeNull();
    expect(first.article.seriesNav?.next?.id).toBe(zh2025);
    expect(first.article.related.map((r) => r.id)).toContain(zh2025);

    // In English the next meeting is the English report; its Chinese twin is not a neighbour.
    const en = await getArticleForReader({ viewer: reader, locale: 'en', id: zh2024 });
    if (en.kind !== 'ok') throw new Error('not readable');
    expect(en.article.seriesNav?.next?.id).toBe(en2025);
    expect(en.article.meetingKindName).toBe('Mid-year work meeting');
    const last = await getArticleForReader({ viewer: reader, locale: 'en', id: en2025 });
    if (last.kind !== 'ok') throw new Error('not readable');
    expect(last.article.seriesNav?.previous?.id).toBe(zh2024);
    expect(last.article.seriesNav?.next?.id).toBe(en2026);

    // A newly published meeting of the series becomes the next one.
    const editor = await viewerFor('editor');
    const approver = await viewerFor('approver');
    const [series] = await db.select({ id: schema.meetingSeries.id }).from(schema.meetingSeries).where(eq(schema.meetingSeries.slug, 'group-mid-year-work-meeting'));
    const meeting = importMeetingReport(fixture('report-en.txt')).meeting as MeetingData;
    const created = await createArticle({
      viewer: editor,
      fields: await fields({ title: 'Lanstone Group holds its 2026 mid-year work meeting', seriesId: series.id }),
      meeting: { ...meeting, kind: 'mid_year_work' },
    });
    await transitionArticle({ viewer: editor, id: created.id, action: 'submit', baseVersion: 1 });
    await transitionArticle({ viewer: approver, id: created.id, action: 'approve', baseVersion: 1 });
    await transitionArticle({ viewer: editor, id: created.id, action: 'publish', baseVersion: 1 });
    const again = await getArticleForReader({ viewer: reader, locale: 'en', id: en2026 });
    if (again.kind !== 'ok') throw new Error('not readable');
    expect(again.article.seriesNav?.next?.id).toBe(created.id);
    const published = await getArticleForReader({ viewer: reader, locale: 'en', id: created.id });
    if (published.kind !== 'ok') throw new Error('not readable');
    expect(published.article.seriesNav?.previous?.id).toBe(en2026);
    expect(published.article.related.slice(0, 3).map((r) => r.id)).toContain(en2026);
    expect(published.article.meeting?.speeches).toHaveLength(2);

    // Anonymous visitors see only public meetings of the series: not the internal 2024 report
    // nor the internal one just published.
    const guest = await getArticleForReader({ viewer: null, locale: 'en', id: en2025 });
    if (guest.kind !== 'ok') throw new Error('not readable');
    expect(guest.article.seriesNav?.previous).toBeNull();
    expect(guest.article.seriesNav?.next?.id).toBe(en2026);
    const guestLast = await getArticleForReader({ viewer: null, locale: 'en', id: en2026 });
    if (guestLast.kind !== 'ok') throw new Error('not readable');
    expect(guestLast.article.seriesNav?.next).toBeNull();
  });
});
