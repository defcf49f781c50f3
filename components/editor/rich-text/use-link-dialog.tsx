import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Editor } from '@tiptap/react';
import type { LiveStatusValue } from '@/components/ui/live-status';
import { LinkDialog, type LinkRequest } from './link-dialog';
import type { FocusReturn } from './use-focus-return';

/** Adding, editing and removing links through the link dialog (toolbar button or Ctrl/⌘+K). */
export function useLinkDialog(editor: Editor | null, focus: FocusReturn, setStatus: (status: LiveStatusValue) => void) {
  const t = useTranslations('editor');
  const [request, setRequest] = useState<LinkRequest | null>(null);

  const open = useCallback(() => {
    if (!editor) return;
    focus.remember();
    const href = (editor.getAttributes('link').href as string | undefined) ?? '';
    setRequest({ href, editing: href !== '', needsText: href === '' && editor.state.selection.empty });
  }, [editor, focus]);

  const close = (toEditor: boolean) => {
    setRequest(null);
    focus.restore(toEditor);
  };

  const apply = (href: string, text: string) => {
    if (!editor || !request) return;
    if (request.needsText) {
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: text.trim() || href, marks: [{ type: 'link', attrs: { href } }] })
        .unsetMark('link')
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    close(true);
  };

  const remove = () => {
    editor?.chain().focus().extendMarkRange('link').unsetLink().run();
    setStatus({ kind: 'info', text: t('linkRemoved') });
    close(true);
  };

  const dialog = request && (
    <LinkDialog key={`${request.href}-${request.needsText}`} request={request} onApply={apply} onRemove={remove} onCancel={() => close(false)} />
  );
  return { open, dialog };
}
