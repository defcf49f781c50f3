'use server';

import { getNow, getTimeZone, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { runAction } from '@/lib/actions';
import { articleInputSchema, inputFromForm, type ArticleInput } from '@/lib/article-fields';
import { restoreRevision, saveArticle, createArticle } from '@/lib/dal/article-save';
import { getArticleForEdit } from '@/lib/dal/editor';
import { createMeetingSeries } from '@/lib/dal/meetings';
import { transitionArticle } from '@/lib/dal/workflow';
import { ValidationError } from '@/lib/errors';
import { fieldErrors, InvalidInput, type FieldError, type FormState } from '@/lib/forms';
import { meetingWarnings, parseMeetingField } from '@/lib/meeting';
import { htmlToText } from '@/lib/sanitize';
import { zonedTimeToUtc } from '@/lib/time';
import { COMMENT_MAX, WORKFLOW_ACTIONS } from '@/lib/workflow';

// The article actions. Each goes through runAction (lib/actions.ts): the session is read,
// the input parsed with zod, and the permission decided by lib/dal.

/** The editor form's fields; errors of the meeting data are marked by path ("meeting.speeches.0.title"). */
export type SaveFields = ArticleInput & Record<`meeting.${string}`, unknown>;
export type SavedArticle = { id: number; version: number; savedAt: string; merged: boolean; warnings: string[]; droppedSpeeches: number };
export type SaveState = FormState<SaveFields, SavedArticle>;

const saveInput = z.object({
  id: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().positive().optional()),
  baseVersion: z.coerce.number().int().min(0),
  autosave: z.preprocess((v) => v === '1' || v === 'true', z.boolean()),
});

/** Saves the editor form: creates the draft on its first save, then saves working revisions. */
export async function saveArticleAction(formData: FormData): Promise<SaveState> {
  return runAction(
    {
      name: 'saveArticleAction',
      schema: saveInput,
      messages: { session_ended: 'editorForm.sessionEnded', bad_request: 'editorForm.badRequest', failed: 'editorForm.saveFailed' },
      fieldOf: (code) => (code === 'meeting_kind' ? 'meeting.kind' : undefined),
    },
    { id: formData.get('id'), baseVersion: formData.get('baseVersion') ?? '0', autosave: formData.get('autosave') },
    async ({ id, baseVersion, autosave }, viewer) => {
      const meeting = parseMeetingField(formData.get('meeting'));
      const parsed = articleInputSchema.safeParse(inputFromForm(formData));
      if (!parsed.success || meeting.status === 'invalid') {
        const meetingErrors = meeting.status === 'invalid' ? meeting.errors : {};
        throw new InvalidInput({
          ...(parsed.success ? {} : fieldErrors(parsed.error)),
          ...Object.fromEntries(Object.entries(meetingErrors).map(([path, e]): [string, FieldError[]] => [`meeting.${path}`, [e]])),
        });
      }
      const meetingData = meeting.status === 'ok' ? meeting.meeting : undefined;
      const result = id
        ? await saveArticle({ viewer, id, baseVersion, fields: parsed.data, meeting: meetingData, autosave })
        : await createArticle({ viewer, fields: parsed.data, meeting: meetingData ?? null, autosave });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: await getTimeZone(), year: 'numeric', month: '2-digit', day: '2-digit' }).format(
        await getNow(),
      );
      return {
        status: 'success',
        data: {
          id: result.id,
          version: result.version,
          merged: result.merged,
          savedAt: result.savedAt.toISOString(),
          warnings: meetingData ? meetingWarnings(meetingData, today) : [],
          droppedSpeeches: meeting.status === 'ok' ? meeting.droppedSpeeches : 0,
        },
      };
    },
  );
}

const seriesInput = z.object({
  nameEn: z.string().max(1000),
  nameZh: z.string().max(1000),
  unitId: z.preprocess((v) => (v === '' || v === null || v === undefined ? null : v), z.coerce.number().int().positive().nullable()),
});

export type CreateSeriesState = FormState<z.input<typeof seriesInput>, { id: number; name: string }>;

