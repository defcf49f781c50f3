import { cn } from '@/lib/utils';

/** What a list shows when it has nothing in it. */
export function EmptyState({ children, className }: { children: React.ReactNode; className?: string }) {
  return <p className={cn('rounded border border-dashed border-slate-300 p-6 text-slate-600', className)}>{children}</p>;
}
