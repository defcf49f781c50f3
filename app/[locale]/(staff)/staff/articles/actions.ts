'use server';

import { redirect } from 'next/navigation';
import { getLocale, getNow, getTimeZone, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { articleInputSchema, parseTagList, type ArticleInput } from '@/lib/article-fields';
import { getViewer } from '@/lib/auth/session';
import { createArticle, getArticleForEdit, restoreRevision, saveArticle, StaleVersionError } from '@/lib/dal/editor';
import { createMeetingSeries, MeetingKindError } from '@/lib/dal/meetings';
import { meetingWarnings, parseMeetingField, type MeetingData } from '@/lib/meeting';
import { AppError, publicMessage } from '@/lib/errors';
import { nameErrorMessage } from '../_lib/meeting-errors';
import { transitionArticle, WorkflowError } from '@/lib/dal/workflow';
import { htmlToText } from '@/lib/sanitize';
import { zonedTimeToUtc } from '@/lib/time';
import { COMMENT_MAX, WORKFLOW_ACTIONS, type WorkflowAction } from '@/lib/workflow';

// Every action is a public POST endpoint: each one reads the session itself, validates its
// input with zod and leaves the permission decision to lib/dal.

export type SaveState =
  | { status: 'saved'; id: number; version: number; savedAt: string; merged: boolean; warnings?: string[]; droppedSpeeches?: number }
  | {
      status: 'invalid';
      message: string;
      fieldErrors: Partial<Record<keyof ArticleInput, string[]>>;
      /** Errors of the meeting data, by path ("speeches.0.title"). */
      meetingErrors?: Record<string, string>;
    }
  | { status: 'conflict'; message: string; latest: { version: number; by: string; at: string } }
  | { status: 'unauthorized'; message: string }
  | { status: 'error'; message: string };

const ids = z.object({
  id: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().positive().optional()),
  baseVersion: z.coerce.number().int().min(0),
  autosave: z.preprocess((v) => v === '1' || v === 'true', z.boolean()),
});

function formFields(formData: FormData) {
  const text = (k: string) => {
    const v = formData.get(k);
    return typeof v === 'string' ? v : '';
  };
  return {
    title: text('title'),
    summary: text('summary'),
    body: text('body'),
    categoryId: text('categoryId'),
    sourceUnitId: text('sourceUnitId'),
    sourceText: text('sourceText'),
    language: text('language'),
    translationId: text('translationId'),
    seriesId: text('seriesId'),
    visibility: text('visibility'),
    pinned: text('pinned'),
    featured: text('featured'),
    mustRead: text('mustRead'),
    tags: parseTagList(text('tags')),
    coverKey: text('coverKey'),
    attachments: formData.getAll('attachments').filter((v): v is string => typeof v === 'string' && v !== ''),
  };
}

