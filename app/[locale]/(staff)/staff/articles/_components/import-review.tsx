'use client';

import { useRef } from 'react';
import { useTranslations } from 'next-intl';
import { AlertTriangle, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import type { GeneratedBody } from '@/lib/meeting-body';
import type { UnparsedParagraph } from '@/lib/meeting-import';

// What the editor is shown before trusting an import or a generated body: the paragraphs
// that name a speaker but were not read as a speech, and the passages a regenerated body
// would no longer have.

/** The paragraphs an import could not read as speeches, each with its excerpt, until dismissed. */
export function UnparsedNotice({ items, onDismiss }: { items: UnparsedParagraph[]; onDismiss: () => void }) {
  const t = useTranslations('importReview');
  if (items.length === 0) return null;
  return (
    <section
      role="alert"
      aria-labelledby="unparsed-title"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="unparsed-notice"
    >
      <div className="flex items-start gap-2">
        <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-700" />
        <div className="min-w-0 flex-1 space-y-2">
          <h2 id="unparsed-title" className="font-semibold">
            {t('unparsedTitle', { count: items.length })}
          </h2>
          <p>{t('unparsedHint')}</p>
          <ul className="space-y-1.5">
            {items.map((u) => (
              <li key={`${u.paragraph}-${u.excerpt}`} className="rounded border border-amber-200 bg-white px-2 py-1.5">
                <span className="font-medium">{t('paragraph', { n: u.paragraph })}</span>{' '}
                <span className="text-amber-900">({t(`reason.${u.reason}`)})</span>
                <q className="mt-0.5 block text-slate-800">{u.excerpt}</q>
              </li>
            ))}
          </ul>
        </div>
        <button
          type="button"
          onClick={onDismiss}
          aria-label={t('dismiss')}
          title={t('dismiss')}
          className="inline-flex size-7 items-center justify-center rounded text-amber-900 hover:bg-amber-100"
        >
          <X aria-hidden="true" className="size-4" />
        </button>
      </div>
    </section>
  );
}

/**
 * Asks before a generated body replaces the current one: how many paragraphs are kept, rewritten
 * and added, and every passage that would be removed, word for word.
 */
export function ReplaceBodyDialog({ result, onConfirm, onCancel }: { result: GeneratedBody; onConfirm: () => void; onCancel: () => void }) {
  const t = useTranslations('importReview');
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={t('replaceTitle')} onCancel={onCancel} initialFocus={cancelRef}>
      <p className="text-sm text-slate-700" data-testid="replace-counts">
        {t('replaceCounts', { kept: result.kept, replaced: result.replaced, added: result.added })}
      </p>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t('removedTitle', { count: result.removed.length })}</h3>
        <ol className="mt-2 max-h-72 space-y-2 overflow-y-auto pr-1" data-testid="removed-passages">
          {result.removed.map((passage, i) => (
            <li key={i} className="rounded border border-red-200 bg-red-50 px-2 py-1.5 text-sm text-red-950">
              <del className="decoration-red-700/60">{passage}</del>
            </li>
          ))}
        </ol>
      </div>
      <DialogActions>
        <Button ref={cancelRef} onClick={onCancel}>
          {t('keepBody')}
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          {t('replaceBody')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
