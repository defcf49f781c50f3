import type { EditorView } from '@tiptap/pm/view';
import { cleanPastedHtml } from '@/lib/editor/clean-paste';

// What the body editor does with keys, pastes and drops, beyond what Tiptap does itself.

export type InputHandlers = {
  focusToolbar: () => void;
  openLink: () => void;
  insertImages: (files: File[], at?: number) => void;
};

export function imageFiles(list: FileList | null | undefined): File[] {
  return list ? Array.from(list) : [];
}

/**
 * ProseMirror props for the keyboard, the clipboard and drag and drop. `handlers` is read
 * on every event, so the editor never calls a stale closure.
 */
export function inputProps(handlers: { current: InputHandlers }) {
  return {
    // Word, Google Docs and web pages: keep the structure, drop their styling.
    transformPastedHTML: cleanPastedHtml,
    handleKeyDown: (_view: EditorView, event: KeyboardEvent) => {
      // Alt+F10 reaches the toolbar, as in other rich-text editors.
      if (event.altKey && event.key === 'F10') {
        event.preventDefault();
        handlers.current.focusToolbar();
        return true;
      }
      if ((event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        handlers.current.openLink();
        return true;
      }
      return false;
    },
    handlePaste: (_view: EditorView, event: ClipboardEvent) => {
      const data = event.clipboardData;
      const files = imageFiles(data?.files);
      if (!data || files.length === 0) return false;
      // Word and browsers put a picture of the copied selection next to its HTML: paste the HTML.
      const pastedHtml = data.getData('text/html');
      const onlyAnImage = !pastedHtml || /^\s*(?:<meta[^>]*>\s*)?<img\b[^>]*>\s*$/i.test(pastedHtml);
      if (data.getData('text/plain').trim() !== '' || !onlyAnImage) return false;
      event.preventDefault();
      handlers.current.insertImages(files);
      return true;
    },
    handleDrop: (view: EditorView, event: DragEvent, _slice: unknown, moved: boolean) => {
      const files = imageFiles(event.dataTransfer?.files);
      if (moved || files.length === 0) return false;
      event.preventDefault();
      handlers.current.insertImages(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
      return true;
    },
  };
}
