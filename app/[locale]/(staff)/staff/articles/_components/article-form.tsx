'use client';

import { useCallback, useId, useRef, useState } from 'react';
import { useNow, useTimeZone, useTranslations } from 'next-intl';
import { FileListField } from '@/components/editor/file-list-field';
import { RichTextEditor } from '@/components/editor/rich-text-editor';
import { LIMITS, type ArticleInput } from '@/lib/article-fields';
import { normalizeMeeting, type MeetingData } from '@/lib/meeting';
import { mergeMeetingBody, type GeneratedBody } from '@/lib/meeting-body';
import type { UnparsedParagraph } from '@/lib/meeting-import';
import { imageSources } from '@/lib/uploads/urls';
import { cn } from '@/lib/utils';
import { ConflictNotice } from './conflict-notice';
import { Field, fieldClass, labelClass, Options, TextField } from './field';
import { ImportPanel, type ImportedReport } from './import-panel';
import { OriginalFields } from './original-fields';
import { ReplaceBodyDialog, UnparsedNotice } from './import-review';
import { fromDraft, MeetingFields, newDraft, toDraft, type MeetingDraft } from './meeting-fields';
import { SaveBox } from './save-box';
import { SeriesPicker } from './series-picker';
import { uploadFile, type UploadedFile } from './upload';
import { useArticleSave } from './use-article-save';
import type { WorkflowPanelProps } from './workflow-panel';
import { NewArticleHeading } from './new-article-heading';

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
    fields: ArticleInput & { meeting: MeetingData | null };
    cover: FileRef | null;
    attachmentFiles: FileRef[];
  } | null;
  options: {
    categories: (Option & { retired?: boolean })[];
    units: (Option & { depth: number; retired?: boolean })[];
    allowNoUnit: boolean;
    series: Option[];
    meetingKinds: { code: string; name: string }[];
    translations: { id: number; title: string; language: 'en' | 'zh' }[];
  };
  defaultLanguage: 'en' | 'zh';
  workflow?: WorkflowPanelProps;
};

/** The meeting data as saved: without empty speeches, key tasks and quotes. */
const meetingJson = (draft: MeetingDraft | null) => (draft ? JSON.stringify(normalizeMeeting(fromDraft(draft)).meeting) : '');

