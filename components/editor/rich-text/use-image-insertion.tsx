import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Editor } from '@tiptap/react';
import type { LiveStatusValue } from '@/components/ui/live-status';
import { uploadErrorText } from '../upload-error';
import { AltDialog, type AltRequest } from './alt-dialog';
import type { FocusReturn } from './use-focus-return';

export type UploadedImage = { src: string; srcset: string; sizes: string; alt?: string };

/**
 * Images in the body: each file (picked, dropped or pasted) is uploaded, then described in
 * the image dialog before it is inserted; the description of a selected image can be
 * edited later. Progress and outcome go to the editor's status line.
 */
export function useImageInsertion(
  editor: Editor | null,
  focus: FocusReturn,
  setStatus: (status: LiveStatusValue) => void,
  uploadImage: (file: File) => Promise<UploadedImage>,
) {
  const t = useTranslations('editor');
  const [busy, setBusy] = useState(false);
  const [altRequest, setAltRequest] = useState<AltRequest | null>(null);
  const resolveAlt = useRef<((alt: string | null) => void) | null>(null);
  const upload = useRef(uploadImage);
  useEffect(() => {
    upload.current = uploadImage;
  });

  const requestAlt = useCallback(
    (request: AltRequest) => {
      focus.remember();
      return new Promise<string | null>((resolve) => {
        resolveAlt.current = resolve;
        setAltRequest(request);
      });
    },
    [focus],
  );

  const finishAlt = (alt: string | null) => {
    const resolve = resolveAlt.current;
    resolveAlt.current = null;
    setAltRequest(null);
    resolve?.(alt);
    focus.restore(alt !== null);
  };

  const insertImages = useCallback(
    async (files: File[], at?: number) => {
      if (!editor) return;
      for (const file of files) {
        if (!file.type.startsWith('image/')) {
          setStatus({ kind: 'error', text: t('notAnImage', { name: file.name }) });
          continue;
        }
        setBusy(true);
        setStatus({ kind: 'pending', text: t('uploading', { name: file.name }) });
        let uploaded: UploadedImage;
        try {
          uploaded = await upload.current(file);
        } catch (error) {
          setStatus({ kind: 'error', text: uploadErrorText(error, t('uploadFailed', { name: file.name })) });
          continue;
        } finally {
          setBusy(false);
        }
        setStatus(null);
        const alt = await requestAlt({ ...uploaded, alt: uploaded.alt ?? '', mode: 'insert' });
        if (alt === null) {
          setStatus({ kind: 'info', text: t('imageNotInserted') });
          continue;
        }
        const node = { type: 'image', attrs: { src: uploaded.src, srcset: uploaded.srcset, sizes: uploaded.sizes, alt } };
        const chain = editor.chain().focus();
        if (at === undefined) chain.insertContent(node).run();
        else chain.insertContentAt(Math.min(at, editor.state.doc.content.size), node).run();
        setStatus({ kind: 'info', text: t('imageInserted') });
      }
    },
    [editor, requestAlt, setStatus, t],
  );

  const editDescription = async () => {
    if (!editor || !editor.isActive('image')) return;
    const attrs = editor.getAttributes('image');
    const alt = await requestAlt({ src: attrs.src, srcset: attrs.srcset, sizes: attrs.sizes, alt: attrs.alt ?? '', mode: 'edit' });
    if (alt === null) return;
    editor.chain().focus().updateAttributes('image', { alt }).run();
    setStatus({ kind: 'info', text: t('descriptionSaved') });
  };

  const dialog = altRequest && <AltDialog request={altRequest} onDone={finishAlt} />;
  return { busy, insertImages, editDescription, dialog };
}
