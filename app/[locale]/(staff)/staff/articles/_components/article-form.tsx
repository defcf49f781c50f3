'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { AlertTriangle, Eye, History, Save } from 'lucide-react';
import { FileListField } from '@/components/editor/file-list-field';
import { RichTextEditor } from '@/components/editor/rich-text-editor';
import type { ArticleInput } from '@/lib/article-fields';
import { LIMITS } from '@/lib/article-fields';
import { diffSnapshots, type FieldDiff } from '@/lib/diff';
import { imageSources } from '@/lib/uploads/urls';
import { cn } from '@/lib/utils';
import { getLatestVersionAction, saveArticleAction, type LatestVersion, type SaveState } from '../actions';
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
    fields: Omit<ArticleInput, 'tags'> & { tags: string[] };
    cover: FileRef | null;
    attachmentFiles: FileRef[];
  } | null;
  options: {
    categories: Option[];
    units: (Option & { depth: number })[];
    allowNoUnit: boolean;
    series: Option[];
    translations: { id: number; title: string; language: 'en' | 'zh' }[];
  };
  defaultLanguage: 'en' | 'zh';
  workflow?: WorkflowPanelProps;
};

type FieldErrors = Partial<Record<keyof ArticleInput, string[]>>;

/** Autosave after this long without a change. */
const AUTOSAVE_PAUSE_MS = 2500;

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
            setConflict(null);
            setComparison(null);
            if (['in_review', 'approved', 'scheduled', 'rejected'].includes(status)) setStatus('draft');
            setMessage(opts.autosave ? null : { tone: 'info', text: t('saved', { version: result.version }) });
            if (!id) {
              setId(result.id);
              window.history.replaceState(null, '', `/staff/articles/${result.id}`);
            }
            return resolve(true);
          }
          if (result.status === 'invalid') {
            setFieldErrors(result.fieldErrors);
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
    [id, status, t],
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
              defaultValue={f?.body ?? ''}
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
          <select id={`${uid}-series`} name="seriesId" defaultValue={f?.seriesId ?? ''} className={input}>
            <option value="">{t('noSeries')}</option>
            {options.series.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
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
