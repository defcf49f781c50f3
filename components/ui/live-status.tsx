import { CircleAlert, LoaderCircle } from 'lucide-react';
import { cn } from '@/lib/utils';

export type LiveStatusValue = { kind: 'info' | 'pending' | 'success' | 'error'; text: string } | null;

const TONE = { info: 'text-slate-600', pending: 'text-slate-600', success: 'text-emerald-800', error: 'text-red-700' } as const;

/**
 * A polite live region for the outcome of what the user just did (an upload, a save).
 * It is always rendered, empty when there is nothing to say, because screen readers only
 * announce changes to a region that was already there.
 */
export function LiveStatus({ id, status, className }: { id?: string; status: LiveStatusValue; className?: string }) {
  return (
    <p id={id} role="status" aria-live="polite" className={cn('min-h-5 text-sm', TONE[status?.kind ?? 'info'], className)}>
      {status && (
        <span className="inline-flex items-start gap-1.5">
          {status.kind === 'error' && <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />}
          {status.kind === 'pending' && <LoaderCircle aria-hidden="true" className="mt-0.5 size-4 shrink-0 animate-spin" />}
          {status.text}
        </span>
      )}
    </p>
  );
}
