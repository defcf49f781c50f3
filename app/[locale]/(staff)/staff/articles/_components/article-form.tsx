'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, useTransition } from 'react';
import { useFormatter, useNow, useTimeZone, useTranslations } from 'next-intl';
import { AlertTriangle, ClipboardPaste, Eye, History, Plus, Save } from 'lucide-react';
import { FileListField } from '@/components/editor/file-list-field';
import { RichTextEditor } from '@/components/editor/rich-text-editor';
import type { ArticleInput } from '@/lib/article-fields';
import { LIMITS } from '@/lib/article-fields';
import { diffSnapshots, type FieldDiff } from '@/lib/diff';
import { normalizeMeeting, type MeetingData } from '@/lib/meeting';
import { generateMeetingBody } from '@/lib/meeting-body';
import { IMPORT_MAX_CHARS, importMeetingReport } from '@/lib/meeting-import';
import { imageSources } from '@/lib/uploads/urls';
import { cn } from '@/lib/utils';
import { createSeriesAction, getLatestVersionAction, saveArticleAction, type LatestVersion, type SaveState } from '../actions';
import { fromDraft, MeetingFields, newDraft, toDraft, type MeetingDraft } from './meeting-fields';
import { uploadFile, type UploadedFile } from './upload';
import { WorkflowPanel, type WorkflowPanelProps } from './workflow-panel';

type Option = { id: number; name: string };
type FileRef = { key: string; name: string; size: number; mime: string; url: string; thumbnail: string | null };

export type ArticleFormProps = {
  article: {
    id: number;
    version: number;
    status: string;
    hasLive: boolean;
    hasPendingChanges: boolean;
    lastSaved: { by: string; at: string; version: number };
    fields: Omit<ArticleInput, 'tags'> & { tags: string[]; meeting: MeetingData | null };
    cover: FileRef | null;
    attachmentFiles: FileRef[];
  } | null;
  options: {
    categories: Option[];
    units: (Option & { depth: number })[];
    allowNoUnit: boolean;
    series: Option[];
    meetingKinds: { code: string; name: string }[];
    translations: { id: number; title: string; language: 'en' | 'zh' }[];
  };
  defaultLanguage: 'en' | 'zh';
  workflow?: WorkflowPanelProps;
};

type FieldErrors = Partial<Record<keyof ArticleInput, string[]>>;

/** Autosave after this long without a change. */
const AUTOSAVE_PAUSE_MS = 2500;

/** The meeting data as saved: without empty speeches, key tasks and quotes. */
const meetingJson = (draft: MeetingDraft | null) => (draft ? JSON.stringify(normalizeMeeting(fromDraft(draft)).meeting) : '');

