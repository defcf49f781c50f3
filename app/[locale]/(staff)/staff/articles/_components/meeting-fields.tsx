'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { ArrowDown, ArrowUp, Plus, Trash2, Wand2 } from 'lucide-react';
import { emptyMeeting, MEETING_LIMITS, type MeetingData } from '@/lib/meeting';
import { cn } from '@/lib/utils';
import { Field, fieldClass, labelClass, Options, TextField } from './field';

// The meeting data of a meeting report, edited as rows: speeches, and the numbered key
// tasks of each. Rows can be added, removed and reordered with buttons that keep the
// keyboard focus on the moved row, and every move is announced.

let nextRowId = 0;
const rowId = () => `r${++nextRowId}`;

export type TaskRow = { id: string; text: string };
export type SpeechRow = { id: string; speaker: string; position: string; title: string; summary: string; keyTasks: TaskRow[] };
export type MeetingDraft = Omit<MeetingData, 'speeches'> & { speeches: SpeechRow[] };

export function toDraft(m: MeetingData): MeetingDraft {
  return {
    ...m,
    presider: { ...m.presider },
    quotes: [...m.quotes],
    speeches: m.speeches.map((s) => ({ ...s, id: rowId(), keyTasks: s.keyTasks.map((text) => ({ id: rowId(), text })) })),
  };
}

export function fromDraft(d: MeetingDraft): MeetingData {
  return {
    ...d,
    speeches: d.speeches.map((s) => ({
      speaker: s.speaker,
      position: s.position,
      title: s.title,
      summary: s.summary,
      keyTasks: s.keyTasks.map((k) => k.text),
    })),
  };
}

export const newDraft = (kind: string) => toDraft({ ...emptyMeeting(), kind });

type Props = {
  value: MeetingDraft;
  onChange: (next: MeetingDraft) => void;
  kinds: { code: string; name: string }[];
  errors: Record<string, string>;
  /** Today in the portal's time zone, YYYY-MM-DD. */
  today: string;
  onGenerate: () => void;
};

/** The fields of a speech, in order, with the key of their label. */
const SPEECH_FIELDS: readonly {
  key: 'speaker' | 'position' | 'title' | 'summary';
  label: 'speaker' | 'position' | 'speechTitle' | 'summary';
  max: number;
  wide?: boolean;
  rows?: number;
}[] = [
  { key: 'speaker', label: 'speaker', max: MEETING_LIMITS.person },
  { key: 'position', label: 'position', max: MEETING_LIMITS.position },
  { key: 'title', label: 'speechTitle', max: MEETING_LIMITS.speechTitle, wide: true },
  { key: 'summary', label: 'summary', max: MEETING_LIMITS.summary, wide: true, rows: 3 },
];

const iconButton =
  'inline-flex size-8 items-center justify-center rounded border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-40';

