// The approval workflow of DESIGN.md as one table: which move takes an article from which
// state to which, who makes it, and whether it needs a comment. Every state change is a
// move of this table, applied by lib/dal/workflow.ts inside a transaction: the moves people
// choose, the edit that voids a review and the scheduled publication alike. The staff
// pages use it to offer only what is allowed, and the editor form to tell what a save does.
// Pure: client components import it too.

export const WORK_STATES = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived'] as const;
export type WorkState = (typeof WORK_STATES)[number];

/**
 * Who makes a move: writers are editors (for their units) and admins, reviewers are
 * approvers (for their units) and admins, and the system is the scheduler.
 */
export type Mover = 'writer' | 'reviewer' | 'system';

export type Transition = {
  from: readonly WorkState[];
  to: WorkState;
  by: Mover;
  comment: 'none' | 'optional' | 'required';
  /** What makes a move that nobody chooses: saving an edit, the schedule, or the archive import. */
  on?: 'save' | 'schedule' | 'import';
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
  // Moves nobody chooses: each follows from something else.
  /** Saving an edit voids a pending review or approval: the article needs review again. */
  edit: { from: ['in_review', 'approved', 'scheduled', 'rejected'], to: 'draft', by: 'writer', comment: 'none', on: 'save' },
  /** Saving an edit of a published article starts its next revision; readers keep the live one. */
  revise: { from: ['published'], to: 'draft', by: 'writer', comment: 'none', on: 'save' },
  /** The scheduler publishes a scheduled article when its time has come. */
  publish_scheduled: { from: ['scheduled'], to: 'published', by: 'system', comment: 'none', on: 'schedule' },
  /** An admin's archive import publishes a report that was published before, elsewhere (lib/dal/archive.ts). */
  import: { from: ['draft'], to: 'published', by: 'writer', comment: 'none', on: 'import' },
} as const satisfies Record<string, Transition>;

export type Move = keyof typeof TRANSITIONS;

/** What makes a move, when nobody chooses it. */
const on = (m: Move): Transition['on'] => (TRANSITIONS[m] as Transition).on;

type Chosen<M extends Move> = (typeof TRANSITIONS)[M] extends { on: string } ? never : M;
/** The moves people choose on the staff pages. */
export type WorkflowAction = { [M in Move]: Chosen<M> }[Move];
export const WORKFLOW_ACTIONS = (Object.keys(TRANSITIONS) as Move[]).filter(
  (m): m is WorkflowAction => !on(m),
) as [WorkflowAction, ...WorkflowAction[]];

/** Moves that change what readers see. */
export const READER_MOVES: readonly Move[] = ['publish', 'publish_scheduled', 'unpublish', 'import'];

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

/** Whether `move` may start from the article's current state (unpublishing looks at what readers see). */
export function canStartFrom(move: Move, a: ArticleState) {
  if (move === 'unpublish') return a.status === 'published';
  return (TRANSITIONS[move].from as readonly WorkState[]).includes(workState(a));
}

/** The move that saving an edit makes from a work state: none from a draft (or an archived article, which is not edited). */
export function editMove(state: WorkState): Move | null {
  return (Object.keys(TRANSITIONS) as Move[]).find((m) => on(m) === 'save' && (TRANSITIONS[m].from as readonly WorkState[]).includes(state)) ?? null;
}


/** The work state after saving an edit: what the editor shows once a save has gone through. */
export function stateAfterEdit(state: WorkState): WorkState {
  const move = editMove(state);
  return move ? TRANSITIONS[move].to : state;
}

/** The columns that record moving to `to`: the pending state of a live article, or its status. */
export function stateColumns(a: ArticleState, move: Move, to: WorkState) {
  if (READER_MOVES.includes(move) || a.status !== 'published') return { status: to, pendingState: null };
  return { status: a.status, pendingState: to as ArticleState['pendingState'] };
}
