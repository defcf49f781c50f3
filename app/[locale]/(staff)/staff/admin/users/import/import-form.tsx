'use client';

import { useActionState, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { LiveStatus } from '@/components/ui/live-status';
import { cn } from '@/lib/utils';
import { importUsersAction, type ImportState } from './actions';

const TONE = { create: 'text-emerald-800', update: 'text-brand-800', unchanged: 'text-slate-500', error: 'text-red-700' } as const;

/**
 * The CSV import: choose or paste a file, check it (each row's outcome and problems, nothing
 * written), then import. The import button stays off until the text as checked has no errors.
 */
export function ImportForm() {
  const t = useTranslations('admin.import');
  const id = useId();
  const [state, action, pending] = useActionState<ImportState, FormData>(importUsersAction, { status: 'idle' });
  const [csv, setCsv] = useState('');
  const [checked, setChecked] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const rows = state.data?.rows;
  const ready = !!rows && state.status === 'success' && !state.data?.imported && checked === csv && (state.data?.counts?.error ?? 1) === 0;
  return (
    <form
      action={action}
      onSubmit={(e) => {
        const step = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value');
        if (step === 'check') setChecked(csv);
      }}
      className="space-y-4"
      data-testid="import-form"
    >
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        <label htmlFor={`${id}-file`} className="block text-sm font-medium">
          {t('file')}
        </label>
        <input
          id={`${id}-file`}
          ref={fileRef}
          type="file"
          accept=".csv,text/csv,text/plain"
          className="block text-sm"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) setCsv(await file.text());
          }}
        />
        <label htmlFor={`${id}-csv`} className="block pt-2 text-sm font-medium">
          {t('text')}
        </label>
        <textarea
          id={`${id}-csv`}
          name="csv"
          value={csv}
          onChange={(e) => setCsv(e.currentTarget.value)}
          rows={8}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          className="block w-full rounded border border-slate-300 p-2 font-mono text-xs"
          placeholder="email,name,unit,roles,active"
        />
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {t('hint')}
        </p>
        <label className="flex items-center gap-2 pt-1 text-sm">
          <input type="checkbox" name="invite" />
          {t('invite')}
        </label>
        <div className="flex flex-wrap gap-2 pt-2">
          <Button type="submit" name="step" value="check" disabled={pending || !csv.trim()}>
            {t('check')}
          </Button>
          <Button type="submit" name="step" value="import" variant="primary" disabled={pending || !ready} aria-describedby={`${id}-status`}>
            {t('import')}
          </Button>
        </div>
        <LiveStatus id={`${id}-status`} status={pending ? { kind: 'pending', text: t('working') } : state.message ? { kind: state.status === 'error' ? 'error' : 'success', text: state.message } : null} />
      </div>
      {rows && rows.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[36rem] text-left text-sm" data-testid="import-plan">
            <caption className="p-3 text-left font-semibold">{state.data?.imported ? t('resultTitle') : t('planTitle')}</caption>
            <thead className="border-y border-slate-200 bg-slate-50 text-xs font-semibold text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">{t('line')}</th>
                <th scope="col" className="px-3 py-2">{t('columns.email')}</th>
                <th scope="col" className="px-3 py-2">{t('outcome')}</th>
                <th scope="col" className="px-3 py-2">{t('details')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.line} className="align-top">
                  <td className="px-3 py-2 tabular-nums">{r.line}</td>
                  <td className="px-3 py-2 break-all">{r.email || '—'}</td>
                  <td className={cn('px-3 py-2 font-medium', TONE[r.outcome])}>{t(`outcomes.${r.outcome}`)}</td>
                  <td className="px-3 py-2">
                    {r.problems.length > 0 ? (
                      <ul className="list-disc space-y-0.5 pl-4 text-red-700">
                        {r.problems.map((p) => (
                          <li key={p}>{p}</li>
                        ))}
                      </ul>
                    ) : (
                      r.changes.map((c) => t(`columns.${c}`)).join(', ')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state.data?.invitations && state.data.invitations.length > 0 && (
        <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="import-invitations">
          <p className="font-medium text-amber-900">{t('invitationLinks')}</p>
          <ul className="mt-2 space-y-1 font-mono text-xs break-all">
            {state.data.invitations.map((i) => (
              <li key={i.email}>
                {i.email}: {i.link}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
