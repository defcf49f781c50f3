'use client';

import { useCallback, useEffect, useRef, useState, useTransition, type RefObject } from 'react';
import { useTranslations } from 'next-intl';
import type { ArticleInput } from '@/lib/article-fields';
import { diffSnapshots, type FieldDiff } from '@/lib/diff';
import { errorKind } from '@/lib/errors';
import { normalizeMeeting } from '@/lib/meeting';
import { stateAfterEdit, type WorkState } from '@/lib/workflow';
import { getLatestVersionAction, saveArticleAction, type LatestVersion, type SaveState } from '../actions';
import { fromDraft, type MeetingDraft } from './meeting-fields';

/** Autosave after this long without a change. */
const AUTOSAVE_PAUSE_MS = 2500;

export type FormMessage = { tone: 'info' | 'error'; text: string };
export type FieldErrors = Partial<Record<keyof ArticleInput, string[]>>;
export type Conflict = { message: string; version: number };
export type Comparison = { latest: LatestVersion; diff: FieldDiff[] };

/** A stable text form of the form's fields, to tell whether anything changed since the last save. */
export function snapshotOf(form: HTMLFormElement) {
  const data = new FormData(form);
  const pairs: string[] = [];
  for (const [k, v] of data) {
    if (k === 'baseVersion' || k === 'id' || k === 'autosave' || k.startsWith('$')) continue;
    if (typeof v === 'string') pairs.push(`${k}=${v}`);
  }
  return pairs.join('\u0001');
}

/** The field errors of a failed save: the article's fields, and the meeting data's by path. */
function splitErrors(fieldErrors: SaveState['fieldErrors'] = {}) {
  const fields: FieldErrors = {};
  const meeting: Record<string, string> = {};
  for (const [key, messages] of Object.entries(fieldErrors) as [string, string[]][]) {
    if (key.startsWith('meeting.')) meeting[key.slice('meeting.'.length)] = messages[0];
    else fields[key as keyof ArticleInput] = messages;
  }
  return { fields, meeting };
}

/**
 * Saving the editor form: explicit saves, autosaves after a pause in typing, the version
 * the next save is based on, what the last save said, a conflict with someone else's save
 * and the comparison with their version, and a warning before leaving unsaved changes.
 */
