'use client';

import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { COMMENT_MAX, type WorkflowAction } from '@/lib/workflow';
import { cn } from '@/lib/utils';
import { transitionAction, type TransitionState } from '../actions';
import { SelfApprovalNote } from './workflow-panel';

/** The approver's decisions, and how their buttons look. */
const DECISIONS = {
  approve: 'bg-emerald-700 text-white hover:bg-emerald-800',
  request_changes: 'border border-amber-600 bg-white text-amber-900 hover:bg-amber-50',
  reject: 'border border-red-600 bg-white text-red-800 hover:bg-red-50',
} as const;

/** The approver's decision: approve, request changes (comment required) or reject (reason required). */
export function ReviewForm({
  id,
  version,
  actions,
}: {
  id: number;
  version: number;
  actions: Partial<Record<WorkflowAction, true | string>>;
}) {
  const t = useTranslations('workflow');
  const uid = useId();
  // The comment is state of its own: a refused or failed decision keeps what was typed.
  const [comment, setComment] = useState('');
  const [state, setState] = useState<TransitionState>({ status: 'idle' });
  const [pending, start] = useTransition();
  const commentError = state.status === 'error' && !!state.fieldErrors?.comment;
  const decide = (form: HTMLFormElement, submitter: HTMLElement | null) =>
    start(async () => {
      const data = new FormData(form, submitter);
      let result: TransitionState | undefined;
      try {
        result = await transitionAction({ status: 'idle' }, data);
      } catch {
        // The request never got an answer (network, server down): say so, keep the page.
        result = { status: 'error', message: t('errors.unreachable') };
      }
      // A decision that went through navigates to the desk.
      if (result) setState(result);
    });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        decide(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
      }}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="review-form">
      <h2 className="text-lg font-semibold">{t('decision')}</h2>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseVersion" value={version} />
      <input type="hidden" name="next" value="staff" />
      <div>
        <label htmlFor={`${uid}-comment`} className="block text-sm font-medium text-slate-800">
          {t('comment')}
        </label>
        <textarea
          id={`${uid}-comment`}
          name="comment"
          rows={4}
          maxLength={COMMENT_MAX}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={commentError}
          aria-describedby={`${uid}-hint ${uid}-status`}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
        />
        <p id={`${uid}-hint`} className="mt-1 text-xs text-slate-500">
          {t('commentHint')}
        </p>
      </div>
      <SelfApprovalNote actions={actions} />
      <div className="flex flex-wrap gap-2">
        {(Object.keys(DECISIONS) as (keyof typeof DECISIONS)[])
          .filter((action) => actions[action] === true)
          .map((action) => (
            <button
              key={action}
              type="submit"
              name="action"
              value={action}
              disabled={pending}
              className={cn('rounded px-4 py-2 font-medium disabled:opacity-60', DECISIONS[action])}
            >
              {t(`actions.${action}`)}
            </button>
          ))}
      </div>
      <p id={`${uid}-status`} aria-live="polite" role="status" className="text-sm text-red-700" data-testid="review-message">
        {state.status === 'error' ? state.message : ''}
      </p>
    </form>
  );
}