/** Creates a meeting series from the editor, for the article's source unit. */
export async function createSeriesAction(input: { nameEn: string; nameZh: string; unitId: string }): Promise<CreateSeriesState> {
  return runAction(
    {
      name: 'createSeriesAction',
      schema: seriesInput,
      messages: { session_ended: 'meetingEditor.sessionEnded', bad_request: 'meetingEditor.seriesFailed', failed: 'meetingEditor.seriesFailed' },
    },
    input,
    async (series, viewer, locale) => {
      const created = await createMeetingSeries({ viewer, ...series });
      return { status: 'success', data: { id: created.id, name: locale === 'zh' ? created.nameZh : created.nameEn } };
    },
  );
}

export type LatestVersion = { version: number; by: string; at: string; title: string; summary: string; bodyText: string };

/** The latest saved version of an article, to compare with unsaved text after a conflict. */
export async function getLatestVersionAction(id: number): Promise<FormState<Record<string, unknown>, LatestVersion>> {
  return runAction({ name: 'getLatestVersionAction', schema: z.number().int().positive() }, id, async (articleId, viewer) => {
    const article = await getArticleForEdit({ viewer, id: articleId });
    return {
      status: 'success',
      data: {
        version: article.version,
        by: article.lastSaved.by,
        at: article.lastSaved.at.toISOString(),
        title: article.fields.title,
        summary: article.fields.summary,
        bodyText: htmlToText(article.fields.body),
      },
    };
  });
}

const restoreInput = z.object({
  id: z.coerce.number().int().positive(),
  revisionId: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().min(0),
});

export type RestoreState = FormState<z.input<typeof restoreInput>>;

/** Restores an older revision as the new working revision. */
export async function restoreRevisionAction(_prev: RestoreState, formData: FormData): Promise<RestoreState> {
  return runAction(
    {
      name: 'restoreRevisionAction',
      schema: restoreInput,
      messages: {
        session_ended: 'history.sessionEnded',
        bad_request: 'history.restoreFailed',
        failed: 'history.restoreFailed',
        stale_version: 'history.restoreConflict',
      },
    },
    Object.fromEntries(formData),
    async (input, viewer) => {
      const { version, restoredVersion } = await restoreRevision({ viewer, ...input });
      return { redirect: `/staff/articles/${input.id}?restored=${restoredVersion}&as=${version}` };
    },
  );
}

const transitionInput = z.object({
  id: z.coerce.number().int().positive(),
  action: z.enum(WORKFLOW_ACTIONS),
  baseVersion: z.coerce.number().int().min(0),
  comment: z.string().max(COMMENT_MAX * 2).optional(),
  publishAt: z.string().max(40).optional(),
  next: z.enum(['stay', 'staff']).optional(),
});

export type TransitionState = FormState<z.input<typeof transitionInput>>;

/** Moves an article through the workflow (submit, approve, publish, schedule, …). */
export async function transitionAction(_prev: TransitionState, formData: FormData): Promise<TransitionState> {
  return runAction(
    {
      name: 'transitionAction',
      schema: transitionInput,
      messages: { session_ended: 'workflow.errors.sessionEnded', bad_request: 'workflow.errors.badRequest', failed: 'workflow.errors.failed' },
      fieldOf: (code) =>
        code === 'comment_required' || code === 'comment_too_long'
          ? 'comment'
          : code === 'schedule_past' || code === 'schedule_far' || code === 'bad_time'
            ? 'publishAt'
            : undefined,
    },
    Object.fromEntries(formData),
    async ({ id, action, baseVersion, comment, publishAt: publishText, next }, viewer, locale) => {
      let publishAt: Date | null = null;
      if (action === 'schedule') {
        publishAt = publishText ? zonedTimeToUtc(publishText, await getTimeZone()) : null;
        if (!publishAt) throw new ValidationError('bad_time');
      }
      await transitionArticle({ viewer, id, action, baseVersion, comment, publishAt });
      if (next === 'staff') return { redirect: '/staff' };
      return { status: 'success', message: (await getTranslations({ locale, namespace: 'workflow' }))(`done.${action}`) };
    },
  );
}