/** Saves the editor form: creates the draft on its first save, then saves working revisions. */
export async function saveArticleAction(formData: FormData): Promise<SaveState> {
  const t = await getTranslations('editorForm');
  const viewer = await getViewer();
  if (!viewer) return { status: 'unauthorized', message: t('sessionEnded') };

  const meta = ids.safeParse({
    id: formData.get('id'),
    baseVersion: formData.get('baseVersion') ?? '0',
    autosave: formData.get('autosave'),
  });
  if (!meta.success) return { status: 'error', message: t('badRequest') };
  const meeting = await parseMeeting(formData.get('meeting'));
  const parsed = articleInputSchema.safeParse(formFields(formData));
  if (!parsed.success || meeting.status === 'invalid') {
    if (parsed.success && meeting.status === 'invalid') {
      return { status: 'invalid', message: t('fixErrors'), fieldErrors: {}, meetingErrors: meeting.errors };
    }
    if (parsed.success) return { status: 'error', message: t('badRequest') };
    const raw = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
    const fieldErrors: Partial<Record<keyof ArticleInput, string[]>> = {};
    for (const [field, messages] of Object.entries(raw)) {
      if (!messages?.length) continue;
      fieldErrors[field as keyof ArticleInput] = messages.map((m) => fieldMessage(t, field, m));
    }
    return { status: 'invalid', message: t('fixErrors'), fieldErrors, meetingErrors: meeting.status === 'invalid' ? meeting.errors : undefined };
  }
  const meetingData = meeting.status === 'ok' ? meeting.meeting : undefined;

  try {
    const { id, baseVersion, autosave } = meta.data;
    const result = id
      ? await saveArticle({ viewer, id, baseVersion, fields: parsed.data, meeting: meetingData, autosave })
      : await createArticle({ viewer, fields: parsed.data, meeting: meetingData ?? null, autosave });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: await getTimeZone(), year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      await getNow(),
    );
    return {
      status: 'saved',
      ...result,
      savedAt: result.savedAt.toISOString(),
      warnings: meetingData ? meetingWarnings(meetingData, today) : [],
      droppedSpeeches: meeting.status === 'ok' ? meeting.dropped : 0,
    };
  } catch (error) {
    if (error instanceof StaleVersionError) {
      const { latest } = error;
      return {
        status: 'conflict',
        message: t('conflict', { name: latest.by, version: latest.version }),
        latest: { version: latest.version, by: latest.by, at: latest.at.toISOString() },
      };
    }
    if (error instanceof MeetingKindError) {
      const tm = await getTranslations('meetingEditor');
      return { status: 'invalid', message: t('fixErrors'), fieldErrors: {}, meetingErrors: { kind: tm('errors.kind') } };
    }
    if (error instanceof AppError && error.code === 'validation') {
      return { status: 'invalid', message: error.message, fieldErrors: {} };
    }
    if (!(error instanceof AppError)) console.error('saveArticleAction failed', error);
    return { status: 'error', message: publicMessage(error, t('saveFailed')) };
  }
}

type ParsedMeeting =
  | { status: 'absent' }
  | { status: 'ok'; meeting: MeetingData | null; dropped: number }
  | { status: 'invalid'; errors: Record<string, string> };

/** The meeting data field, read by lib/meeting, with its error codes put into words. */
async function parseMeeting(value: FormDataEntryValue | null): Promise<ParsedMeeting> {
  const result = parseMeetingField(value);
  if (result.status === 'absent') return result;
  if (result.status === 'ok') return { status: 'ok', meeting: result.meeting, dropped: result.droppedSpeeches };
  const tm = await getTranslations('meetingEditor');
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(result.errors)) {
    const [code, n] = message.split(':');
    errors[path] =
      code === 'too_long'
        ? tm('errors.tooLong', { max: Number(n) })
        : code === 'too_many'
          ? tm('errors.tooMany', { max: Number(n) })
          : code === 'date'
            ? tm('errors.date')
            : code === 'kind'
              ? tm('errors.kind')
              : code === 'too_big'
                ? tm('errors.tooBig')
                : code === 'unreadable'
                  ? tm('errors.unreadable')
                  : tm('errors.invalid');
  }
  return { status: 'invalid', errors };
}

export type CreateSeriesState = { status: 'created'; id: number; name: string } | { status: 'error'; message: string };

const seriesInput = z.object({
  nameEn: z.string().max(1000),
  nameZh: z.string().max(1000),
  unitId: z.preprocess((v) => (v === '' || v === null || v === undefined ? null : v), z.coerce.number().int().positive().nullable()),
});

/** Creates a meeting series from the editor, for the article's source unit. */
export async function createSeriesAction(input: { nameEn: string; nameZh: string; unitId: string }): Promise<CreateSeriesState> {
  const tm = await getTranslations('meetingEditor');
  const viewer = await getViewer();
  if (!viewer) return { status: 'error', message: tm('sessionEnded') };
  const parsed = seriesInput.safeParse(input);
  if (!parsed.success) return { status: 'error', message: tm('seriesFailed') };
  try {
    const created = await createMeetingSeries({ viewer, ...parsed.data });
    return { status: 'created', id: created.id, name: (await getLocale()) === 'zh' ? created.nameZh : created.nameEn };
  } catch (error) {
    if (error instanceof AppError) return { status: 'error', message: nameErrorMessage(tm, error.message, tm('seriesFailed')) };
    console.error('createSeriesAction failed', error);
    return { status: 'error', message: tm('seriesFailed') };
  }
}

