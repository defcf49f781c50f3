'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { RotateCcw } from 'lucide-react';
import { restoreRevisionAction, type RestoreState } from '../actions';

/** Restores one revision as the new working draft, after a confirmation. */
export function RestoreButton({ id, revisionId, baseVersion, version }: { id: number; revisionId: number; baseVersion: number; version: number }) {
  const t = useTranslations('history');
  const [state, action, pending] = useActionState<RestoreState, FormData>(restoreRevisionAction, { status: 'idle' });
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t('restoreConfirm', { version }))) event.preventDefault();
      }}
      className="inline-flex flex-col items-end"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t('restoreVersion', { version })}
        className="inline-flex items-center gap-1 rounded border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        <RotateCcw aria-hidden="true" className="size-3.5" />
        {t('restore')}
      </button>
      <span aria-live="polite" className="text-xs text-red-700">
        {state.status === 'error' ? state.message : ''}
      </span>
    </form>
  );
}