export function useArticleSave(input: {
  formRef: RefObject<HTMLFormElement | null>;
  article: { id: number; version: number; status: string; lastSaved: { by: string; at: string; version: number } } | null;
  /** The meeting data being edited; a save drops its empty speeches and key tasks from the form. */
  meeting: { current: MeetingDraft | null; set: (draft: MeetingDraft) => void };
}) {
  const { formRef, article, meeting } = input;
  const t = useTranslations('editorForm');
  const tm = useTranslations('meetingEditor');
  const [id, setId] = useState(article?.id ?? null);
  const [version, setVersion] = useState(article?.version ?? 0);
  const versionRef = useRef(article?.version ?? 0);
  const [status, setStatus] = useState(article?.status ?? 'draft');
  const [lastSaved, setLastSaved] = useState(article?.lastSaved ?? null);
  /** The title as last saved, for the page's heading. */
  const [savedTitle, setSavedTitle] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [meetingErrors, setMeetingErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<FormMessage | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, startSaving] = useTransition();
  const savedSnapshot = useRef<string | null>(null);
  const lastSeen = useRef({ snapshot: '', at: 0 });
  const inFlight = useRef(false);
  const meetingRef = useRef(meeting);
  useEffect(() => {
    meetingRef.current = meeting;
  });

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
        const draft = meetingRef.current.current;
        const dropped = !opts.autosave && draft ? normalizeMeeting(fromDraft(draft)).droppedSpeeches : 0;
        if (opts.baseVersion !== undefined) data.set('baseVersion', String(opts.baseVersion));
        startSaving(async () => {
          let result: SaveState;
          try {
            result = await saveArticleAction(data);
          } catch {
            result = { status: 'error', message: t('saveFailed') };
          }
          inFlight.current = false;
          if (result.status === 'success' && result.data) {
            const saved = result.data;
            savedSnapshot.current = snapshot;
            setDirty(snapshotOf(form) !== snapshot);
            setVersion(saved.version);
            versionRef.current = saved.version;
            setLastSaved({ by: t('you'), at: saved.savedAt, version: saved.version });
            setSavedTitle(String(data.get('title') ?? '').trim());
            setFieldErrors({});
            setMeetingErrors({});
            setConflict(null);
            setComparison(null);
            // What the save did to the workflow, by the same rule as the server.
            setStatus((s) => stateAfterEdit(s as WorkState));
            if (!opts.autosave && draft) {
              meetingRef.current.set({
                ...draft,
                speeches: draft.speeches
                  .filter((sp) => sp.speaker.trim() || sp.position.trim() || sp.title.trim() || sp.summary.trim() || sp.keyTasks.some((k) => k.text.trim()))
                  .map((sp) => ({ ...sp, keyTasks: sp.keyTasks.filter((k) => k.text.trim()) })),
              });
            }
            const notes = [
              ...(dropped ? [tm('droppedSpeeches', { count: dropped })] : []),
              ...(!opts.autosave && saved.warnings.includes('future_date') ? [tm('futureDate')] : []),
            ];
            setMessage(opts.autosave ? null : { tone: 'info', text: [t('saved', { version: saved.version }), ...notes].join(' ') });
            if (!id) {
              setId(saved.id);
              window.history.replaceState(null, '', `/staff/articles/${saved.id}`);
            }
            return resolve(true);
          }
          const text = result.message ?? t('saveFailed');
          const code = result.error?.code;
          if (code === 'stale_version') {
            setConflict({ message: text, version: Number(result.error?.params.version) });
            setMessage(null);
          } else if (code && code !== 'bad_request' && errorKind(code) === 'validation') {
            const errors = splitErrors(result.fieldErrors);
            setFieldErrors(errors.fields);
            setMeetingErrors(errors.meeting);
            // Autosave stays quiet about half-typed fields; an explicit save says what to fix.
            if (!opts.autosave) setMessage({ tone: 'error', text });
          } else {
            setMessage({ tone: 'error', text });
          }
          resolve(false);
        });
      }),
    [formRef, id, t, tm],
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
  }, [conflict, formRef, save]);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** After a conflict: their latest version beside the unsaved text. */
  const compare = async () => {
    if (!id || !formRef.current) return;
    const latest = await getLatestVersionAction(id).catch(() => null);
    if (latest?.status !== 'success' || !latest.data) {
      setMessage({ tone: 'error', text: t('compareFailed') });
      return;
    }
    const data = new FormData(formRef.current);
    const bodyText = (data.get('body') as string).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    const diff = diffSnapshots(
      { title: latest.data.title, summary: latest.data.summary, body: latest.data.bodyText },
      { title: String(data.get('title') ?? ''), summary: String(data.get('summary') ?? ''), body: bodyText },
    );
    setComparison({ latest: latest.data, diff });
  };

  /** After a conflict: drop the unsaved text and load theirs. */
  const loadTheirs = () => {
    savedSnapshot.current = formRef.current ? snapshotOf(formRef.current) : null;
    window.location.reload();
  };

  /** Whether the form holds changes not saved yet (read now: the dirty flag is refreshed once a second). */
  const changedSinceSave = () => !!formRef.current && snapshotOf(formRef.current) !== savedSnapshot.current;

  return {
    id,
    version,
    versionRef,
    status,
    lastSaved,
    savedTitle,
    dirty,
    saving,
    save,
    message,
    setMessage,
    fieldErrors,
    meetingErrors,
    setMeetingErrors,
    conflict,
    comparison,
    compare,
    loadTheirs,
    changedSinceSave,
  };
}
