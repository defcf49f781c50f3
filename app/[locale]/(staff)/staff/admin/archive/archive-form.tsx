'use client';

import { useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { FileArchive, FolderOpen, ListChecks, Upload } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils';

type Option = { id: number; name: string };

type Entry = {
  file: string;
  status: 'would_import' | 'imported' | 'already_imported' | 'skipped' | 'failed';
  kind: 'report' | 'text' | 'skipped';
  reason: string | null;
  error: string | null;
  articleId: number | null;
  title: string;
  language: 'en' | 'zh' | null;
  originalDate: string;
  startingViews: number;
  speeches: number;
  unparsed: number;
};
type Report = { dryRun: boolean; publish: boolean; counts: Record<Entry['status'], number>; entries: Entry[] };

const fieldClass = 'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900';
const labelClass = 'block text-sm font-medium text-slate-800';

const STATUS_STYLE: Record<Entry['status'], string> = {
  would_import: 'bg-sky-100 text-sky-900',
  imported: 'bg-emerald-100 text-emerald-900',
  already_imported: 'bg-slate-200 text-slate-800',
  skipped: 'bg-amber-100 text-amber-950',
  failed: 'bg-red-100 text-red-900',
};

/** Chooses the archive (a ZIP, files, or a folder), the options, and shows what each file becomes. */
export function ArchiveForm({ categories, units, defaultCategory }: { categories: Option[]; units: (Option & { depth: number })[]; defaultCategory: number | null }) {
  const t = useTranslations('archive');
  const te = useTranslations('errorCodes');
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState<'dry' | 'import' | null>(null);
  const [error, setError] = useState('');
  const [report, setReport] = useState<Report | null>(null);

  const errorText = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}` as 'errors.failed') : te.has(code) ? te(code as 'failed') : t('errors.failed'));

  const run = async (dryRun: boolean) => {
    const form = formRef.current;
    if (!form) return;
    setError('');
    if (files.length === 0) return setError(t('errors.archive_empty'));
    const data = new FormData();
    for (const name of ['categoryId', 'sourceUnitId', 'visibility', 'publish']) data.set(name, String(new FormData(form).get(name) ?? ''));
    data.set('dryRun', dryRun ? '1' : '0');
    for (const file of files) data.append('files', file, file.webkitRelativePath || file.name);
    setBusy(dryRun ? 'dry' : 'import');
    try {
      const response = await fetch('/api/archive', { method: 'POST', body: data });
      const body = (await response.json().catch(() => ({ code: 'failed' }))) as Report | { code: string };
      if (!response.ok || 'code' in body) return setError(errorText('code' in body ? body.code : 'failed'));
      setReport(body);
    } catch {
      setError(t('errors.network'));
    } finally {
      setBusy(null);
    }
  };

  const choose = (list: FileList | null) => {
    setFiles(list ? [...list] : []);
    setReport(null);
    setError('');
  };

  return (
    <div className="space-y-6">
      <form ref={formRef} onSubmit={(e) => e.preventDefault()} className="grid gap-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-2" data-testid="archive-form">
        <fieldset className="space-y-3 md:col-span-2">
          <legend className={labelClass}>{t('source')}</legend>
          <div className="flex flex-wrap gap-3">
            <label className="inline-flex cursor-pointer items-center gap-2 rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 focus-within:ring-2 focus-within:ring-brand-600 hover:bg-slate-100">
              <FileArchive aria-hidden="true" className="size-4" />
              {t('chooseFiles')}
              <input type="file" multiple accept=".zip,.txt,.html,.htm,.docx" className="sr-only" onChange={(e) => choose(e.target.files)} data-testid="archive-files" />
            </label>
            <label className="inline-flex cursor-pointer items-center gap-2 rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 focus-within:ring-2 focus-within:ring-brand-600 hover:bg-slate-100">
              <FolderOpen aria-hidden="true" className="size-4" />
              {t('chooseFolder')}
              <input type="file" multiple className="sr-only" onChange={(e) => choose(e.target.files)} {...{ webkitdirectory: '' }} />
            </label>
          </div>
          <p className="text-sm text-slate-600" aria-live="polite" data-testid="archive-chosen">
            {files.length === 0 ? t('nothingChosen') : t('chosen', { count: files.length, names: files.slice(0, 3).map((f) => f.webkitRelativePath || f.name).join(', ') })}
          </p>
        </fieldset>
        <div>
          <label htmlFor={`${uid}-category`} className={labelClass}>{t('category')}</label>
          <select id={`${uid}-category`} name="categoryId" defaultValue={defaultCategory ?? ''} className={fieldClass}>
            {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${uid}-unit`} className={labelClass}>{t('unit')}</label>
          <select id={`${uid}-unit`} name="sourceUnitId" defaultValue="" className={fieldClass}>
            <option value="">{t('noUnit')}</option>
            {units.map((u) => <option key={u.id} value={u.id}>{`${'\u00a0\u00a0'.repeat(u.depth)}${u.name}`}</option>)}
          </select>
        </div>
        <fieldset>
          <legend className={labelClass}>{t('as')}</legend>
          <div className="mt-1 space-y-1 text-sm text-slate-800">
            {(['draft', 'published'] as const).map((v) => (
              <label key={v} className="flex items-start gap-2">
                <input type="radio" name="publish" value={v} defaultChecked={v === 'draft'} className="mt-1" />
                <span>{t(`mode.${v}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className={labelClass}>{t('visibility')}</legend>
          <div className="mt-1 space-y-1 text-sm text-slate-800">
            {(['internal', 'public'] as const).map((v) => (
              <label key={v} className="flex items-center gap-2">
                <input type="radio" name="visibility" value={v} defaultChecked={v === 'internal'} />
                {t(`visibilities.${v}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 md:col-span-2">
          <Button onClick={() => void run(true)} disabled={busy !== null}>
            <ListChecks aria-hidden="true" className="size-4" />
            {busy === 'dry' ? t('working') : t('dryRun')}
          </Button>
          <Button variant="primary" onClick={() => void run(false)} disabled={busy !== null}>
            <Upload aria-hidden="true" className="size-4" />
            {busy === 'import' ? t('working') : t('import')}
          </Button>
          <p className="text-xs text-slate-600">{t('twice')}</p>
        </div>
        {error && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 md:col-span-2" data-testid="archive-error">
            {error}
          </p>
        )}
      </form>
      {report && <ArchiveReport report={report} errorText={errorText} />}
    </div>
  );
}

function ArchiveReport({ report, errorText }: { report: Report; errorText: (code: string) => string }) {
  const t = useTranslations('archive');
  const c = report.counts;
  return (
    <section aria-labelledby="archive-report" className="space-y-3" data-testid="archive-report">
      <h2 id="archive-report" className="text-lg font-semibold text-slate-900">
        {report.dryRun ? t('reportDry') : t('reportDone')}
      </h2>
      <p role="status" className="text-sm text-slate-700" data-testid="archive-summary">
        {report.dryRun
          ? t('summaryDry', { count: c.would_import, known: c.already_imported, skipped: c.skipped, publish: String(report.publish) })
          : t('summaryDone', { count: c.imported, known: c.already_imported, skipped: c.skipped, failed: c.failed, publish: String(report.publish) })}
      </p>
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
        {report.entries.map((e) => (
          <li key={e.file} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-start sm:gap-4" data-testid="archive-entry">
            <span className={cn('inline-flex w-fit shrink-0 rounded px-2 py-0.5 text-xs font-semibold sm:mt-0.5 sm:w-36 sm:justify-center', STATUS_STYLE[e.status])}>
              {t(`status.${e.status}`)}
            </span>
            <div className="min-w-0 flex-1">
              <p className="font-medium break-words text-slate-900">
                {e.articleId && e.status !== 'would_import' ? <Link href={`/staff/articles/${e.articleId}`} className="text-brand-700 underline">{e.title}</Link> : e.title || e.file}
              </p>
              <p className="text-xs break-all text-slate-600">{e.file}</p>
              <p className="mt-1 text-sm text-slate-700">
                {e.status === 'skipped' && e.reason
                  ? t(`reason.${e.reason}` as 'reason.empty')
                  : [
                      e.kind === 'report' ? t('report', { speeches: e.speeches }) : t('text'),
                      e.unparsed ? t('unparsed', { count: e.unparsed }) : '',
                      e.originalDate ? t('dated', { date: e.originalDate }) : t('undated'),
                      e.startingViews ? t('views', { count: e.startingViews }) : '',
                      e.error ? errorText(e.error) : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
