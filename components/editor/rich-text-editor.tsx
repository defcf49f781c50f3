'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { EditorContent } from '@tiptap/react';
import { LiveStatus, type LiveStatusValue } from '@/components/ui/live-status';
import { cn } from '@/lib/utils';
import { imageFiles, type InputHandlers } from './rich-text/input-handlers';
import { Toolbar } from './rich-text/toolbar';
import { useBodyEditor } from './rich-text/use-body-editor';
import { useFocusReturn } from './rich-text/use-focus-return';
import { useImageInsertion, type UploadedImage } from './rich-text/use-image-insertion';
import { useIsApple } from './rich-text/use-is-apple';
import { useLinkDialog } from './rich-text/use-link-dialog';

export type { UploadedImage };

export type RichTextEditorProps = {
  /** Id of the editable surface, for error summaries and aria references. */
  id: string;
  /** Form field name of the hidden input that carries the HTML. */
  name: string;
  label: string;
  /** Initial HTML. A later, different value replaces the content (e.g. a restored revision). */
  defaultValue: string;
  /** Bumped to replace the content with defaultValue even when it has not changed (a regenerated body). */
  contentVersion?: number;
  onChange?: (html: string) => void;
  describedBy?: string;
  invalid?: boolean;
  /** Stores an image and returns its responsive sources; a thrown Error's message is shown. */
  uploadImage: (file: File) => Promise<UploadedImage>;
};

/**
 * The article body editor: Tiptap with the formats lib/sanitize.ts keeps (rich-text/
 * extensions.ts), an accessible toolbar (toolbar.tsx), link and image-description dialogs,
 * image upload by picker, drop or paste (input-handlers.ts), and a hidden input so the
 * HTML submits with an ordinary form (use-body-editor.ts).
 */
export function RichTextEditor({
  id,
  name,
  label,
  defaultValue,
  contentVersion = 0,
  onChange,
  describedBy,
  invalid = false,
  uploadImage,
}: RichTextEditorProps) {
  const t = useTranslations('editor');
  const isApple = useIsApple();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const [status, setStatus] = useState<LiveStatusValue>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const hiddenRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  // ProseMirror's key, paste and drop handlers call these through a ref, never a stale closure.
  const handlers = useRef<InputHandlers>({ focusToolbar: () => {}, openLink: () => {}, insertImages: () => {} });

  const { editor, html } = useBodyEditor({
    id,
    labelId,
    describedBy: [hintId, describedBy].filter(Boolean).join(' '),
    invalid,
    defaultValue,
    contentVersion,
    onChange,
    handlers,
    hiddenRef,
  });
  const focus = useFocusReturn(editor);
  const link = useLinkDialog(editor, focus, setStatus);
  const images = useImageInsertion(editor, focus, setStatus, uploadImage);

  useEffect(() => {
    handlers.current = {
      focusToolbar: () => toolbarRef.current?.querySelector<HTMLElement>('[data-toolbar-item][tabindex="0"]')?.focus(),
      openLink: link.open,
      insertImages: (files, at) => void images.insertImages(files, at),
    };
  });

  return (
    <div className="space-y-1.5">
      <div id={labelId} className="text-sm font-medium text-slate-800" onClick={() => editor?.commands.focus()}>
        {label}
      </div>
      <div
        className={cn(
          'rounded-md border bg-white shadow-sm transition-shadow focus-within:ring-2',
          invalid ? 'border-red-600 focus-within:ring-red-600/30' : 'border-slate-300 focus-within:border-brand-600 focus-within:ring-brand-600/30',
        )}
      >
        <Toolbar
          editor={editor}
          controls={id}
          toolbarRef={toolbarRef}
          isApple={isApple}
          busy={images.busy}
          onLink={link.open}
          onImage={() => fileRef.current?.click()}
          onImageDescription={() => void images.editDescription()}
        />
        {editor ? (
          <EditorContent editor={editor} />
        ) : (
          <div className="prose-body min-h-64 px-4 py-3 text-slate-400 sm:px-5">{t('loading')}</div>
        )}
      </div>
      <p id={hintId} className="text-xs text-slate-500">
        {t('hint', { mod: isApple ? '⌘' : 'Ctrl' })}
      </p>
      <LiveStatus id={`${id}-status`} status={status} />
      <input ref={hiddenRef} type="hidden" name={name} value={html} />
      <input
        ref={fileRef}
        type="file"
        accept="image/*"
        multiple
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = imageFiles(event.currentTarget.files);
          event.currentTarget.value = '';
          if (files.length > 0) void images.insertImages(files);
        }}
      />
      {link.dialog}
      {images.dialog}
    </div>
  );
}
