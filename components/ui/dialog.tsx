'use client';

import { useCallback, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Button } from './button';

export type DialogProps = {
  title: string;
  /** Esc, or the caller's own Cancel button. */
  onCancel: () => void;
  /** Focused when the dialog opens; the dialog itself when absent. */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
};

/**
 * A native modal <dialog>, open while it is rendered: the rest of the page is inert, Esc
 * calls onCancel, and the title names the dialog for screen readers.
 */
export function Dialog({ title, onCancel, initialFocus, children }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef(onCancel);
  useEffect(() => {
    cancelRef.current = onCancel;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    const onNativeCancel = (event: Event) => {
      event.preventDefault();
      cancelRef.current();
    };
    dialog.addEventListener('cancel', onNativeCancel);
    return () => {
      dialog.removeEventListener('cancel', onNativeCancel);
      if (dialog.open) dialog.close();
    };
  }, [initialFocus]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="space-y-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}

/** The row of buttons at the foot of a dialog, the main action last. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="flex flex-wrap justify-end gap-2">{children}</div>;
}

export type ConfirmOptions = {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button in the danger colour, for what cannot be undone. */
  danger?: boolean;
};

/** Asks one question; Cancel has focus first, so Enter on an unexpected dialog does no harm. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel,
  danger = false,
  onConfirm,
  onCancel,
}: ConfirmOptions & { onConfirm: () => void; onCancel: () => void }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={title} onCancel={onCancel} initialFocus={cancelRef}>
      <div className="text-sm text-slate-700">{message}</div>
      <DialogActions>
        <Button ref={cancelRef} onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * An accessible replacement for window.confirm: `await confirm({...})` resolves true or
 * false once the user answers; render `dialog` somewhere in the component. Focus returns
 * to the element that had it.
 */
export function useConfirm(): [(options: ConfirmOptions) => Promise<boolean>, ReactNode] {
  const [pending, setPending] = useState<{ options: ConfirmOptions; resolve: (answer: boolean) => void } | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const confirm = useCallback((options: ConfirmOptions) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return new Promise<boolean>((resolve) => setPending({ options, resolve }));
  }, []);
  const answer = (value: boolean) => {
    pending?.resolve(value);
    setPending(null);
    const target = returnFocus.current;
    returnFocus.current = null;
    // After React has removed the modal dialog: until then everything outside it is inert.
    setTimeout(() => target?.isConnected && target.focus(), 0);
  };
  const dialog = pending ? <ConfirmDialog {...pending.options} onConfirm={() => answer(true)} onCancel={() => answer(false)} /> : null;
  return [confirm, dialog];
}
