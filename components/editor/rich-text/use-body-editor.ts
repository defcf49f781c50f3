import { useEffect, useRef, useState, type RefObject } from 'react';
import { useEditor } from '@tiptap/react';
import { cn } from '@/lib/utils';
import { useFormReset } from '../use-form-reset';
import { EXTENSIONS, serialize } from './extensions';
import { inputProps, type InputHandlers } from './input-handlers';

type Options = {
  id: string;
  labelId: string;
  /** Ids of the hint and anything else that describes the body. */
  describedBy: string;
  invalid: boolean;
  defaultValue: string;
  contentVersion: number;
  onChange?: (html: string) => void;
  handlers: { current: InputHandlers };
  /** The hidden input that submits the HTML; its form's reset restores defaultValue. */
  hiddenRef: RefObject<HTMLInputElement | null>;
};

/**
 * The Tiptap editor of the article body and the HTML it submits. A different defaultValue
 * (a restored revision, a server round trip), a bumped contentVersion (a regenerated body)
 * and a form reset replace the content; the parent echoing our own onChange does not.
 */
export function useBodyEditor({ id, labelId, describedBy, invalid, defaultValue, contentVersion, onChange, handlers, hiddenRef }: Options) {
  const [html, setHtml] = useState(defaultValue);
  // Last HTML this editor emitted and last defaultValue it applied, to tell a new
  // defaultValue from the parent echoing our own onChange.
  const emittedRef = useRef(defaultValue);
  const appliedRef = useRef(defaultValue);
  const appliedVersionRef = useRef(contentVersion);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const editor = useEditor({
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    extensions: EXTENSIONS,
    content: defaultValue,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': describedBy,
        'aria-invalid': invalid ? 'true' : 'false',
        spellcheck: 'true',
        // The global :focus-visible outline is unlayered CSS; the frame shows focus instead.
        style: 'outline: none',
        class: cn(
          'prose-body min-h-64 px-4 py-3 sm:px-5',
          '[&_.tableWrapper]:overflow-x-auto [&_th]:bg-slate-100 [&_.selectedCell]:bg-brand-100',
          '[&_hr]:my-6 [&_hr]:border-slate-300 [&_hr.ProseMirror-selectednode]:border-brand-600',
          '[&_img.ProseMirror-selectednode]:ring-4 [&_img.ProseMirror-selectednode]:ring-brand-600',
          '[&_a]:cursor-text',
        ),
      },
      ...inputProps(handlers),
    },
    onUpdate: ({ editor: current }) => {
      const next = serialize(current);
      emittedRef.current = next;
      setHtml(next);
      onChangeRef.current?.(next);
    },
  });

  useEffect(() => {
    const forced = contentVersion !== appliedVersionRef.current;
    if (!forced && defaultValue === appliedRef.current) return;
    if (!editor && forced) return;
    appliedVersionRef.current = contentVersion;
    appliedRef.current = defaultValue;
    if (!forced && defaultValue === emittedRef.current) return;
    emittedRef.current = defaultValue;
    editor?.commands.setContent(defaultValue, { emitUpdate: false });
    setHtml(defaultValue);
  }, [editor, defaultValue, contentVersion]);

  useFormReset(
    hiddenRef,
    () => {
      if (!editor) return;
      appliedRef.current = defaultValue;
      emittedRef.current = defaultValue;
      editor.commands.setContent(defaultValue, { emitUpdate: false });
      setHtml(defaultValue);
      onChangeRef.current?.(defaultValue);
    },
    !!editor,
  );

  return { editor, html };
}
