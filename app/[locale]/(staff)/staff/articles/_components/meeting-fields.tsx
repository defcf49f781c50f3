'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { ArrowDown, ArrowUp, Plus, Trash2, Wand2 } from 'lucide-react';
import { emptyMeeting, MEETING_LIMITS, type MeetingData } from '@/lib/meeting';
import { cn } from '@/lib/utils';

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

  const input =
    'mt-1 block w-full rounded border border-slate-300 px-3 py-2 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600';
  const label = 'block text-sm font-medium text-slate-800';
  const iconButton =
    'inline-flex size-8 items-center justify-center rounded border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-40';
  const errorId = (path: string) => `${uid}-${path.replace(/\./g, '-')}-error`;
  const err = (path: string) =>
    errors[path] ? (
      <p id={errorId(path)} className="mt-1 text-sm text-red-700">
        {errors[path]}
      </p>
    ) : null;
  const a11y = (path: string) => ({
    'aria-invalid': !!errors[path],
    'aria-describedby': errors[path] ? errorId(path) : undefined,
  });
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
        <div className="sm:col-span-2">
          <label htmlFor={`${uid}-name`} className={label}>
            {t('name')}
          </label>
          <input id={`${uid}-name`} className={input} maxLength={MEETING_LIMITS.name} value={value.name} onChange={(e) => set({ name: e.target.value })} {...a11y('name')} />
          {err('name')}
        </div>
        <div>
          <label htmlFor={`${uid}-kind`} className={label}>
            {t('kind')}
          </label>
          <select id={`${uid}-kind`} className={input} value={value.kind} onChange={(e) => set({ kind: e.target.value })} {...a11y('kind')}>
            {!kinds.some((k) => k.code === value.kind) && <option value={value.kind}>{value.kind}</option>}
            {kinds.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
          {err('kind')}
        </div>
        <div>
          <label htmlFor={`${uid}-date`} className={label}>
            {t('date')}
          </label>
          <input
            id={`${uid}-date`}
            type="date"
            className={input}
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
        <div className="sm:col-span-2">
          <label htmlFor={`${uid}-location`} className={label}>
            {t('location')}
          </label>
          <input id={`${uid}-location`} className={input} maxLength={MEETING_LIMITS.location} value={value.location} onChange={(e) => set({ location: e.target.value })} {...a11y('location')} />
          {err('location')}
        </div>
        <div>
          <label htmlFor={`${uid}-presider`} className={label}>
            {t('presider')}
          </label>
          <input
            id={`${uid}-presider`}
            className={input}
            maxLength={MEETING_LIMITS.person}
            value={value.presider.name}
            onChange={(e) => set({ presider: { ...value.presider, name: e.target.value } })}
            {...a11y('presider.name')}
          />
          {err('presider.name')}
        </div>
        <div>
          <label htmlFor={`${uid}-presider-position`} className={label}>
            {t('presiderPosition')}
          </label>
          <input
            id={`${uid}-presider-position`}
            className={input}
            maxLength={MEETING_LIMITS.position}
            value={value.presider.position}
            onChange={(e) => set({ presider: { ...value.presider, position: e.target.value } })}
            {...a11y('presider.position')}
          />
          {err('presider.position')}
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${uid}-attendees`} className={label}>
            {t('attendees')}
          </label>
          <textarea id={`${uid}-attendees`} rows={2} className={input} maxLength={MEETING_LIMITS.attendees} value={value.attendees} onChange={(e) => set({ attendees: e.target.value })} {...a11y('attendees')} />
          {err('attendees')}
        </div>
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
                    <button
                      type="button"
                      className={iconButton}
                      aria-label={t('moveSpeechUp', { n })}
                      title={t('moveSpeechUp', { n })}
                      aria-disabled={i === 0}
                      data-focus-key={`${s.id}-up`}
                      onClick={() => moveSpeech(i, i - 1, 'up')}
                    >
                      <ArrowUp aria-hidden="true" className="size-4" />
                    </button>
                    <button
                      type="button"
                      className={iconButton}
                      aria-label={t('moveSpeechDown', { n })}
                      title={t('moveSpeechDown', { n })}
                      aria-disabled={i === value.speeches.length - 1}
                      data-focus-key={`${s.id}-down`}
                      onClick={() => moveSpeech(i, i + 1, 'down')}
                    >
                      <ArrowDown aria-hidden="true" className="size-4" />
                    </button>
                    <button type="button" className={iconButton} aria-label={t('removeSpeech', { n })} title={t('removeSpeech', { n })} onClick={() => removeSpeech(i)}>
                      <Trash2 aria-hidden="true" className="size-4" />
                    </button>
                  </div>
                </div>
                <div className="mt-2 grid gap-3 sm:grid-cols-2">
                  <div>
                    <label htmlFor={`${uid}-${s.id}-speaker`} className={label}>
                      {t('speaker')}
                    </label>
                    <input
                      id={`${uid}-${s.id}-speaker`}
                      data-focus-key={`${s.id}-speaker`}
                      className={input}
                      maxLength={MEETING_LIMITS.person}
                      value={s.speaker}
                      onChange={(e) => setSpeech(i, { speaker: e.target.value })}
                      {...a11y(`${path}.speaker`)}
                    />
                    {err(`${path}.speaker`)}
                  </div>
                  <div>
                    <label htmlFor={`${uid}-${s.id}-position`} className={label}>
                      {t('position')}
                    </label>
                    <input
                      id={`${uid}-${s.id}-position`}
                      className={input}
                      maxLength={MEETING_LIMITS.position}
                      value={s.position}
                      onChange={(e) => setSpeech(i, { position: e.target.value })}
                      {...a11y(`${path}.position`)}
                    />
                    {err(`${path}.position`)}
                  </div>
                  <div className="sm:col-span-2">
                    <label htmlFor={`${uid}-${s.id}-title`} className={label}>
                      {t('speechTitle')}
                    </label>
                    <input
                      id={`${uid}-${s.id}-title`}
                      className={input}
                      maxLength={MEETING_LIMITS.speechTitle}
                      value={s.title}
                      onChange={(e) => setSpeech(i, { title: e.target.value })}
                      {...a11y(`${path}.title`)}
                    />
                    {err(`${path}.title`)}
                  </div>
                  <div className="sm:col-span-2">
                    <label htmlFor={`${uid}-${s.id}-summary`} className={label}>
                      {t('summary')}
                    </label>
                    <textarea
                      id={`${uid}-${s.id}-summary`}
                      rows={3}
                      className={input}
                      maxLength={MEETING_LIMITS.summary}
                      value={s.summary}
                      onChange={(e) => setSpeech(i, { summary: e.target.value })}
                      {...a11y(`${path}.summary`)}
                    />
                    {err(`${path}.summary`)}
                  </div>
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
                              className={cn(input, 'mt-0')}
                              maxLength={MEETING_LIMITS.keyTask}
                              value={task.text}
                              onChange={(e) =>
                                setSpeech(i, { keyTasks: s.keyTasks.map((k, x) => (x === j ? { ...k, text: e.target.value } : k)) })
                              }
                              {...a11y(taskPath)}
                            />
                            {err(taskPath)}
                          </div>
                          <button
                            type="button"
                            className={iconButton}
                            aria-label={t('moveTaskUp', { n: m, speech: n })}
                            title={t('moveTaskUp', { n: m, speech: n })}
                            aria-disabled={j === 0}
                            data-focus-key={`${task.id}-up`}
                            onClick={() => moveTask(i, j, j - 1, 'up')}
                          >
                            <ArrowUp aria-hidden="true" className="size-4" />
                          </button>
                          <button
                            type="button"
                            className={iconButton}
                            aria-label={t('moveTaskDown', { n: m, speech: n })}
                            title={t('moveTaskDown', { n: m, speech: n })}
                            aria-disabled={j === s.keyTasks.length - 1}
                            data-focus-key={`${task.id}-down`}
                            onClick={() => moveTask(i, j, j + 1, 'down')}
                          >
                            <ArrowDown aria-hidden="true" className="size-4" />
                          </button>
                          <button
                            type="button"
                            className={iconButton}
                            aria-label={t('removeTask', { n: m, speech: n })}
                            title={t('removeTask', { n: m, speech: n })}
                            onClick={() => removeTask(i, j)}
                          >
                            <Trash2 aria-hidden="true" className="size-4" />
                          </button>
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

      <div>
        <label htmlFor={`${uid}-closing`} className={label}>
          {t('closingRemarks')}
        </label>
        <textarea id={`${uid}-closing`} rows={2} className={input} maxLength={MEETING_LIMITS.closingRemarks} value={value.closingRemarks} onChange={(e) => set({ closingRemarks: e.target.value })} {...a11y('closingRemarks')} />
        {err('closingRemarks')}
      </div>
      <div>
        <label htmlFor={`${uid}-quotes`} className={label}>
          {t('quotes')}
        </label>
        <textarea
          id={`${uid}-quotes`}
          rows={2}
          className={input}
          value={value.quotes.join('\n')}
          onChange={(e) => set({ quotes: e.target.value.split('\n') })}
          aria-describedby={[`${uid}-quotes-hint`, quoteError ? errorId('quotes') : null].filter(Boolean).join(' ')}
          aria-invalid={!!quoteError}
        />
        <p id={`${uid}-quotes-hint`} className="mt-1 text-xs text-slate-500">
          {t('quotesHint')}
        </p>
        {quoteError && (
          <p id={errorId('quotes')} className="mt-1 text-sm text-red-700">
            {quoteError}
          </p>
        )}
      </div>
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
