'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { usePathname } from 'next/navigation';
import { Menu, X } from 'lucide-react';
import { cn } from '@/lib/utils';

/**
 * The header's navigation, search and account controls: in line on wide screens, behind a
 * menu button on small ones, where they would otherwise wrap into several rows. The panel
 * closes on Escape (focus back on the button), when a link in it is followed or a form in it
 * is sent, and whenever the page changes.
 */
export function SiteMenu({
  label,
  className,
  children,
}: {
  /** The button's text; its state is told by aria-expanded. */
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const [shownAt, setShownAt] = useState(pathname);
  // The header stays mounted across client-side page changes (back and forward included).
  if (shownAt !== pathname) {
    setShownAt(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 md:hidden"
        data-testid="menu-button"
      >
        {open ? <X aria-hidden="true" className="size-5" /> : <Menu aria-hidden="true" className="size-5" />}
        {label}
      </button>
      <div
        id={id}
        className={cn(open ? 'flex' : 'hidden', 'md:flex', className)}
        data-testid="site-menu"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) setOpen(false);
        }}
        onSubmit={() => setOpen(false)}
      >
        {children}
      </div>
    </>
  );
}
