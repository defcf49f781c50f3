import { describe, expect, it } from 'vitest';
import { canMakeMove, canReadArticle, canReview, canWriteArticles, hasRole, isAdmin, isStaff, SYSTEM, type Viewer } from '@/lib/permissions';

const viewer = (...roles: Viewer['grants'][number]['role'][]): Viewer => ({
  id: 1,
  name: 'V',
  email: 'v@x',
  locale: 'en',
  grants: roles.map((role) => ({ role, unitId: null })),
});

const now = new Date('2026-06-01T00:00:00Z');
const past = new Date('2026-01-01T00:00:00Z');
const future = new Date('2027-01-01T00:00:00Z');

describe('canReadArticle', () => {
  const cases: [string, Viewer | null, { status: string; visibility: 'public' | 'internal'; publishedAt: Date | null }, boolean][] = [
    ['anonymous, public published', null, { status: 'published', visibility: 'public', publishedAt: past }, true],
    ['anonymous, internal published', null, { status: 'published', visibility: 'internal', publishedAt: past }, false],
    ['reader, internal published', viewer('reader'), { status: 'published', visibility: 'internal', publishedAt: past }, true],
    ['reader, published in the future', viewer('reader'), { status: 'published', visibility: 'public', publishedAt: future }, false],
    ['reader, draft', viewer('reader'), { status: 'draft', visibility: 'public', publishedAt: null }, false],
    ['anonymous, archived', null, { status: 'archived', visibility: 'public', publishedAt: past }, false],
    ['editor, draft', viewer('reader', 'editor'), { status: 'draft', visibility: 'internal', publishedAt: null }, true],
    ['approver, in review', viewer('reader', 'approver'), { status: 'in_review', visibility: 'internal', publishedAt: null }, true],
  ];
  it.each(cases)('%s', (_, v, article, expected) => {
    expect(canReadArticle(v, article, now)).toBe(expected);
  });
});

describe('role predicates', () => {
  it('tell staff, admins and the system apart', () => {
    expect(isStaff(viewer('reader'))).toBe(false);
    expect(isStaff(viewer('reader', 'approver'))).toBe(true);
    expect(isStaff(null)).toBe(false);
    expect(isAdmin(viewer('reader', 'editor'))).toBe(false);
    expect(isAdmin(viewer('admin'))).toBe(true);
    expect(isAdmin(SYSTEM)).toBe(true);
    expect(isAdmin(null)).toBe(false);
    expect(hasRole(viewer('editor'), 'editor')).toBe(true);
  });
});

describe('workflow predicates', () => {
  // Unit 2 lies below unit 1; unit 3 is elsewhere.
  const parents = new Map<number, number | null>([
    [1, null],
    [2, 1],
    [3, null],
  ]);
  const scoped = (role: Viewer['grants'][number]['role'], unitId: number): Viewer => ({ ...viewer('reader'), grants: [{ role: 'reader', unitId: null }, { role, unitId }] });

  it('let writers write, and approvers review, for the units their scope covers', () => {
    expect(canWriteArticles(viewer('reader', 'editor'))).toBe(true);
    expect(canWriteArticles(viewer('reader', 'approver'))).toBe(false);
    expect(canWriteArticles(viewer('admin'))).toBe(true);
    expect(canReview(scoped('approver', 1), { sourceUnitId: 2 }, parents)).toBe(true);
    expect(canReview(scoped('approver', 1), { sourceUnitId: 3 }, parents)).toBe(false);
    expect(canReview(scoped('editor', 1), { sourceUnitId: 2 }, parents)).toBe(false);
    expect(canReview(viewer('admin'), { sourceUnitId: 3 }, parents)).toBe(true);
  });

  it('give each kind of move to its movers: writers, reviewers, and the system alone for its own', () => {
    const article = { sourceUnitId: 2 };
    expect(canMakeMove(scoped('editor', 1), 'writer', article, parents)).toBe(true);
    expect(canMakeMove(scoped('editor', 1), 'reviewer', article, parents)).toBe(false);
    expect(canMakeMove(scoped('approver', 1), 'reviewer', article, parents)).toBe(true);
    expect(canMakeMove(scoped('approver', 3), 'reviewer', article, parents)).toBe(false);
    expect(canMakeMove(viewer('admin'), 'system', article, parents)).toBe(false);
    expect(canMakeMove(SYSTEM, 'system', article, parents)).toBe(true);
    expect(canMakeMove(SYSTEM, 'writer', article, parents)).toBe(false);
  });
});