function fieldMessage(t: Awaited<ReturnType<typeof getTranslations<'editorForm'>>>, field: string, message: string) {
  const [code, n] = message.split(':');
  if (code === 'required') return t('errors.required');
  if (code === 'too_long') return t('errors.tooLong', { max: Number(n) });
  if (code === 'too_many') return t('errors.tooMany', { max: Number(n) });
  if (field === 'categoryId') return t('errors.category');
  return t('errors.invalid');
}

export type LatestVersion = { version: number; by: string; at: string; title: string; summary: string; bodyText: string };

/** The latest saved version of an article, to compare with unsaved text after a conflict. */
export async function getLatestVersionAction(id: number): Promise<LatestVersion | null> {
  const viewer = await getViewer();
  const parsed = z.number().int().positive().safeParse(id);
  if (!viewer || !parsed.success) return null;
  try {
    const article = await getArticleForEdit({ viewer, id: parsed.data });
    return {
      version: article.version,
      by: article.lastSaved.by,
      at: article.lastSaved.at.toISOString(),
      title: article.fields.title,
      summary: article.fields.summary,
      bodyText: htmlToText(article.fields.body),
    };
  } catch {
    return null;
  }
}

export type RestoreState = { status: 'idle' | 'error'; message?: string };

const restoreInput = z.object({
  id: z.coerce.number().int().positive(),
  revisionId: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().min(0),
});

/** Restores an older revision as the new working revision. */
export async function restoreRevisionAction(_prev: RestoreState, formData: FormData): Promise<RestoreState> {
  const t = await getTranslations('history');
  const viewer = await getViewer();
  if (!viewer) return { status: 'error', message: t('sessionEnded') };
  const parsed = restoreInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', message: t('restoreFailed') };
  let version: number;
  try {
    version = (await restoreRevision({ viewer, ...parsed.data })).version;
  } catch (error) {
    if (error instanceof StaleVersionError) {
      return { status: 'error', message: t('restoreConflict', { name: error.latest.by }) };
    }
    if (!(error instanceof AppError)) console.error('restoreRevisionAction failed', error);
    return { status: 'error', message: publicMessage(error, t('restoreFailed')) };
  }
  redirect(`/staff/articles/${parsed.data.id}?restored=${version}`);
}

export type TransitionState = { status: 'idle' | 'done' | 'error'; message?: string; field?: 'comment' | 'publishAt' };

const transitionInput = z.object({
  id: z.coerce.number().int().positive(),
  action: z.enum(WORKFLOW_ACTIONS as [WorkflowAction, ...WorkflowAction[]]),
  baseVersion: z.coerce.number().int().min(0),
  comment: z.string().max(COMMENT_MAX * 2).optional(),
  publishAt: z.string().max(40).optional(),
  next: z.enum(['stay', 'staff']).optional(),
});

/** Moves an article through the workflow (submit, approve, publish, schedule, …). */
export async function transitionAction(_prev: TransitionState, formData: FormData): Promise<TransitionState> {
  const t = await getTranslations('workflow');
  const viewer = await getViewer();
  if (!viewer) return { status: 'error', message: t('errors.sessionEnded') };
  const parsed = transitionInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', message: t('errors.badRequest') };
  const { id, action, baseVersion, comment, publishAt: publishText, next } = parsed.data;
  let publishAt: Date | null = null;
  if (action === 'schedule') {
    publishAt = publishText ? zonedTimeToUtc(publishText, await getTimeZone()) : null;
    if (!publishAt) return { status: 'error', field: 'publishAt', message: t('errors.badTime') };
  }
  try {
    await transitionArticle({ viewer, id, action, baseVersion, comment, publishAt });
  } catch (error) {
    if (error instanceof WorkflowError) {
      const field = error.reason.startsWith('comment') ? 'comment' : error.reason.startsWith('schedule') ? 'publishAt' : undefined;
      return { status: 'error', field, message: t(`errors.${error.reason}`, { max: COMMENT_MAX }) };
    }
    if (!(error instanceof AppError)) console.error('transitionAction failed', error);
    return { status: 'error', message: publicMessage(error, t('errors.failed')) };
  }
  if (next === 'staff') redirect('/staff');
  return { status: 'done', message: t(`done.${action}`) };
}
