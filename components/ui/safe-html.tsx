import { cn } from '@/lib/utils';

/**
 * Renders rich text that lib/sanitize.ts cleaned when it was saved. The only component
 * allowed to use dangerouslySetInnerHTML (enforced by ESLint).
 */
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  // eslint-disable-next-line no-restricted-syntax -- the single, sanitized HTML sink
  return <div className={cn('prose-body', className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
