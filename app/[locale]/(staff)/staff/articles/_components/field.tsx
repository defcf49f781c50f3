import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

// The label, hint and error of one field of the staff forms, wired for screen readers: the
// control gets its id, aria-invalid and aria-describedby from `children`.

export const fieldClass =
  'mt-1 block w-full rounded border border-slate-300 px-3 py-2 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600';
export const labelClass = 'block text-sm font-medium text-slate-800';

export type FieldProps = { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };

export function Field({
  id,
  label,
  error,
  hint,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  /** The field's error messages, if any. */
  error?: string | string[];
  hint?: ReactNode;
  className?: string;
  children: (control: FieldProps) => ReactNode;
}) {
  const text = Array.isArray(error) ? error.join(' ') : error;
  const describedBy = [text ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children({ id, 'aria-invalid': !!text, 'aria-describedby': describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {text && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {text}
        </p>
      )}
    </div>
  );
}

/** Options of a select: `empty` first (the value ''), then the items. */
export function Options({ empty, items }: { empty?: string; items: { id: number | string; name: ReactNode }[] }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}

/** A text field: one line, or `rows` lines; controlled (`value`, `onValue`) or not (`name`, `defaultValue`). */
export function TextField({
  id,
  label,
  error,
  hint,
  className,
  inputClassName,
  rows,
  focusKey,
  onValue,
  ...control
}: {
  id: string;
  label: ReactNode;
  error?: string | string[];
  hint?: ReactNode;
  className?: string;
  inputClassName?: string;
  rows?: number;
  /** Where the meeting editor puts the focus back after a move. */
  focusKey?: string;
  onValue?: (value: string) => void;
  name?: string;
  value?: string;
  defaultValue?: string;
  maxLength?: number;
  required?: boolean;
  type?: string;
}) {
  const props = { ...control, 'data-focus-key': focusKey, className: cn(fieldClass, inputClassName) };
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className}>
      {(a11y) =>
        rows ? (
          <textarea {...props} {...a11y} rows={rows} onChange={onValue && ((e) => onValue(e.target.value))} />
        ) : (
          <input {...props} {...a11y} onChange={onValue && ((e) => onValue(e.target.value))} />
        )
      }
    </Field>
  );
}
