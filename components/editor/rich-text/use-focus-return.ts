import { useMemo, useRef } from 'react';
import type { Editor } from '@tiptap/react';

/**
 * Where focus goes when one of the editor's dialogs closes: back to the text after an
 * action took effect, otherwise back where it was (a toolbar button), or to the text when
 * that element is gone.
 */
export function useFocusReturn(editor: Editor | null) {
  const returnTo = useRef<HTMLElement | null>(null);
  return useMemo(
    () => ({
      remember() {
        returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      },
      restore(toEditor: boolean) {
        const target = returnTo.current;
        returnTo.current = null;
        // After React has removed the modal dialog: until then everything outside it is inert.
        setTimeout(() => {
          if (toEditor || !target?.isConnected || target.classList.contains('ProseMirror')) editor?.commands.focus();
          else target.focus();
        }, 0);
      },
    }),
    [editor],
  );
}

export type FocusReturn = ReturnType<typeof useFocusReturn>;
