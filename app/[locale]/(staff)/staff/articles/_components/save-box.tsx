'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { Eye, History, Save } from 'lucide-react';
import type { useArticleSave } from './use-article-save';
import { WorkflowPanel, type WorkflowPanelProps } from './workflow-panel';

/**
 * Beside the editor: where the article stands and when it was saved, the save button, the
 * preview and history, and the workflow, which saves pending edits before a move.
 */
export function SaveBox({
  saving,
  hasLive,
  workflow,
}: {
  saving: ReturnType<typeof useArticleSave>;
  hasLive: boolean;
  workflow?: WorkflowPanelProps;
}) {
  const t = useTranslations('editorForm');
  const tStatus = useTranslations('status');
  const format = useFormatter();
  const router = useRouter();
  const { id, lastSaved, save } = saving;
  const link = 'inline-flex items-center gap-1 rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-50';
  return (
    <>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <p className="text-sm text-slate-700" data-testid="article-status">
          {t('statusLine', { status: tStatus(saving.status as 'draft') })}
          {hasLive && ` · ${t('liveStays')}`}
        </p>
        <p className="mt-1 text-sm text-slate-600" aria-live="polite" data-testid="save-status">
          {saving.saving
            ? t('saving')
            : saving.dirty
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
            disabled={saving.saving}
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
                  if (!saving.dirty) return;
                  event.preventDefault();
                  if (await save({ autosave: false })) router.push(`/staff/articles/${id}/preview`);
                }}
                className={link}
              >
                <Eye aria-hidden="true" className="size-4" />
                {t('preview')}
              </Link>
              <Link href={`/staff/articles/${id}/history`} className={link}>
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
          version={saving.version}
          beforeMove={async () => {
            if (saving.changedSinceSave() && !(await save({ autosave: false }))) return null;
            return saving.versionRef.current;
          }}
        />
      )}
    </>
  );
}
