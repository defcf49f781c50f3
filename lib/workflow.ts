// The approval workflow of DESIGN.md as one table: which action moves an article from
// which state to which, who may take it, and whether it needs a comment. lib/dal/workflow.ts
// applies it inside a transaction; the staff pages use it to offer only what is allowed.

export const WORK_STATES = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived'] as const;
export type WorkState = (typeof WORK_STATES)[number];

/** Writers are editors (for their units) and admins; reviewers are approvers (for their units) and admins. */
export type Actor = 'writer' | 'reviewer';

export type Transition = {
  from: readonly WorkState[];
  to: WorkState;
  by: Actor;
  comment: 'none' | 'optional' | 'required';
};

export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'in_review', by: 'writer', comment: 'optional' },
  withdraw: { from: ['in_review'], to: 'draft', by: 'writer', comment: 'none' },
  approve: { from: ['in_review'], to: 'approved', by: 'reviewer', comment: 'optional' },
  request_changes: { from: ['in_review'], to: 'draft', by: 'reviewer', comment: 'required' },
  reject: { from: ['in_review'], to: 'rejected', by: 'reviewer', comment: 'required' },
  reopen: { from: ['rejected'], to: 'draft', by: 'writer', comment: 'none' },
  publish: { from: ['approved'], to: 'published', by: 'writer', comment: 'none' },
  schedule: { from: ['approved'], to: 'scheduled', by: 'writer', comment: 'none' },
  unschedule: { from: ['scheduled'], to: 'approved', by: 'writer', comment: 'none' },
  unpublish: { from: ['published'], to: 'archived', by: 'writer', comment: 'optional' },
  restore: { from: ['archived'], to: 'draft', by: 'writer', comment: 'none' },
} as const satisfies Record<string, Transition>;

export type WorkflowAction = keyof typeof TRANSITIONS;
export const WORKFLOW_ACTIONS = Object.keys(TRANSITIONS) as WorkflowAction[];

export const COMMENT_MAX = 2000;

type ArticleState = {
  status: WorkState;
  pendingState: Exclude<WorkState, 'published' | 'archived'> | null;
  liveRevisionId: number | null;
  workingRevisionId: number | null;
};

/** Whether a published article has a working revision that is not live yet. */
export function hasPendingRevision(a: Pick<ArticleState, 'liveRevisionId' | 'workingRevisionId'>) {
  return a.workingRevisionId !== null && a.workingRevisionId !== a.liveRevisionId;
}

/**
 * The state the workflow acts on. A published article stays published for readers while
 * a new revision of it goes through review: its work state is then that revision's.
 */
export function workState(a: ArticleState): WorkState {
  if (a.status === 'published' && hasPendingRevision(a)) return a.pendingState ?? 'draft';
  return a.status;
}

/** Whether `action` may start from the article's current state (unpublishing looks at what readers see). */
export function canStartFrom(action: WorkflowAction, a: ArticleState) {
  if (action === 'unpublish') return a.status === 'published';
  return (TRANSITIONS[action].from as readonly WorkState[]).includes(workState(a));
}

/** The columns that record moving to `to`: the pending state of a live article, or its status. */
export function stateColumns(a: ArticleState, action: WorkflowAction, to: WorkState) {
  if (action === 'publish' || action === 'unpublish' || a.status !== 'published') {
    return { status: to, pendingState: null };
  }
  return { status: a.status, pendingState: to as ArticleState['pendingState'] };
}
