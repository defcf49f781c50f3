import type { ComponentProps } from 'react';
import { cn } from '@/lib/utils';

export type IconButtonProps = Omit<ComponentProps<'button'>, 'disabled' | 'aria-label' | 'children'> & {
  /** The accessible name; also the tooltip unless `title` says more (a shortcut). */
  label: string;
  /**
   * Shown with aria-disabled rather than disabled, so the button stays focusable: focus is
   * never dropped when an item reaches the end of a list, and arrow keys still announce it.
   */
  disabled?: boolean;
  tone?: 'default' | 'danger';
  size?: 'sm' | 'md';
  children: React.ReactNode;
};

/** A square button that shows only an icon (move, remove, toolbar commands). */
export function IconButton({
  label,
  title,
  disabled = false,
  tone = 'default',
  size = 'sm',
  className,
  onClick,
  type = 'button',
  children,
  ...props
}: IconButtonProps) {
  return (
    <button
      type={type}
      aria-label={label}
      title={title ?? label}
      aria-disabled={disabled || undefined}
      onClick={(event) => {
        if (!disabled) onClick?.(event);
      }}
      className={cn(
        'inline-flex shrink-0 items-center justify-center rounded text-slate-600 hover:bg-slate-100',
        'aria-disabled:cursor-not-allowed aria-disabled:opacity-30 aria-disabled:hover:bg-transparent',
        size === 'sm' ? 'size-8' : 'size-9',
        tone === 'danger' && 'hover:bg-red-50 hover:text-red-700',
        className,
      )}
      {...props}
    >
      {children}
    </button>
  );
}
