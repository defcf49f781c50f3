import Link from 'next/link';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/utils';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'subtle';
export type ButtonSize = 'xs' | 'sm' | 'md' | 'lg';
export type ButtonStyle = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

// Every variant sets its text colour together with its background, so a button never
// inherits a colour that vanishes on it (white on white). Contrast on white or slate-50:
// primary 6.7:1, secondary 12:1, danger 6.5:1, subtle 10:1. Focus is the global
// :focus-visible outline in app/globals.css, which no utility can switch off.
const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'border-transparent bg-brand-600 text-white hover:bg-brand-700',
  secondary: 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
  danger: 'border-red-300 bg-white text-red-700 hover:bg-red-50',
  subtle: 'border-transparent bg-transparent text-slate-700 hover:bg-slate-100 hover:text-slate-900',
};

const SIZES: Record<ButtonSize, string> = {
  xs: 'gap-1 px-2 py-1 text-xs',
  sm: 'gap-1.5 px-3 py-1.5 text-sm',
  md: 'gap-2 px-3 py-2 text-sm',
  lg: 'gap-2 px-4 py-2 text-base',
};

/** The classes of a button, for the rare element that must look like one without being a Button or ButtonLink. */
export function buttonClass({ variant = 'secondary', size = 'md', className }: ButtonStyle = {}) {
  return cn(
    'inline-flex items-center justify-center rounded border font-medium',
    // aria-disabled keeps a button focusable (toolbars, lists whose items move).
    'disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-50',
    VARIANTS[variant],
    SIZES[size],
    className,
  );
}

export type ButtonProps = ComponentProps<'button'> & ButtonStyle;

/** A button in one of the house variants; `type` defaults to "button", so only an explicit "submit" submits a form. */
export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}

export type ButtonLinkProps = ComponentProps<typeof Link> & ButtonStyle;

/** A link that looks like a button: navigation (a new article, the next page) rather than an action. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClass({ variant, size, className })} {...props} />;
}
