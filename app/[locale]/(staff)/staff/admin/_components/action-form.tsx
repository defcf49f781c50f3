'use client';

import { useActionState, useId, useRef, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { Button, type ButtonProps } from '@/components/ui/button';
import { useConfirm, type ConfirmOptions } from '@/components/ui/dialog';
import { LiveStatus } from '@/components/ui/live-status';
import { cn } from '@/lib/utils';
import type { AdminState } from './state';

type Action = (prev: AdminState, formData: FormData) => Promise<AdminState>;

/**
 * A form of the admin console: posts to a server action (progressively: it works before
 * JavaScript has loaded), then says the outcome in a live region under it, in the user's
 * language. A secret the action returns once (a generated password, an invitation link) is
 * shown in a box to copy. Its fields are server-rendered children.
 */
export function ActionForm({
  action,
  children,
  className,
  label,
  testId,
  statusClassName,
}: {
  action: Action;
  children: ReactNode;
  className?: string;
  label?: string;
  testId?: string;
  statusClassName?: string;
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' });
  const id = useId();
  return (
    <form action={formAction} aria-label={label} aria-describedby={`${id}-status`} className={className} data-testid={testId}>
      {children}
      <LiveStatus
        id={`${id}-status`}
        status={state.message ? { kind: state.status === 'error' ? 'error' : 'success', text: state.message } : null}
        className={cn('min-h-0', statusClassName)}
      />
      {state.data?.secret && <Secret label={state.data.secret.label} value={state.data.secret.value} />}
    </form>
  );
}

/** A value shown once (password, invitation link), selectable in one click. */
function Secret({ label, value }: { label: string; value: string }) {
  const t = useTranslations('admin');
  const ref = useRef<HTMLInputElement>(null);
  return (
    <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="secret">
      <label className="block font-medium text-amber-900" htmlFor={`${label}-secret`}>
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input id={`${label}-secret`} ref={ref} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded border border-amber-300 bg-white px-2 py-1 font-mono text-sm" />
        <Button size="sm" onClick={() => void navigator.clipboard?.writeText(value).catch(() => ref.current?.select())}>
          {t('copy')}
        </Button>
      </div>
      <p className="mt-1 text-xs text-amber-900">{t('shownOnce')}</p>
    </div>
  );
}

/** The submit button of an ActionForm: disabled while the action runs. */
export function SubmitButton({ children, ...props }: Omit<ButtonProps, 'type'>) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending || props.disabled} aria-disabled={pending || undefined} {...props}>
      {children}
    </Button>
  );
}

/** A submit button that asks first (what cannot be undone, or locks someone out). */
export function ConfirmSubmit({ confirm: options, children, ...props }: Omit<ButtonProps, 'type' | 'onClick'> & { confirm: ConfirmOptions }) {
  const [confirm, dialog] = useConfirm();
  const { pending } = useFormStatus();
  return (
    <>
      <Button
        {...props}
        disabled={pending || props.disabled}
        onClick={async (event) => {
          // Read before the await: React's event is not to be touched after it.
          const form = event.currentTarget.form;
          if (form && (await confirm(options))) form.requestSubmit();
        }}
      >
        {children}
      </Button>
      {dialog}
    </>
  );
}
