import { describe, expect, it } from 'vitest';
import { canStartFrom, editMove, stateAfterEdit, stateColumns, TRANSITIONS, WORK_STATES, WORKFLOW_ACTIONS, workState } from '@/lib/workflow';

const article = (status: (typeof WORK_STATES)[number], pendingState: 'draft' | 'in_review' | 'approved' | 'scheduled' | 'rejected' | null = null) => ({
  status,
  pendingState,
  liveRevisionId: status === 'published' || status === 'archived' ? 1 : null,
  workingRevisionId: pendingState ? 2 : status === 'published' || status === 'archived' ? null : 2,
});

describe('the transition table', () => {
  it('offers people only the moves they choose; edits and the scheduler make the others', () => {
    expect(WORKFLOW_ACTIONS).not.toContain('edit');
    expect(WORKFLOW_ACTIONS).not.toContain('revise');
    expect(WORKFLOW_ACTIONS).not.toContain('publish_scheduled');
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...WORKFLOW_ACTIONS, 'edit', 'revise', 'publish_scheduled', 'import'].sort());
    expect(TRANSITIONS.publish_scheduled.by).toBe('system');
  });

  it('tells what saving an edit does: it voids a review or approval, starts the next revision of a live article, and leaves a draft alone', () => {
    for (const state of ['in_review', 'approved', 'scheduled', 'rejected'] as const) {
      expect(editMove(state)).toBe('edit');
      expect(stateAfterEdit(state)).toBe('draft');
    }
    expect(editMove('published')).toBe('revise');
    expect(stateAfterEdit('published')).toBe('draft');
    expect(editMove('draft')).toBeNull();
    expect(stateAfterEdit('draft')).toBe('draft');
    expect(editMove('archived')).toBeNull();
  });

  it('records a move of a live article’s pending revision as its pending state, and publication on the article', () => {
    const live = article('published');
    expect(stateColumns(live, 'revise', 'draft')).toEqual({ status: 'published', pendingState: 'draft' });
    const pending = article('published', 'scheduled');
    expect(workState(pending)).toBe('scheduled');
    expect(canStartFrom('publish_scheduled', pending)).toBe(true);
    expect(stateColumns(pending, 'edit', 'draft')).toEqual({ status: 'published', pendingState: 'draft' });
    expect(stateColumns(pending, 'publish_scheduled', 'published')).toEqual({ status: 'published', pendingState: null });
    expect(stateColumns(article('scheduled'), 'publish_scheduled', 'published')).toEqual({ status: 'published', pendingState: null });
    expect(stateColumns(article('approved'), 'edit', 'draft')).toEqual({ status: 'draft', pendingState: null });
  });
});
