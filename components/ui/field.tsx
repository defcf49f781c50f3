import type { ComponentProps, ReactNode, Ref } from 'react';
import { cn } from '@/lib/utils';

/**
 * The look of a text input or select: `compact` for filter bars and inline forms. Invalid
 * controls (aria-invalid="true") get a red border; the message itself is the caller's.
 */
export function inputClass({ compact = false, className }: { compact?: boolean; className?: string } = {}) {
  return cn(
    'block w-full rounded border border-slate-300 bg-white text-slate-900 aria-invalid:border-red-600',
    'focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 disabled:bg-slate-100 disabled:text-slate-500',
    // Regular fields keep 16px text, which also stops phones zooming in on focus.
    compact ? 'px-2 py-1.5 text-sm' : 'px-3 py-2 text-base',
    className,
  );
}

/** A label above the control it wraps: filter bars and short inline forms. */
export function Field({ label, className, children }: { label: ReactNode; className?: string; children: ReactNode }) {
  return (
    <label className={cn('flex flex-col gap-1 text-sm font-medium text-slate-800', className)}>
      {label}
      {children}
    </label>
  );
}

export type SelectFieldProps = Omit<ComponentProps<'select'>, 'value' | 'defaultValue' | 'children'> & {
  label: ReactNode;
  /** The current choice; undefined selects the "any" option. */
  value: string | number | undefined;
  /** The label of the empty choice ("Any"). */
  any: string;
  options: readonly { value: string | number; label: string }[];
};

/** A compact select with an empty "any" choice first, for filters. Submits with its form (no client state). */
export function SelectField({ label, value, any, options, className, ...props }: SelectFieldProps) {
  return (
    <Field label={label} className={className}>
      <select defaultValue={value === undefined ? '' : String(value)} className={inputClass({ compact: true })} {...props}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export type TextFieldProps = Omit<ComponentProps<'input'>, 'id' | 'ref'> & {
  id: string;
  label: ReactNode;
  /** Help under the field, announced with it (id `${id}-hint`). */
  hint?: ReactNode;
  /**
   * The field's error, announced politely (id `${id}-error`). Pass null to keep the live
   * region in place while there is no error; leave undefined for fields whose errors are
   * shown elsewhere (`describedBy`).
   */
  error?: ReactNode | null;
  /** Overrides aria-invalid, which otherwise follows `error`. */
  invalid?: boolean;
  /** More ids that describe the field, e.g. a form-level message. */
  describedBy?: string;
  /** Enter runs this instead of submitting the surrounding form (fields in a dialog). */
  onEnter?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  inputClassName?: string;
};

/** A labelled text input with its hint and error wired to it by aria-describedby. */
export function TextField({
  id,
  label,
  hint,
  error,
  invalid,
  describedBy,
  onEnter,
  inputRef,
  className,
  inputClassName,
  onKeyDown,
  ...props
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error !== undefined ? `${id}-error` : undefined;
  const describedByIds = [hintId, error ? errorId : undefined, describedBy].filter(Boolean).join(' ');
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        aria-invalid={invalid ?? (error ? true : undefined)}
        aria-describedby={describedByIds || undefined}
        className={inputClass({ className: inputClassName })}
        onKeyDown={
          onEnter
            ? (event) => {
                onKeyDown?.(event);
                if (event.key !== 'Enter') return;
                event.preventDefault();
                onEnter();
              }
            : onKeyDown
        }
        {...props}
      />
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} aria-live="polite" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
