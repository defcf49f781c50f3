'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { AlertTriangle, CalendarClock, MessageSquare } from 'lucide-react';
import { Button, ButtonLink } from '@/components/ui/button';
import { isErrorCode } from '@/lib/errors';
import { cn } from '@/lib/utils';
import type { WorkflowAction, WorkState } from '@/lib/workflow';
import { transitionAction } from '../actions';

export type WorkflowPanelProps = {
  id: number;
  state: WorkState;
  /** Actions the viewer may take; a string is the rule that stands in the way. */
  actions: Partial<Record<WorkflowAction, true | string>>;
  scheduledAt: string | null;
  scheduleError: string | null;
  review: { outcome: string; comment: string | null; reviewer: string; at: string; version: number } | null;
  defaultPublishAt: string;
};

const WRITER_BUTTONS: WorkflowAction[] = ['submit', 'withdraw', 'publish', 'unschedule', 'reopen', 'restore', 'unpublish'];
/** The move that takes the article forward is the primary button. */
const PRIMARY: Partial<Record<WorkflowAction, true>> = { submit: true, publish: true, reopen: true, restore: true };
const CONFIRM: Partial<Record<WorkflowAction, true>> = { publish: true, unpublish: true, withdraw: true };

type Message = { tone: 'error' | 'info'; text: string };
/**
 * The outcome of the last move, per article. A move that changes the state or the version
 * remounts the editor once the page refreshes; the message must outlive that remount.
 */
const lastMessage = new Map<number, Message & { at: number }>();
const takeLastMessage = (id: number): Message | null => {
  const m = lastMessage.get(id);
  return m && Date.now() - m.at < 15_000 ? { tone: m.tone, text: m.text } : null;
};

/**
 * The workflow moves the viewer may make from the editor. Unsaved changes are saved first
 * (`beforeMove`), so a move always acts on what the editor shows.
 */
export function WorkflowPanel({
  panel,
  version,
  beforeMove,
}: {
  panel: WorkflowPanelProps;
  version: number;
  /** Saves pending edits and gives the version to act on; without it, `version` is used. */
  beforeMove?: () => Promise<number | null>;
}) {
  const t = useTranslations('workflow');
  const tErrors = useTranslations('errorCodes');
  const format = useFormatter();
  const router = useRouter();
  const uid = useId();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<Message | null>(() => takeLastMessage(panel.id));
  useEffect(() => {
    lastMessage.delete(panel.id);
  }, [panel.id]);
  const [publishAt, setPublishAt] = useState(panel.defaultPublishAt);
  const { actions } = panel;

  const run = (action: WorkflowAction) =>
    start(async () => {
      if (CONFIRM[action] && !window.confirm(t(`confirm.${action}` as 'confirm.publish'))) return;
      const current = beforeMove ? await beforeMove() : version;
      if (current === null) return;
      const data = new FormData();
      data.set('id', String(panel.id));
      data.set('action', action);
      data.set('baseVersion', String(current));
      if (action === 'schedule') data.set('publishAt', publishAt);
      const result = await transitionAction({ status: 'idle' }, data);
      const next: Message | null = result.message ? { tone: result.status === 'error' ? 'error' : 'info', text: result.message } : null;
      setMessage(next);
      if (result.status === 'success') {
        if (next) lastMessage.set(panel.id, { ...next, at: Date.now() });
        router.refresh();
      }
    });

  const reviewActions = (['approve', 'request_changes', 'reject'] as const).filter((a) => actions[a]);
  return (
    <section aria-labelledby={`${uid}-title`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="workflow-panel">
      <h2 id={`${uid}-title`} className="text-sm font-semibold text-slate-900">
        {t('title')}
      </h2>
      {panel.review && (
        <div
          className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="review-note"
        >
          <p className="flex items-center gap-1 font-medium">
            <MessageSquare aria-hidden="true" className="size-4" />
            {t(`review.${panel.review.outcome}` as 'review.approved', {
              name: panel.review.reviewer,
              version: panel.review.version,
              time: format.dateTime(new Date(panel.review.at), { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </p>
          {panel.review.comment && <p className="mt-1 whitespace-pre-wrap">{panel.review.comment}</p>}
        </div>
      )}
      {panel.scheduledAt && panel.state === 'scheduled' && (
        <p className="mt-2 flex items-center gap-1 text-sm text-slate-700" data-testid="scheduled-at">
          <CalendarClock aria-hidden="true" className="size-4" />
          {t('scheduledFor', { time: format.dateTime(new Date(panel.scheduledAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
        </p>
      )}
      {panel.scheduleError && (
        <p role="alert" className="mt-2 flex items-start gap-1 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {t('scheduleFailed', { error: isErrorCode(panel.scheduleError) ? tErrors(panel.scheduleError) : panel.scheduleError })}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {WRITER_BUTTONS.filter((a) => actions[a] === true).map((action) => (
          <Button
            key={action}
            size="sm"
            variant={PRIMARY[action] ? 'primary' : action === 'unpublish' ? 'danger' : 'secondary'}
            disabled={pending}
            onClick={() => run(action)}
          >
            {t(`actions.${action}`)}
          </Button>
        ))}
      </div>
      {actions.schedule === true && (
        <div className="mt-3 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={`${uid}-publish-at`} className="block text-xs font-medium text-slate-700">
              {t('publishAt')}
            </label>
            <input
              id={`${uid}-publish-at`}
              type="datetime-local"
              value={publishAt}
              onChange={(e) => setPublishAt(e.target.value)}
              className="mt-1 rounded border border-slate-300 px-2 py-1 text-sm"
            />
          </div>
          <Button size="sm" disabled={pending} onClick={() => run('schedule')}>
            {t('actions.schedule')}
          </Button>
        </div>
      )}
      <SelfApprovalNote actions={actions} className="mt-3" />
      {reviewActions.some((a) => actions[a] === true) && (
        <p className="mt-3">
          <ButtonLink href={`/staff/articles/${panel.id}/review`} size="sm" variant="primary">
            {t('reviewLink')}
          </ButtonLink>
        </p>
      )}
      <p aria-live="polite" role="status" className={message?.tone === 'error' ? 'mt-2 text-sm text-red-700' : 'mt-2 text-sm text-emerald-800'} data-testid="workflow-message">
        {message?.text}
      </p>
      <p className="sr-only">{t('versionNote', { version })}</p>
    </section>
  );
}

/** Why the viewer may not approve: they wrote or edited the revision (separation of duties). */
export function SelfApprovalNote({ actions, className }: { actions: WorkflowPanelProps['actions']; className?: string }) {
  const t = useTranslations('workflow');
  if (actions.approve !== 'self_approval') return null;
  return (
    <p className={cn('text-sm text-slate-700', className)} data-testid="self-approval">
      {t('selfApproval')}
    </p>
  );
}
