'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { ClipboardPaste } from 'lucide-react';
import { IMPORT_MAX_CHARS, importMeetingReport } from '@/lib/meeting-import';
import { TextField } from './field';

export type ImportedReport = ReturnType<typeof importMeetingReport>;

/**
 * Pasting a published report into a draft: `onImport` fills the form (and may be declined
 * by the editor); what cannot be read is said through `onError`.
 */
export function ImportPanel({
  defaultOpen,
  onImport,
  onError,
}: {
  defaultOpen: boolean;
  onImport: (result: ImportedReport) => boolean;
  onError: (text: string) => void;
}) {
  const tm = useTranslations('meetingEditor');
  const uid = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(defaultOpen);

  const run = () => {
    const result = importMeetingReport(text);
    if (result.outcome === 'too_long') return onError(tm('importTooLong', { max: IMPORT_MAX_CHARS }));
    if (result.outcome === 'empty') return onError(tm('importEmpty'));
    if (!onImport(result)) return;
    setText('');
    setOpen(false);
  };

  return (
    <details
      open={open}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      className="rounded-lg border border-slate-200 bg-white p-3"
      data-testid="import-box"
    >
      <summary className="flex cursor-pointer items-center gap-2 text-sm font-medium text-slate-800">
        <ClipboardPaste aria-hidden="true" className="size-4" />
        {tm('importTitle')}
      </summary>
      <div className="mt-3 space-y-2">
        <TextField id={`${uid}-import`} label={tm('importLabel')} hint={tm('importHint')} rows={6} value={text} onValue={setText} />
        <button
          type="button"
          onClick={run}
          disabled={text.trim() === ''}
          className="inline-flex items-center gap-2 rounded border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-50"
        >
          {tm('importButton')}
        </button>
      </div>
    </details>
  );
}