/** Today in a time zone, YYYY-MM-DD. */
const dayIn = (now: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

const toRef = (f: UploadedFile): Omit<FileRef, 'thumbnail'> & { thumbnail?: string } => ({
  key: f.key,
  name: f.name,
  size: f.size,
  mime: f.mime,
  url: f.url,
  thumbnail: f.kind === 'image' ? `/files/${f.key}?w=320` : undefined,
});

const bodyIsEmpty = (html: string) => html.replace(/<[^>]*>/g, '').trim() === '';

/**
 * The article editor: the fields of lib/article-fields.ts, the meeting data, and beside
 * them the save box and the workflow. Saving is useArticleSave's.
 */
export function ArticleForm({ article, options, defaultLanguage, workflow }: ArticleFormProps) {
  const t = useTranslations('editorForm');
  const tm = useTranslations('meetingEditor');
  const tr = useTranslations('importReview');
  const formRef = useRef<HTMLFormElement>(null);
  const uid = useId();
  const f = article?.fields;
  const today = dayIn(useNow(), useTimeZone() ?? 'UTC');
  const [language, setLanguage] = useState(f?.language ?? defaultLanguage);
  const [meeting, setMeeting] = useState<MeetingDraft | null>(f?.meeting ? toDraft(f.meeting) : null);
  const [body, setBody] = useState({ html: f?.body ?? '', version: 0 });
  const [pendingBody, setPendingBody] = useState<GeneratedBody | null>(null);
  const [unparsed, setUnparsed] = useState<UnparsedParagraph[]>([]);
  const saving = useArticleSave({ formRef, article, meeting: { current: meeting, set: setMeeting } });
  const { id, fieldErrors, meetingErrors, setMessage } = saving;

  const upload = useCallback(
    (purpose: 'image' | 'attachment') => (file: File) => uploadFile(file, purpose, (code) => t(`upload.${code}` as 'upload.failed')),
    [t],
  );
  const formValue = (name: string) => {
    const el = formRef.current?.elements.namedItem(name);
    return el && 'value' in el ? String(el.value) : '';
  };
  const setFormValue = (name: string, value: string) => {
    const el = formRef.current?.elements.namedItem(name);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = value;
  };

  /**
   * Writes the body from the meeting data over the current one: every paragraph the data does
   * not cover is kept. When that would remove anything, the editor sees what first.
   */
  const generateBody = () => {
    if (!meeting) return;
    const result = mergeMeetingBody(normalizeMeeting(fromDraft(meeting)).meeting, language, formValue('body'));
    if (bodyIsEmpty(result.html)) return setMessage({ tone: 'error', text: tm('nothingToGenerate') });
    if (result.removed.length > 0) return setPendingBody(result);
    applyBody(result);
  };
  const applyBody = (result: GeneratedBody) => {
    setPendingBody(null);
    setBody((b) => ({ html: result.html, version: b.version + 1 }));
    setMessage({ tone: 'info', text: tr('generatedKept', { kept: result.kept, replaced: result.replaced, added: result.added, removed: result.removed.length }) });
  };

  /** Fills the form from a pasted report; what cannot be placed stays in the body. */
  const applyImport = (result: ImportedReport) => {
    const hasContent = formValue('title').trim() !== '' || !bodyIsEmpty(formValue('body'));
    if (hasContent && !window.confirm(tm('importReplaceConfirm'))) return false;
    setFormValue('title', result.title);
    setFormValue('summary', result.summary);
    setFormValue('originalDate', result.publishedDate && result.publishedDate <= today ? result.publishedDate : '');
    setFormValue('startingViews', result.viewCount ? String(result.viewCount) : '');
    if (result.source) setFormValue('sourceText', result.source);
    setLanguage(result.language);
    setUnparsed(result.unparsed);
    setBody((b) => ({ html: result.bodyHtml, version: b.version + 1 }));
    if (result.meeting) {
      const kind = options.meetingKinds.some((k) => k.code === result.meeting?.kind) ? result.meeting.kind : 'other';
      setMeeting(toDraft({ ...result.meeting, kind }));
      const found = result.found;
      const text = tm('imported', { speeches: found.speeches, keyTasks: found.keyTasks, presider: String(found.presider), date: String(found.date) });
      setMessage(
        result.unparsed.length
          ? { tone: 'error', text: `${tr('importedWithUnparsed', { count: result.unparsed.length })} ${text}` }
          : { tone: 'info', text },
      );
    } else {
      setMeeting(null);
      setMessage({ tone: 'info', text: tm('importedText') });
    }
    saving.setMeetingErrors({});
    return true;
  };

  const fieldId = (field: keyof ArticleInput) => `${uid}-${field}`;
  const translations = options.translations.filter((c) => c.language !== language && c.id !== id);

  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        void saving.save({ autosave: false });
      }}
      noValidate
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]"
      data-testid="article-form"
    >
      <input type="hidden" name="id" value={id ?? ''} />
      <input type="hidden" name="baseVersion" value={saving.version} />
      <input type="hidden" name="meeting" value={meetingJson(meeting)} />
      {!article && (
        <div className="lg:col-span-2">
          <NewArticleHeading id={id} title={saving.savedTitle} />
        </div>
      )}

      <div className="min-w-0 space-y-5">
        <div aria-live="polite" role="status" className="sr-only" data-testid="form-status-live">
          {saving.message?.text}
        </div>
        {saving.message && (
          <p
            className={cn(
              'rounded border px-3 py-2 text-sm',
              saving.message.tone === 'error' ? 'border-red-300 bg-red-50 text-red-800' : 'border-emerald-300 bg-emerald-50 text-emerald-900',
            )}
            data-testid="form-message"
          >
            {saving.message.text}
          </p>
        )}
        {saving.conflict && (
          <ConflictNotice
            conflict={saving.conflict}
            comparison={saving.comparison}
            onCompare={saving.compare}
            onKeepMine={() => void saving.save({ autosave: false, baseVersion: saving.conflict?.version })}
            onLoadTheirs={saving.loadTheirs}
          />
        )}

        <ImportPanel defaultOpen={!article} onImport={applyImport} onError={(text) => setMessage({ tone: 'error', text })} />
        <UnparsedNotice items={unparsed} onDismiss={() => setUnparsed([])} />
        {pendingBody && <ReplaceBodyDialog result={pendingBody} onConfirm={() => applyBody(pendingBody)} onCancel={() => setPendingBody(null)} />}

        <TextField
          id={fieldId('title')}
          label={
            <>
              {t('fields.title')} <span aria-hidden="true" className="text-red-700">*</span>
            </>
          }
          error={fieldErrors.title}
          name="title"
          required
          maxLength={LIMITS.title}
          defaultValue={f?.title ?? ''}
          inputClassName="text-lg font-semibold"
        />
        <TextField
          id={fieldId('summary')}
          label={t('fields.summary')}
          error={fieldErrors.summary}
          name="summary"
          rows={3}
          maxLength={LIMITS.summary}
          defaultValue={f?.summary ?? ''}
        />
        <div>
          <RichTextEditor
            id={fieldId('body')}
            name="body"
            label={t('fields.body')}
            defaultValue={body.html}
            contentVersion={body.version}
            describedBy={fieldErrors.body?.length ? `${fieldId('body')}-error` : undefined}
            invalid={!!fieldErrors.body?.length}
            uploadImage={async (file) => imageSources(await upload('image')(file))}
          />
          <FieldErrorText id={`${fieldId('body')}-error`} errors={fieldErrors.body} />
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
              <MeetingFields value={meeting} onChange={setMeeting} kinds={options.meetingKinds} errors={meetingErrors} today={today} onGenerate={generateBody} />
            </div>
          )}
        </div>
      </div>

      <aside className="space-y-5">
        <SaveBox saving={saving} hasLive={!!article?.hasLive} workflow={workflow} />

        <Field id={fieldId('categoryId')} label={t('fields.category')} error={fieldErrors.categoryId}>
          {(control) => (
            <select {...control} name="categoryId" defaultValue={f?.categoryId ?? ''} className={fieldClass}>
              <Options empty={t('choose')} items={options.categories.filter((c) => !c.retired || c.id === f?.categoryId)} />
            </select>
          )}
        </Field>
        <Field id={fieldId('sourceUnitId')} label={t('fields.sourceUnit')} error={fieldErrors.sourceUnitId}>
          {(control) => (
            <select
              {...control}
              name="sourceUnitId"
              defaultValue={f?.sourceUnitId ?? (options.allowNoUnit ? '' : (options.units.find((u) => !u.retired)?.id ?? ''))}
              className={fieldClass}
            >
              <Options
                empty={options.allowNoUnit ? t('noUnit') : undefined}
                items={options.units.filter((u) => !u.retired || u.id === f?.sourceUnitId).map((u) => ({ id: u.id, name: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}` }))}
              />
            </select>
          )}
        </Field>
        <TextField
          id={fieldId('sourceText')}
          label={t('fields.sourceText')}
          error={fieldErrors.sourceText}
          hint={t('sourceTextHint')}
          name="sourceText"
          maxLength={LIMITS.sourceText}
          defaultValue={f?.sourceText ?? ''}
        />
        <fieldset>
          <legend className={labelClass}>{t('fields.language')}</legend>
          <div className="mt-1 flex gap-4">
            {(['en', 'zh'] as const).map((l) => (
              <label key={l} className="inline-flex items-center gap-2 text-sm">
                <input type="radio" name="language" value={l} checked={language === l} onChange={() => setLanguage(l)} />
                {t(`languages.${l}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id={fieldId('translationId')} label={t('fields.translation')} error={fieldErrors.translationId}>
          {(control) => (
            <select {...control} name="translationId" defaultValue={f?.translationId ?? ''} className={fieldClass}>
              <Options empty={t('noTranslation')} items={translations.map((c) => ({ id: c.id, name: c.title }))} />
            </select>
          )}
        </Field>
        <SeriesPicker
          options={options.series}
          defaultValue={f?.seriesId ?? null}
          error={fieldErrors.seriesId}
          unitId={() => formValue('sourceUnitId')}
          onCreated={(text) => setMessage({ tone: 'info', text })}
        />
        <TextField id={fieldId('tags')} label={t('fields.tags')} error={fieldErrors.tags} hint={t('tagsHint')} name="tags" defaultValue={f?.tags.join(', ') ?? ''} />
        <fieldset>
          <legend className={labelClass}>{t('fields.visibility')}</legend>
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
          <legend className={labelClass}>{t('fields.flags')}</legend>
          <div className="mt-1 space-y-1">
            {(['pinned', 'featured', 'mustRead'] as const).map((flag) => (
              <label key={flag} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={flag} value="on" defaultChecked={!!f?.[flag]} />
                {t(`flags.${flag}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <OriginalFields
          idPrefix={uid}
          today={today}
          defaults={{ originalDate: f?.originalDate ?? '', startingViews: f?.startingViews ?? 0 }}
          errors={{ originalDate: fieldErrors.originalDate, startingViews: fieldErrors.startingViews }}
        />
        <FileListField
          name="coverKey"
          label={t('fields.cover')}
          mode="cover"
          defaultFiles={article?.cover ? [{ ...article.cover, thumbnail: article.cover.thumbnail ?? undefined }] : []}
          upload={async (file) => toRef(await upload('image')(file))}
          describedBy={fieldErrors.coverKey?.length ? `${fieldId('coverKey')}-error` : undefined}
        />
        <FieldErrorText id={`${fieldId('coverKey')}-error`} errors={fieldErrors.coverKey} />
        <FileListField
          name="attachments"
          label={t('fields.attachments')}
          mode="attachments"
          max={LIMITS.attachments}
          defaultFiles={(article?.attachmentFiles ?? []).map((a) => ({ ...a, thumbnail: a.thumbnail ?? undefined }))}
          upload={async (file) => toRef(await upload('attachment')(file))}
          describedBy={fieldErrors.attachments?.length ? `${fieldId('attachments')}-error` : undefined}
        />
        <FieldErrorText id={`${fieldId('attachments')}-error`} errors={fieldErrors.attachments} />
      </aside>
    </form>
  );
}

function FieldErrorText({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {errors.join(' ')}
    </p>
  ) : null;
}