/** Today in a time zone, YYYY-MM-DD. */
const dayIn = (now: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/** A stable text form of the form's fields, to tell whether anything changed since the last save. */
function snapshotOf(form: HTMLFormElement) {
  const data = new FormData(form);
  const pairs: string[] = [];
  for (const [k, v] of data) {
    if (k === 'baseVersion' || k === 'id' || k === 'autosave' || k.startsWith('$')) continue;
    if (typeof v === 'string') pairs.push(`${k}=${v}`);
  }
  return pairs.join('\u0001');
}

const toRef = (f: UploadedFile): Omit<FileRef, 'thumbnail'> & { thumbnail?: string } => ({
  key: f.key,
  name: f.name,
  size: f.size,
  mime: f.mime,
  url: f.url,
  thumbnail: f.kind === 'image' ? `/files/${f.key}?w=320` : undefined,
});

export function ArticleForm({ article, options, defaultLanguage, workflow }: ArticleFormProps) {
  const t = useTranslations('editorForm');
  const tStatus = useTranslations('status');
  const format = useFormatter();
  const formRef = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const uid = useId();
  const [id, setId] = useState(article?.id ?? null);
  const [version, setVersion] = useState(article?.version ?? 0);
  const versionRef = useRef(article?.version ?? 0);
  const [status, setStatus] = useState(article?.status ?? 'draft');
  const [lastSaved, setLastSaved] = useState(article?.lastSaved ?? null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [conflict, setConflict] = useState<Extract<SaveState, { status: 'conflict' }> | null>(null);
  const [comparison, setComparison] = useState<{ latest: LatestVersion; diff: FieldDiff[] } | null>(null);
  const [dirty, setDirty] = useState(false);
  const [language, setLanguage] = useState(article?.fields.language ?? defaultLanguage);
  const [saving, startSaving] = useTransition();
  const savedSnapshot = useRef<string | null>(null);
  const lastSeen = useRef({ snapshot: '', at: 0 });
  const inFlight = useRef(false);
  const f = article?.fields;
  const tm = useTranslations('meetingEditor');
  const timeZone = useTimeZone() ?? 'UTC';
  const today = dayIn(useNow(), timeZone);
  const [meeting, setMeeting] = useState<MeetingDraft | null>(f?.meeting ? toDraft(f.meeting) : null);
  const [meetingErrors, setMeetingErrors] = useState<Record<string, string>>({});
  const [body, setBody] = useState({ html: f?.body ?? '', version: 0 });
  const lastGenerated = useRef<string | null>(null);
  const [seriesOptions, setSeriesOptions] = useState(options.series);
  const [seriesId, setSeriesId] = useState(f?.seriesId ? String(f.seriesId) : '');
  const [newSeries, setNewSeries] = useState<{ nameEn: string; nameZh: string; error: string; busy: boolean } | null>(null);
  const [importText, setImportText] = useState('');
  const [importOpen, setImportOpen] = useState(!article);

  const meetingRef = useRef(meeting);
  useEffect(() => {
    meetingRef.current = meeting;
  });

  const upload = useCallback(
    (purpose: 'image' | 'attachment') => (file: File) => uploadFile(file, purpose, (code) => t(`upload.${code}` as 'upload.failed')),
    [t],
  );

  const save = useCallback(
    (opts: { autosave: boolean; baseVersion?: number }) =>
      new Promise<boolean>((resolve) => {
        const form = formRef.current;
        if (!form || inFlight.current) return resolve(false);
        inFlight.current = true;
        const data = new FormData(form);
        const snapshot = snapshotOf(form);
        data.set('autosave', opts.autosave ? '1' : '0');
        // An explicit save drops empty speeches and key tasks from the form, and says so.
        const dropped = !opts.autosave && meetingRef.current ? normalizeMeeting(fromDraft(meetingRef.current)).droppedSpeeches : 0;
        if (opts.baseVersion !== undefined) data.set('baseVersion', String(opts.baseVersion));
        startSaving(async () => {
          let result: SaveState;
          try {
            result = await saveArticleAction(data);
          } catch {
            result = { status: 'error', message: t('saveFailed') };
          }
          inFlight.current = false;
          if (result.status === 'saved') {
            savedSnapshot.current = snapshot;
            setDirty(snapshotOf(form) !== snapshot);
            setVersion(result.version);
            versionRef.current = result.version;
            setLastSaved({ by: t('you'), at: result.savedAt, version: result.version });
            setFieldErrors({});
            setMeetingErrors({});
            setConflict(null);
            setComparison(null);
            if (['in_review', 'approved', 'scheduled', 'rejected'].includes(status)) setStatus('draft');
            if (!opts.autosave && meetingRef.current) {
              const current = meetingRef.current;
              setMeeting({
                ...current,
                speeches: current.speeches
                  .filter((sp) => sp.speaker.trim() || sp.position.trim() || sp.title.trim() || sp.summary.trim() || sp.keyTasks.some((k) => k.text.trim()))
                  .map((sp) => ({ ...sp, keyTasks: sp.keyTasks.filter((k) => k.text.trim()) })),
              });
            }
            const notes = [
              ...(dropped ? [tm('droppedSpeeches', { count: dropped })] : []),
              ...(!opts.autosave && result.warnings?.includes('future_date') ? [tm('futureDate')] : []),
            ];
            setMessage(opts.autosave ? null : { tone: 'info', text: [t('saved', { version: result.version }), ...notes].join(' ') });
            if (!id) {
              setId(result.id);
              window.history.replaceState(null, '', `/staff/articles/${result.id}`);
            }
            return resolve(true);
          }
          if (result.status === 'invalid') {
            setFieldErrors(result.fieldErrors);
            setMeetingErrors(result.meetingErrors ?? {});
            // Autosave stays quiet about half-typed fields; an explicit save says what to fix.
            if (!opts.autosave) setMessage({ tone: 'error', text: result.message });
          } else if (result.status === 'conflict') {
            setConflict(result);
            setMessage(null);
          } else {
            setMessage({ tone: 'error', text: result.message });
          }
          resolve(false);
        });
      }),
    [id, status, t, tm],
  );

  // Autosave: after a pause in typing, save whatever changed since the last save.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    savedSnapshot.current ??= snapshotOf(form);
    lastSeen.current = { snapshot: savedSnapshot.current, at: Date.now() };
    const timer = window.setInterval(() => {
      const snapshot = snapshotOf(form);
      const now = Date.now();
      if (snapshot !== lastSeen.current.snapshot) lastSeen.current = { snapshot, at: now };
      const changed = snapshot !== savedSnapshot.current;
      setDirty(changed);
      const title = (form.elements.namedItem('title') as HTMLInputElement | null)?.value.trim();
      if (changed && title && !conflict && !inFlight.current && now - lastSeen.current.at >= AUTOSAVE_PAUSE_MS) {
        void save({ autosave: true });
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [conflict, save]);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save({ autosave: false });
  };

  const compare = async () => {
    if (!id || !formRef.current) return;
    const latest = await getLatestVersionAction(id);
    if (!latest) {
      setMessage({ tone: 'error', text: t('compareFailed') });
      return;
    }
    const data = new FormData(formRef.current);
    const bodyText = (data.get('body') as string).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    const diff = diffSnapshots(
      { title: latest.title, summary: latest.summary, body: latest.bodyText },
      { title: String(data.get('title') ?? ''), summary: String(data.get('summary') ?? ''), body: bodyText },
    );
    setComparison({ latest, diff });
  };

  const formValue = (name: string) => {
    const el = formRef.current?.elements.namedItem(name);
    return el && 'value' in el ? String(el.value) : '';
  };
  const setFormValue = (name: string, value: string) => {
    const el = formRef.current?.elements.namedItem(name);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = value;
  };
  const bodyIsEmpty = (html: string) => html.replace(/<[^>]*>/g, '').trim() === '';

  /** Writes the body from the meeting data, asking first when that would replace hand-written text. */
  const generateBody = () => {
    if (!meeting) return;
    const html = generateMeetingBody(normalizeMeeting(fromDraft(meeting)).meeting, language);
    if (!html) {
      setMessage({ tone: 'error', text: tm('nothingToGenerate') });
      return;
    }
    const current = formValue('body');
    const handEdited = !bodyIsEmpty(current) && current !== lastGenerated.current;
    if (handEdited && !window.confirm(tm('regenerateConfirm'))) return;
    lastGenerated.current = html;
    setBody((b) => ({ html, version: b.version + 1 }));
    setMessage({ tone: 'info', text: tm('generated') });
  };

  /** Fills the form from a pasted report; what cannot be placed stays in the body. */
  const runImport = () => {
    const result = importMeetingReport(importText);
    if (result.outcome === 'too_long') {
      setMessage({ tone: 'error', text: tm('importTooLong', { max: IMPORT_MAX_CHARS }) });
      return;
    }
    if (result.outcome === 'empty') {
      setMessage({ tone: 'error', text: tm('importEmpty') });
      return;
    }
    const hasContent = formValue('title').trim() !== '' || !bodyIsEmpty(formValue('body'));
    if (hasContent && !window.confirm(tm('importReplaceConfirm'))) return;
    setFormValue('title', result.title);
    if (result.source) setFormValue('sourceText', result.source);
    setLanguage(result.language);
    lastGenerated.current = null;
    setBody((b) => ({ html: result.bodyHtml, version: b.version + 1 }));
    if (result.meeting) {
      const kind = options.meetingKinds.some((k) => k.code === result.meeting?.kind) ? result.meeting.kind : 'other';
      setMeeting(toDraft({ ...result.meeting, kind }));
      const f = result.found;
      setMessage({
        tone: 'info',
        text: tm('imported', { speeches: f.speeches, keyTasks: f.keyTasks, presider: String(f.presider), date: String(f.date) }),
      });
    } else {
      setMeeting(null);
      setMessage({ tone: 'info', text: tm('importedText') });
    }
    setImportText('');
    setImportOpen(false);
    setMeetingErrors({});
  };

  const createSeries = async () => {
    if (!newSeries || newSeries.busy) return;
    setNewSeries({ ...newSeries, busy: true, error: '' });
    const unit = formValue('sourceUnitId');
    let result: Awaited<ReturnType<typeof createSeriesAction>>;
    try {
      result = await createSeriesAction({ nameEn: newSeries.nameEn, nameZh: newSeries.nameZh, unitId: unit });
    } catch {
      result = { status: 'error', message: tm('seriesFailed') };
    }
    if (result.status === 'created') {
      setSeriesOptions((list) => [...list, { id: result.id, name: result.name }]);
      setSeriesId(String(result.id));
      setNewSeries(null);
      setMessage({ tone: 'info', text: tm('seriesCreated', { name: result.name }) });
    } else {
      setNewSeries((current) => current && { ...current, busy: false, error: result.message });
    }
  };

  const errorId = (field: keyof ArticleInput) => `${uid}-${field}-error`;
  const describedBy = (field: keyof ArticleInput, hint?: string) =>
    [fieldErrors[field]?.length ? errorId(field) : null, hint].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: keyof ArticleInput) =>
    fieldErrors[field]?.length ? (
      <p id={errorId(field)} className="mt-1 text-sm text-red-700">
        {fieldErrors[field]?.join(' ')}
      </p>
    ) : null;
  const input = 'mt-1 block w-full rounded border border-slate-300 px-3 py-2 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600';
  const label = 'block text-sm font-medium text-slate-800';
  const translations = options.translations.filter((c) => c.language !== language && c.id !== id);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]" data-testid="article-form">
      <input type="hidden" name="id" value={id ?? ''} />
      <input type="hidden" name="baseVersion" value={version} />
      <input type="hidden" name="meeting" value={meetingJson(meeting)} />

      <div className="min-w-0 space-y-5">
        <div aria-live="polite" role="status" className="sr-only" data-testid="form-status-live">
          {message?.text}
        </div>
        {message && (
          <p
            className={cn(
              'rounded border px-3 py-2 text-sm',
              message.tone === 'error' ? 'border-red-300 bg-red-50 text-red-800' : 'border-emerald-300 bg-emerald-50 text-emerald-900',
            )}
            data-testid="form-message"
          >
            {message.text}
          </p>
        )}
        {conflict && (
          <div role="alert" className="space-y-3 rounded border border-amber-400 bg-amber-50 p-4 text-amber-950" data-testid="conflict">
            <p className="flex items-start gap-2 font-medium">
              <AlertTriangle aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
              {conflict.message}
            </p>
            <p className="text-sm">{t('conflictHelp')}</p>
            <div className="flex flex-wrap gap-2">
              <button type="button" onClick={compare} className="rounded border border-amber-600 bg-white px-3 py-1.5 text-sm font-medium hover:bg-amber-100">
                {t('compare')}
              </button>
              <button
                type="button"
                onClick={() => void save({ autosave: false, baseVersion: conflict.latest.version })}
                className="rounded bg-amber-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-800"
              >
                {t('keepMine')}
              </button>
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(t('discardConfirm'))) {
                    savedSnapshot.current = formRef.current ? snapshotOf(formRef.current) : null;
                    window.location.reload();
                  }
                }}
                className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm hover:bg-slate-100"
              >
                {t('loadTheirs')}
              </button>
            </div>
            {comparison && (
              <div className="space-y-2 rounded border border-amber-200 bg-white p-3 text-sm" data-testid="comparison">
                <p className="font-medium">
                  {t('comparing', { name: comparison.latest.by, version: comparison.latest.version })}
                </p>
                {comparison.diff.map((d) => (
                  <div key={d.field}>
                    <p className="text-xs font-semibold text-slate-600 uppercase">{t(`fields.${d.field}` as 'fields.title')}</p>
                    {d.changed ? (
                      <p className="whitespace-pre-wrap">
                        {d.parts.map((p, i) =>
                          p.added ? (
                            <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">{p.value}</ins>
                          ) : p.removed ? (
                            <del key={i} className="bg-red-100 text-red-900">{p.value}</del>
                          ) : (
                            <span key={i}>{p.value}</span>
                          ),
                        )}
                      </p>
                    ) : (
                      <p className="text-slate-500">{t('same')}</p>
                    )}
                  </div>
                ))}
                <p className="text-xs text-slate-500">{t('diffLegend')}</p>
              </div>
            )}
          </div>
        )}

        <details
          open={importOpen}
          onToggle={(event) => setImportOpen((event.currentTarget as HTMLDetailsElement).open)}
          className="rounded-lg border border-slate-200 bg-white p-3"
          data-testid="import-box"
        >
          <summary className="flex cursor-pointer items-center gap-2 text-sm font-medium text-slate-800">
            <ClipboardPaste aria-hidden="true" className="size-4" />
            {tm('importTitle')}
          </summary>
          <div className="mt-3 space-y-2">
            <label htmlFor={`${uid}-import`} className={label}>
              {tm('importLabel')}
            </label>
            <textarea
              id={`${uid}-import`}
              rows={6}
              value={importText}
              onChange={(event) => setImportText(event.target.value)}
              aria-describedby={`${uid}-import-hint`}
              className={input}
            />
            <p id={`${uid}-import-hint`} className="text-xs text-slate-500">
              {tm('importHint')}
            </p>
            <button
              type="button"
              onClick={runImport}
              disabled={importText.trim() === ''}
              className="inline-flex items-center gap-2 rounded border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-50"
            >
              {tm('importButton')}
            </button>
          </div>
        </details>

        <div>
          <label htmlFor={`${uid}-title`} className={label}>
            {t('fields.title')} <span aria-hidden="true" className="text-red-700">*</span>
          </label>
          <input
            id={`${uid}-title`}
            name="title"
            required
            maxLength={LIMITS.title}
            defaultValue={f?.title ?? ''}
            aria-invalid={!!fieldErrors.title?.length}
            aria-describedby={describedBy('title')}
            className={cn(input, 'text-lg font-semibold')}
          />
          {fieldError('title')}
        </div>
        <div>
          <label htmlFor={`${uid}-summary`} className={label}>
            {t('fields.summary')}
          </label>
          <textarea
            id={`${uid}-summary`}
            name="summary"
            rows={3}
            maxLength={LIMITS.summary}
            defaultValue={f?.summary ?? ''}
            aria-invalid={!!fieldErrors.summary?.length}
            aria-describedby={describedBy('summary')}
            className={input}
          />
          {fieldError('summary')}
        </div>
        <div>
          <div>
            <RichTextEditor
              id={`${uid}-body`}
              name="body"
              label={t('fields.body')}
              defaultValue={body.html}
              contentVersion={body.version}
              describedBy={describedBy('body')}
              invalid={!!fieldErrors.body?.length}
              uploadImage={async (file) => {
                const uploaded = await upload('image')(file);
                return imageSources(uploaded);
              }}
            />
          </div>
          {fieldError('body')}
        </div>
        <div>
          <label className="inline-flex items-center gap-2 text-sm font-medium text-slate-800">
            <input
              type="checkbox"
              checked={meeting !== null}
              onChange={(event) => {
                if (event.target.checked) setMeeting(newDraft(options.meetingKinds[0]?.code ?? 'other'));
                else if (!meeting || window.confirm(tm('removeMeetingConfirm'))) setMeeting(null);
              }}
            />
            {tm('isMeeting')}
          </label>
          {Object.keys(meetingErrors).length > 0 && (
            <p role="alert" className="mt-2 text-sm text-red-700" data-testid="meeting-errors">
              {tm('fixMeeting')}
            </p>
          )}
          {meeting && (
            <div className="mt-3">
              <MeetingFields
                value={meeting}
                onChange={setMeeting}
                kinds={options.meetingKinds}
                errors={meetingErrors}
                today={today}
                onGenerate={generateBody}
              />
            </div>
          )}
        </div>
      </div>

      <aside className="space-y-5">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-sm text-slate-700" data-testid="article-status">
            {t('statusLine', { status: tStatus(status as 'draft') })}
            {article?.hasLive && ` · ${t('liveStays')}`}
          </p>
          <p className="mt-1 text-sm text-slate-600" aria-live="polite" data-testid="save-status">
            {saving
              ? t('saving')
              : dirty
                ? t('unsaved')
                : lastSaved
                  ? t('lastSaved', {
                      name: lastSaved.by,
                      version: lastSaved.version,
                      time: format.dateTime(new Date(lastSaved.at), { dateStyle: 'medium', timeStyle: 'medium' }),
                    })
                  : t('notSaved')}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="submit"
              disabled={saving}
              className="inline-flex items-center gap-2 rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              <Save aria-hidden="true" className="size-4" />
              {t('save')}
            </button>
            {id && (
              <>
                <Link
                  href={`/staff/articles/${id}/preview`}
                  onClick={async (event) => {
                    if (!dirty) return;
                    event.preventDefault();
                    if (await save({ autosave: false })) router.push(`/staff/articles/${id}/preview`);
                  }}
                  className="inline-flex items-center gap-1 rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-50"
                >
                  <Eye aria-hidden="true" className="size-4" />
                  {t('preview')}
                </Link>
                <Link
                  href={`/staff/articles/${id}/history`}
                  className="inline-flex items-center gap-1 rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-50"
                >
                  <History aria-hidden="true" className="size-4" />
                  {t('history')}
                </Link>
              </>
            )}
          </div>
        </div>

        {(workflow || id) && (
          <WorkflowPanel
            panel={
              workflow ?? {
                // A draft this editor has just created: submitting is the one move open to it.
                id: id as number,
                state: 'draft',
                actions: { submit: true },
                scheduledAt: null,
                scheduleError: null,
                review: null,
                defaultPublishAt: '',
              }
            }
            version={version}
            beforeMove={async () => {
              // Read the form itself: the dirty flag is only refreshed once a second.
              const form = formRef.current;
              const changed = !!form && snapshotOf(form) !== savedSnapshot.current;
              if (changed && !(await save({ autosave: false }))) return null;
              return versionRef.current;
            }}
          />
        )}

        <div>
          <label htmlFor={`${uid}-category`} className={label}>
            {t('fields.category')}
          </label>
          <select
            id={`${uid}-category`}
            name="categoryId"
            defaultValue={f?.categoryId ?? ''}
            aria-invalid={!!fieldErrors.categoryId?.length}
            aria-describedby={describedBy('categoryId')}
            className={input}
          >
            <option value="">{t('choose')}</option>
            {options.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {fieldError('categoryId')}
        </div>
        <div>
          <label htmlFor={`${uid}-unit`} className={label}>
            {t('fields.sourceUnit')}
          </label>
          <select
            id={`${uid}-unit`}
            name="sourceUnitId"
            defaultValue={f?.sourceUnitId ?? (options.allowNoUnit ? '' : (options.units[0]?.id ?? ''))}
            aria-invalid={!!fieldErrors.sourceUnitId?.length}
            aria-describedby={describedBy('sourceUnitId')}
            className={input}
          >
            {options.allowNoUnit && <option value="">{t('noUnit')}</option>}
            {options.units.map((u) => (
              <option key={u.id} value={u.id}>
                {'\u00a0\u00a0'.repeat(u.depth)}
                {u.name}
              </option>
            ))}
          </select>
          {fieldError('sourceUnitId')}
        </div>
        <div>
          <label htmlFor={`${uid}-source`} className={label}>
            {t('fields.sourceText')}
          </label>
          <input
            id={`${uid}-source`}
            name="sourceText"
            maxLength={LIMITS.sourceText}
            defaultValue={f?.sourceText ?? ''}
            aria-describedby={describedBy('sourceText', `${uid}-source-hint`)}
            className={input}
          />
          <p id={`${uid}-source-hint`} className="mt-1 text-xs text-slate-500">
            {t('sourceTextHint')}
          </p>
          {fieldError('sourceText')}
        </div>
        <fieldset>
          <legend className={label}>{t('fields.language')}</legend>
          <div className="mt-1 flex gap-4">
            {(['en', 'zh'] as const).map((l) => (
              <label key={l} className="inline-flex items-center gap-2 text-sm">
                <input type="radio" name="language" value={l} checked={language === l} onChange={() => setLanguage(l)} />
                {t(`languages.${l}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor={`${uid}-translation`} className={label}>
            {t('fields.translation')}
          </label>
          <select
            id={`${uid}-translation`}
            name="translationId"
            defaultValue={f?.translationId ?? ''}
            aria-invalid={!!fieldErrors.translationId?.length}
            aria-describedby={describedBy('translationId')}
            className={input}
          >
            <option value="">{t('noTranslation')}</option>
            {translations.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
          {fieldError('translationId')}
        </div>
        <div>
          <label htmlFor={`${uid}-series`} className={label}>
            {t('fields.series')}
          </label>
          <select
            id={`${uid}-series`}
            name="seriesId"
            value={seriesId}
            onChange={(event) => setSeriesId(event.target.value)}
            aria-invalid={!!fieldErrors.seriesId?.length}
            aria-describedby={describedBy('seriesId')}
            className={input}
          >
            <option value="">{t('noSeries')}</option>
            {seriesOptions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {fieldError('seriesId')}
          {newSeries ? (
            <div className="mt-2 space-y-2 rounded border border-slate-200 bg-slate-50 p-3" role="group" aria-labelledby={`${uid}-new-series-title`}>
              <p id={`${uid}-new-series-title`} className="text-sm font-medium">
                {tm('newSeriesTitle')}
              </p>
              {(['nameEn', 'nameZh'] as const).map((key) => (
                <div key={key}>
                  <label htmlFor={`${uid}-series-${key}`} className="block text-xs font-medium text-slate-700">
                    {tm(key)}
                  </label>
                  <input
                    id={`${uid}-series-${key}`}
                    value={newSeries[key]}
                    maxLength={120}
                    autoFocus={key === 'nameEn'}
                    onChange={(event) => setNewSeries({ ...newSeries, [key]: event.target.value })}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') {
                        event.preventDefault();
                        void createSeries();
                      }
                    }}
                    aria-describedby={newSeries.error ? `${uid}-series-error` : undefined}
                    className={input}
                  />
                </div>
              ))}
              <p id={`${uid}-series-error`} aria-live="polite" className="text-sm text-red-700">
                {newSeries.error}
              </p>
              <div className="flex gap-2">
                <button
                  type="button"
                  onClick={() => void createSeries()}
                  disabled={newSeries.busy}
                  className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
                >
                  {tm('createSeries')}
                </button>
                <button type="button" onClick={() => setNewSeries(null)} className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
                  {tm('cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              onClick={() => setNewSeries({ nameEn: '', nameZh: '', error: '', busy: false })}
              className="mt-2 inline-flex items-center gap-1 text-sm text-brand-700 hover:underline"
            >
              <Plus aria-hidden="true" className="size-4" />
              {tm('newSeries')}
            </button>
          )}
        </div>
        <div>
          <label htmlFor={`${uid}-tags`} className={label}>
            {t('fields.tags')}
          </label>
          <input
            id={`${uid}-tags`}
            name="tags"
            defaultValue={f?.tags.join(', ') ?? ''}
            aria-invalid={!!fieldErrors.tags?.length}
            aria-describedby={describedBy('tags', `${uid}-tags-hint`)}
            className={input}
          />
          <p id={`${uid}-tags-hint`} className="mt-1 text-xs text-slate-500">
            {t('tagsHint')}
          </p>
          {fieldError('tags')}
        </div>
        <fieldset>
          <legend className={label}>{t('fields.visibility')}</legend>
          <div className="mt-1 space-y-1">
            {(['internal', 'public'] as const).map((v) => (
              <label key={v} className="flex items-center gap-2 text-sm">
                <input type="radio" name="visibility" value={v} defaultChecked={(f?.visibility ?? 'internal') === v} />
                {t(`visibility.${v}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className={label}>{t('fields.flags')}</legend>
          <div className="mt-1 space-y-1">
            {(['pinned', 'featured', 'mustRead'] as const).map((flag) => (
              <label key={flag} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={flag} value="on" defaultChecked={!!f?.[flag]} />
                {t(`flags.${flag}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <FileListField
          name="coverKey"
          label={t('fields.cover')}
          mode="cover"
          defaultFiles={article?.cover ? [{ ...article.cover, thumbnail: article.cover.thumbnail ?? undefined }] : []}
          upload={async (file) => toRef(await upload('image')(file))}
          describedBy={describedBy('coverKey')}
        />
        {fieldError('coverKey')}
        <FileListField
          name="attachments"
          label={t('fields.attachments')}
          mode="attachments"
          max={LIMITS.attachments}
          defaultFiles={(article?.attachmentFiles ?? []).map((a) => ({ ...a, thumbnail: a.thumbnail ?? undefined }))}
          upload={async (file) => toRef(await upload('attachment')(file))}
          describedBy={describedBy('attachments')}
        />
        {fieldError('attachments')}
      </aside>
    </form>
  );
}
