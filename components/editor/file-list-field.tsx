'use client';

import { useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ArrowDown, ArrowUp, FileText, ImagePlus, LoaderCircle, Paperclip, Trash2, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { LiveStatus, type LiveStatusValue } from '@/components/ui/live-status';
import { formatFileSize } from '@/lib/editor/file-size';
import { uploadErrorText } from './upload-error';
import { useFormReset } from './use-form-reset';

export type FileRef = { key: string; name: string; size: number; mime: string; url: string; thumbnail?: string };

export type FileListFieldProps = {
  /** Form field name: one hidden input per key, in order ('attachments'), or a single one ('cover'). */
  name: string;
  label: string;
  mode: 'attachments' | 'cover';
  defaultFiles: FileRef[];
  /** Stores a file and returns its reference; a thrown Error's message is shown. */
  upload: (file: File) => Promise<FileRef>;
  /** Most attachments allowed; ignored for 'cover' (always one). */
  max?: number;
  describedBy?: string;
};

const signature = (files: FileRef[]) => files.map((file) => file.key).join('\n');

/**
 * Attachments (ordered list with move and remove) or a cover image (preview, replace,
 * remove). The chosen keys submit with the form as hidden inputs; uploads happen at once
 * through `upload`, so the form never posts file bodies.
 */
export function FileListField({ name, label, mode, defaultFiles, upload, max, describedBy }: FileListFieldProps) {
  const t = useTranslations('editor.files');
  const locale = useLocale();
  const cover = mode === 'cover';
  const limit = cover ? 1 : max;

  const [files, setFiles] = useState(defaultFiles);
  const [pending, setPending] = useState<string[]>([]);
  const [status, setStatus] = useState<LiveStatusValue>(null);
  // New defaultFiles (a restored revision, a server round trip) replace the list; adjusting
  // state while rendering is React's pattern for this, rather than an effect.
  const [seenDefaults, setSeenDefaults] = useState(signature(defaultFiles));
  if (signature(defaultFiles) !== seenDefaults) {
    setSeenDefaults(signature(defaultFiles));
    setFiles(defaultFiles);
  }

  const groupRef = useRef<HTMLFieldSetElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    const selector = focusAfterRender.current;
    focusAfterRender.current = null;
    if (!selector) return;
    const target = groupRef.current?.querySelector<HTMLElement>(selector);
    (target ?? addRef.current)?.focus();
  }, [files]);

  // Form reset (including React's reset after a successful action) restores the defaults.
  useFormReset(groupRef, () => {
    setFiles(defaultFiles);
    setStatus(null);
  });

  const addFiles = async (chosen: File[]) => {
    let count = files.length;
    for (const file of chosen) {
      if (cover && !file.type.startsWith('image/')) {
        setStatus({ kind: 'error', text: t('notAnImage', { name: file.name }) });
        continue;
      }
      if (!cover && limit !== undefined && count >= limit) {
        setStatus({ kind: 'error', text: t('tooMany', { max: limit, name: file.name }) });
        break;
      }
      count += 1;
      setPending((list) => [...list, file.name]);
      setStatus({ kind: 'info', text: t('uploading', { name: file.name }) });
      try {
        const stored = await upload(file);
        setFiles((list) => (cover ? [stored] : [...list, stored]));
        setStatus({ kind: 'info', text: t('uploaded', { name: stored.name }) });
      } catch (error) {
        count -= 1;
        setStatus({ kind: 'error', text: uploadErrorText(error, t('failed', { name: file.name })) });
      } finally {
        setPending((list) => {
          const index = list.indexOf(file.name);
          return index < 0 ? list : [...list.slice(0, index), ...list.slice(index + 1)];
        });
      }
    }
  };

  const remove = (index: number) => {
    const file = files[index];
    const next = files.filter((_, i) => i !== index);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusAfterRender.current = neighbour ? `[data-remove="${CSS.escape(neighbour.key)}"]` : '[data-add]';
    setFiles(next);
    setStatus({ kind: 'info', text: cover ? t('coverRemoved') : t('removed', { name: file.name }) });
  };

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= files.length) return;
    const next = [...files];
    const [file] = next.splice(index, 1);
    next.splice(target, 0, file);
    // Keep focus on the same button unless the item reached the end it was moving towards.
    const atEnd = by < 0 ? target === 0 : target === next.length - 1;
    const direction = atEnd === by < 0 ? 'down' : 'up';
    focusAfterRender.current = `[data-move="${direction}"][data-key="${CSS.escape(file.key)}"]`;
    setFiles(next);
    setStatus({ kind: 'info', text: t('moved', { name: file.name, position: target + 1, count: next.length }) });
  };

  const full = !cover && limit !== undefined && files.length + pending.length >= limit;
  const statusId = `${name}-files-status`;
  const current = files[0];

  return (
    <fieldset
      ref={groupRef}
      aria-describedby={[statusId, describedBy].filter(Boolean).join(' ')}
      className="min-w-0 space-y-2"
    >
      <legend className="mb-1 text-sm font-medium text-slate-800">{label}</legend>

      {cover ? (
        <input type="hidden" name={name} value={current?.key ?? ''} />
      ) : (
        files.map((file) => <input key={file.key} type="hidden" name={name} value={file.key} />)
      )}

      {cover ? (
        current ? (
          <figure className="overflow-hidden rounded-md border border-slate-200 bg-white">
            {/* eslint-disable-next-line @next/next/no-img-element -- a preview of an uploaded file at its stored URL */}
            <img
              src={current.thumbnail ?? current.url}
              alt={t('coverPreview', { name: current.name })}
              className="aspect-video w-full bg-slate-100 object-cover"
            />
            <figcaption className="flex items-center gap-2 px-3 py-2 text-sm">
              <span className="min-w-0 flex-1 truncate" title={current.name}>
                {current.name}
              </span>
              <span className="shrink-0 text-xs text-slate-500">{formatFileSize(current.size, locale)}</span>
            </figcaption>
          </figure>
        ) : (
          <p className="flex aspect-video items-center justify-center rounded-md border border-dashed border-slate-300 bg-slate-50 text-sm text-slate-500">
            {t('noCover')}
          </p>
        )
      ) : files.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-3 text-sm text-slate-500">{t('empty')}</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
          {files.map((file, index) => (
            <li key={file.key} className="flex items-center gap-2 px-2 py-1.5 text-sm">
              {file.thumbnail ? (
                // eslint-disable-next-line @next/next/no-img-element -- a small preview at its stored URL
                <img src={file.thumbnail} alt="" className="size-8 shrink-0 rounded object-cover" />
              ) : (
                <FileText aria-hidden="true" className="size-5 shrink-0 text-slate-400" />
              )}
              <span className="min-w-0 flex-1">
                <a
                  href={file.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="block truncate text-brand-700 hover:underline"
                  title={file.name}
                >
                  {file.name}
                </a>
                <span className="block text-xs text-slate-500">{formatFileSize(file.size, locale)}</span>
              </span>
              <IconButton
                label={t('moveUp', { name: file.name })}
                disabled={index === 0}
                data-move="up"
                data-key={file.key}
                onClick={() => move(index, -1)}
              >
                <ArrowUp aria-hidden="true" className="size-4" />
              </IconButton>
              <IconButton
                label={t('moveDown', { name: file.name })}
                disabled={index === files.length - 1}
                data-move="down"
                data-key={file.key}
                onClick={() => move(index, 1)}
              >
                <ArrowDown aria-hidden="true" className="size-4" />
              </IconButton>
              <IconButton label={t('remove', { name: file.name })} data-remove={file.key} tone="danger" onClick={() => remove(index)}>
                <X aria-hidden="true" className="size-4" />
              </IconButton>
            </li>
          ))}
        </ol>
      )}

      <div className="flex flex-wrap items-center gap-2">
        <Button
          ref={addRef}
          size="sm"
          data-add=""
          aria-disabled={full || undefined}
          onClick={() => {
            if (!full) inputRef.current?.click();
          }}
         
        >
          {cover ? <ImagePlus aria-hidden="true" className="size-4" /> : <Paperclip aria-hidden="true" className="size-4" />}
          {cover ? (current ? t('replaceCover') : t('chooseCover')) : t('add')}
        </Button>
        {cover && current && (
          <Button variant="danger" size="sm" onClick={() => remove(0)}>
            <Trash2 aria-hidden="true" className="size-4" />
            {t('removeCover')}
          </Button>
        )}
        {!cover && (
          <span className="text-xs text-slate-500">
            {t('count', { count: files.length })}
            {limit !== undefined && ` · ${t('limit', { max: limit })}`}
          </span>
        )}
        <input
          ref={inputRef}
          type="file"
          hidden
          tabIndex={-1}
          multiple={!cover}
          accept={cover ? 'image/*' : undefined}
          onChange={(event) => {
            const chosen = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = '';
            if (chosen.length > 0) void addFiles(chosen);
          }}
        />
      </div>

      {pending.length > 0 && (
        <ul className="space-y-1 text-sm text-slate-600" aria-hidden="true">
          {pending.map((fileName, index) => (
            <li key={`${fileName}-${index}`} className="flex items-center gap-2">
              <LoaderCircle className="size-4 animate-spin" />
              <span className="truncate">{t('uploading', { name: fileName })}</span>
            </li>
          ))}
        </ul>
      )}
      <LiveStatus id={statusId} status={status} />
    </fieldset>
  );
}