/** Move up, move down and remove, for a row of speeches or key tasks. */
function RowButtons(props: {
  focusKey: string;
  first: boolean;
  last: boolean;
  labels: { up: string; down: string; remove: string };
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { focusKey, labels } = props;
  return (
    <>
      {([
        ['up', -1, props.first, ArrowUp],
        ['down', 1, props.last, ArrowDown],
      ] as const).map(([which, by, disabled, Icon]) => (
        <button
          key={which}
          type="button"
          className={iconButton}
          aria-label={labels[which]}
          title={labels[which]}
          aria-disabled={disabled}
          data-focus-key={`${focusKey}-${which}`}
          onClick={() => props.onMove(by)}
        >
          <Icon aria-hidden="true" className="size-4" />
        </button>
      ))}
      <button type="button" className={iconButton} aria-label={labels.remove} title={labels.remove} onClick={props.onRemove}>
        <Trash2 aria-hidden="true" className="size-4" />
      </button>
    </>
  );
}

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

export function MeetingFields({ value, onChange, kinds, errors, today, onGenerate }: Props) {
  const t = useTranslations('meetingEditor');
  const uid = useId();
  const root = useRef<HTMLFieldSetElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useRef<string | null>(null);

  // After a move, add or remove, put the focus where the keyboard user expects it.
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    root.current?.querySelector<HTMLElement>(`[data-focus-key="${target}"]`)?.focus();
  });

  const set = (patch: Partial<MeetingDraft>) => onChange({ ...value, ...patch });
  const setSpeech = (i: number, patch: Partial<SpeechRow>) =>
    set({ speeches: value.speeches.map((s, j) => (j === i ? { ...s, ...patch } : s)) });

  const moveSpeech = (i: number, to: number, which: 'up' | 'down') => {
    if (to < 0 || to >= value.speeches.length) return;
    const id = value.speeches[i].id;
    set({ speeches: move(value.speeches, i, to) });
    focusAfter.current = `${id}-${which}`;
    setAnnouncement(t('speechMoved', { position: to + 1 }));
  };
  const moveTask = (si: number, i: number, to: number, which: 'up' | 'down') => {
    const tasks = value.speeches[si].keyTasks;
    if (to < 0 || to >= tasks.length) return;
    const id = tasks[i].id;
    setSpeech(si, { keyTasks: move(tasks, i, to) });
    focusAfter.current = `${id}-${which}`;
    setAnnouncement(t('taskMoved', { position: to + 1 }));
  };
  const addSpeech = () => {
    if (value.speeches.length >= MEETING_LIMITS.speeches) return;
    const speech: SpeechRow = { id: rowId(), speaker: '', position: '', title: '', summary: '', keyTasks: [] };
    set({ speeches: [...value.speeches, speech] });
    focusAfter.current = `${speech.id}-speaker`;
  };
  const removeSpeech = (i: number) => {
    const next = value.speeches.filter((_, j) => j !== i);
    set({ speeches: next });
    focusAfter.current = next[Math.min(i, next.length - 1)]?.id ? `${next[Math.min(i, next.length - 1)].id}-speaker` : 'add-speech';
    setAnnouncement(t('speechRemoved', { position: i + 1 }));
  };
  const addTask = (si: number) => {
    const tasks = value.speeches[si].keyTasks;
    if (tasks.length >= MEETING_LIMITS.keyTasks) return;
    const task = { id: rowId(), text: '' };
    setSpeech(si, { keyTasks: [...tasks, task] });
    focusAfter.current = `${task.id}-text`;
  };
  const removeTask = (si: number, i: number) => {
    const speech = value.speeches[si];
    const next = speech.keyTasks.filter((_, j) => j !== i);
    setSpeech(si, { keyTasks: next });
    const neighbour = next[Math.min(i, next.length - 1)];
    focusAfter.current = neighbour ? `${neighbour.id}-text` : `${speech.id}-add-task`;
    setAnnouncement(t('taskRemoved', { position: i + 1 }));
  };

  const errorId = (path: string) => `${uid}-${path.replace(/\./g, '-')}-error`;
  const err = (path: string) =>
    errors[path] ? (
      <p id={errorId(path)} className="mt-1 text-sm text-red-700">
        {errors[path]}
      </p>
    ) : null;
  const futureDate = !!value.date && value.date > today;
  // The server checks the data as saved, without empty speeches and blank key tasks: find
  // each row's place in that data, so that an error shows beside the row it is about.
  const savedIndex = new Map<string, number>();
  let kept = 0;
  for (const sp of value.speeches) {
    const empty = !sp.speaker.trim() && !sp.position.trim() && !sp.title.trim() && !sp.summary.trim() && sp.keyTasks.every((k) => !k.text.trim());
    if (!empty) savedIndex.set(sp.id, kept++);
    let task = 0;
    for (const k of sp.keyTasks) if (k.text.trim()) savedIndex.set(k.id, task++);
  }
  const quoteError = Object.entries(errors).find(([path]) => path === 'quotes' || path.startsWith('quotes.'))?.[1];

  return (
    <fieldset ref={root} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="meeting-fields">
      <legend className="px-1 text-base font-semibold text-slate-900">{t('legend')}</legend>
      <div aria-live="polite" role="status" className="sr-only" data-testid="meeting-live">
        {announcement}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${uid}-name`} label={t('name')} error={errors.name} className="sm:col-span-2" maxLength={MEETING_LIMITS.name} value={value.name} onValue={(name) => set({ name })} />
        <Field id={`${uid}-kind`} label={t('kind')} error={errors.kind}>
          {(control) => (
            <select {...control} className={fieldClass} value={value.kind} onChange={(e) => set({ kind: e.target.value })}>
              <Options items={[...(kinds.some((k) => k.code === value.kind) ? [] : [{ code: value.kind, name: value.kind }]), ...kinds].map((k) => ({ id: k.code, name: k.name }))} />
            </select>
          )}
        </Field>
        <div>
          <label htmlFor={`${uid}-date`} className={labelClass}>
            {t('date')}
          </label>
          <input
            id={`${uid}-date`}
            type="date"
            className={fieldClass}
            value={value.date}
            onChange={(e) => set({ date: e.target.value })}
            aria-invalid={!!errors.date}
            aria-describedby={[errors.date ? errorId('date') : null, futureDate ? `${uid}-date-warning` : null].filter(Boolean).join(' ') || undefined}
          />
          {futureDate && (
            <p id={`${uid}-date-warning`} role="status" className="mt-1 text-sm text-amber-800" data-testid="meeting-date-warning">
              {t('futureDate')}
            </p>
          )}
          {err('date')}
        </div>
        <TextField
          id={`${uid}-location`}
          label={t('location')}
          error={errors.location}
          className="sm:col-span-2"
          maxLength={MEETING_LIMITS.location}
          value={value.location}
          onValue={(location) => set({ location })}
        />
        {(['name', 'position'] as const).map((key) => (
          <TextField
            key={key}
            id={key === 'name' ? `${uid}-presider` : `${uid}-presider-position`}
            label={t(key === 'name' ? 'presider' : 'presiderPosition')}
            error={errors[`presider.${key}`]}
            maxLength={key === 'name' ? MEETING_LIMITS.person : MEETING_LIMITS.position}
            value={value.presider[key]}
            onValue={(text) => set({ presider: { ...value.presider, [key]: text } })}
          />
        ))}
        <TextField
          id={`${uid}-attendees`}
          label={t('attendees')}
          error={errors.attendees}
          className="sm:col-span-2"
          rows={2}
          maxLength={MEETING_LIMITS.attendees}
          value={value.attendees}
          onValue={(attendees) => set({ attendees })}
        />
      </div>

      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t('speeches')}</h3>
        {err('speeches')}
        {value.speeches.length === 0 && <p className="mt-1 text-sm text-slate-600">{t('noSpeeches')}</p>}
        <ol className="mt-2 space-y-4">
          {value.speeches.map((s, i) => {
            const n = i + 1;
            const path = savedIndex.has(s.id) ? `speeches.${savedIndex.get(s.id)}` : `unsaved.${s.id}`;
            return (
              <li key={s.id} className="rounded border border-slate-200 p-3" data-testid="speech-row" aria-label={t('speechN', { n })}>
                <div className="flex items-center justify-between gap-2">
                  <p className="text-sm font-semibold text-slate-700">{t('speechN', { n })}</p>
                  <div className="flex gap-1">
                    <RowButtons
                      focusKey={s.id}
                      first={i === 0}
                      last={i === value.speeches.length - 1}
                      labels={{ up: t('moveSpeechUp', { n }), down: t('moveSpeechDown', { n }), remove: t('removeSpeech', { n }) }}
                      onMove={(by) => moveSpeech(i, i + by, by < 0 ? 'up' : 'down')}
                      onRemove={() => removeSpeech(i)}
                    />
                  </div>
                </div>
                <div className="mt-2 grid gap-3 sm:grid-cols-2">
                  {SPEECH_FIELDS.map(({ key, label, max, wide, rows }) => (
                    <TextField
                      key={key}
                      id={`${uid}-${s.id}-${key}`}
                      focusKey={key === 'speaker' ? `${s.id}-speaker` : undefined}
                      label={t(label)}
                      error={errors[`${path}.${key}`]}
                      className={wide ? 'sm:col-span-2' : undefined}
                      rows={rows}
                      maxLength={max}
                      value={s[key]}
                      onValue={(text) => setSpeech(i, { [key]: text })}
                    />
                  ))}
                </div>
                <div className="mt-3">
                  <p className="text-sm font-medium text-slate-800">{t('keyTasks')}</p>
                  {err(`${path}.keyTasks`)}
                  <ol className="mt-1 space-y-2">
                    {s.keyTasks.map((task, j) => {
                      const m = j + 1;
                      const taskPath = savedIndex.has(task.id) ? `${path}.keyTasks.${savedIndex.get(task.id)}` : `unsaved.${task.id}`;
                      return (
                        <li key={task.id} className="flex items-start gap-2" data-testid="task-row">
                          <label htmlFor={`${uid}-${task.id}`} className="sr-only">
                            {t('taskN', { n: m, speech: n })}
                          </label>
                          <span aria-hidden="true" className="mt-2 w-6 shrink-0 text-right text-sm text-slate-500">
                            {m}.
                          </span>
                          <div className="min-w-0 flex-1">
                            <input
                              id={`${uid}-${task.id}`}
                              data-focus-key={`${task.id}-text`}
                              className={cn(fieldClass, 'mt-0')}
                              maxLength={MEETING_LIMITS.keyTask}
                              value={task.text}
                              onChange={(e) =>
                                setSpeech(i, { keyTasks: s.keyTasks.map((k, x) => (x === j ? { ...k, text: e.target.value } : k)) })
                              }
                              aria-invalid={!!errors[taskPath]}
                              aria-describedby={errors[taskPath] ? errorId(taskPath) : undefined}
                            />
                            {err(taskPath)}
                          </div>
                          <RowButtons
                            focusKey={task.id}
                            first={j === 0}
                            last={j === s.keyTasks.length - 1}
                            labels={{
                              up: t('moveTaskUp', { n: m, speech: n }),
                              down: t('moveTaskDown', { n: m, speech: n }),
                              remove: t('removeTask', { n: m, speech: n }),
                            }}
                            onMove={(by) => moveTask(i, j, j + by, by < 0 ? 'up' : 'down')}
                            onRemove={() => removeTask(i, j)}
                          />
                        </li>
                      );
                    })}
                  </ol>
                  <button
                    type="button"
                    data-focus-key={`${s.id}-add-task`}
                    onClick={() => addTask(i)}
                    disabled={s.keyTasks.length >= MEETING_LIMITS.keyTasks}
                    className="mt-2 inline-flex items-center gap-1 rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-50"
                  >
                    <Plus aria-hidden="true" className="size-4" />
                    {t('addTask', { speech: n })}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          data-focus-key="add-speech"
          onClick={addSpeech}
          disabled={value.speeches.length >= MEETING_LIMITS.speeches}
          className="mt-3 inline-flex items-center gap-1 rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50"
        >
          <Plus aria-hidden="true" className="size-4" />
          {t('addSpeech')}
        </button>
      </div>

      <TextField
        id={`${uid}-closing`}
        label={t('closingRemarks')}
        error={errors.closingRemarks}
        rows={2}
        maxLength={MEETING_LIMITS.closingRemarks}
        value={value.closingRemarks}
        onValue={(closingRemarks) => set({ closingRemarks })}
      />
      <TextField
        id={`${uid}-quotes`}
        label={t('quotes')}
        error={quoteError}
        hint={t('quotesHint')}
        rows={2}
        value={value.quotes.join('\n')}
        onValue={(text) => set({ quotes: text.split('\n') })}
      />
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3">
        <button
          type="button"
          onClick={onGenerate}
          className="inline-flex items-center gap-2 rounded bg-slate-800 px-3 py-2 text-sm font-medium text-white hover:bg-slate-900"
        >
          <Wand2 aria-hidden="true" className="size-4" />
          {t('generate')}
        </button>
        <p className="text-xs text-slate-600">{t('generateHint')}</p>
      </div>
    </fieldset>
  );
}
