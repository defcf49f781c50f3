'use client';

import {
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from 'react';
import { useTranslations } from 'next-intl';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import {
  BetweenHorizontalEnd,
  BetweenVerticalEnd,
  Bold,
  CircleAlert,
  Grid2x2X,
  Heading2,
  Heading3,
  ImagePlus,
  Italic,
  Link as LinkIcon,
  List,
  ListOrdered,
  LoaderCircle,
  Minus,
  Quote,
  Redo2,
  ScanText,
  Strikethrough,
  Table as TableIcon,
  TableColumnsSplit,
  TableRowsSplit,
  Underline,
  Undo2,
  type LucideIcon,
} from 'lucide-react';
import { cleanPastedHtml } from '@/lib/editor/clean-paste';
import { isAllowedLinkUrl, normalizeLinkInput } from '@/lib/editor/links';
import { cn } from '@/lib/utils';

export type UploadedImage = { src: string; srcset: string; sizes: string; alt?: string };

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

// The Image extension only knows src, alt, title, width and height; uploads come with
// responsive sources that lib/sanitize.ts keeps, so the schema must keep them too.
const ResponsiveImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      srcset: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('srcset'),
        renderHTML: (attributes: Record<string, unknown>) => (attributes.srcset ? { srcset: attributes.srcset } : {}),
      },
      sizes: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('sizes'),
        renderHTML: (attributes: Record<string, unknown>) => (attributes.sizes ? { sizes: attributes.sizes } : {}),
      },
    };
  },
});

// Module-level so the editor never sees a new extension list on re-render.
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    link: {
      openOnClick: false,
      defaultProtocol: 'https',
      // rel and target for external links are added by lib/sanitize.ts when the body is saved.
      HTMLAttributes: { rel: null, target: null },
      isAllowedUri: (url) => isAllowedLinkUrl(url),
    },
  }),
  ResponsiveImage.configure({ inline: false, allowBase64: false }),
  Table.configure({ resizable: false }),
  TableRow,
  TableHeader,
  TableCell,
];

type Marks = {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  h2: boolean;
  h3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  image: boolean;
  table: boolean;
  canUndo: boolean;
  canRedo: boolean;
  canAddRow: boolean;
  canAddColumn: boolean;
  canDeleteRow: boolean;
  canDeleteColumn: boolean;
  canDeleteTable: boolean;
};

function readMarks(editor: Editor): Marks {
  const can = editor.can();
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    strike: editor.isActive('strike'),
    h2: editor.isActive('heading', { level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    link: editor.isActive('link'),
    image: editor.isActive('image'),
    table: editor.isActive('table'),
    canUndo: can.undo(),
    canRedo: can.redo(),
    canAddRow: can.addRowAfter(),
    canAddColumn: can.addColumnAfter(),
    canDeleteRow: can.deleteRow(),
    canDeleteColumn: can.deleteColumn(),
    canDeleteTable: can.deleteTable(),
  };
}

/** What the form submits: an empty document is an empty string, so "required" checks work. */
function serialize(editor: Editor): string {
  return editor.isEmpty ? '' : editor.getHTML();
}

const noSubscription = () => () => {};
function useIsApple() {
  return useSyncExternalStore(
    noSubscription,
    () => /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent),
    () => false,
  );
}

function imageFiles(list: FileList | null | undefined): File[] {
  return list ? Array.from(list) : [];
}

type Status = { kind: 'info' | 'pending' | 'error'; text: string } | null;
type Handlers = Pick<RichTextEditorProps, 'onChange' | 'uploadImage' | 'defaultValue'> & {
  openLink: () => void;
  focusToolbar: () => void;
  insertImages: (files: File[], at?: number) => void;
};
type LinkRequest = { href: string; editing: boolean; needsText: boolean };
type AltRequest = { src: string; srcset?: string; sizes?: string; alt: string; mode: 'insert' | 'edit' };

/**
 * The article body editor: Tiptap with the formats lib/sanitize.ts keeps, an accessible
 * toolbar, link and image-description dialogs, image upload by picker, drop or paste, and
 * a hidden input so the HTML submits with an ordinary form.
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
  const mod = isApple ? '⌘' : 'Ctrl';
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;

  const [html, setHtml] = useState(defaultValue);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [linkRequest, setLinkRequest] = useState<LinkRequest | null>(null);
  const [altRequest, setAltRequest] = useState<AltRequest | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);

  const toolbarRef = useRef<HTMLDivElement>(null);
  const hiddenRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const altResolverRef = useRef<((alt: string | null) => void) | null>(null);
  // Last HTML this component emitted and last defaultValue it applied, to tell a new
  // defaultValue (restore a revision) from the parent echoing our own onChange.
  const emittedRef = useRef(defaultValue);
  const appliedRef = useRef(defaultValue);
  const appliedVersionRef = useRef(contentVersion);
  // Handlers read from a ref so that ProseMirror's props never call a stale closure.
  const latest = useRef<Handlers>({
    onChange,
    uploadImage,
    defaultValue,
    openLink: () => {},
    focusToolbar: () => {},
    insertImages: () => {},
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
        'aria-describedby': [hintId, describedBy].filter(Boolean).join(' '),
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
      transformPastedHTML: cleanPastedHtml,
      handleKeyDown: (_view, event) => {
        if (event.altKey && event.key === 'F10') {
          event.preventDefault();
          latest.current.focusToolbar();
          return true;
        }
        if ((event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          latest.current.openLink();
          return true;
        }
        return false;
      },
      handlePaste: (_view, event) => {
        const data = event.clipboardData;
        const files = imageFiles(data?.files);
        if (!data || files.length === 0) return false;
        // Word and browsers put a picture of the copied selection next to its HTML: paste the HTML.
        const pastedHtml = data.getData('text/html');
        const onlyAnImage = !pastedHtml || /^\s*(?:<meta[^>]*>\s*)?<img\b[^>]*>\s*$/i.test(pastedHtml);
        if (data.getData('text/plain').trim() !== '' || !onlyAnImage) return false;
        event.preventDefault();
        latest.current.insertImages(files);
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = imageFiles(event.dataTransfer?.files);
        if (moved || files.length === 0) return false;
        event.preventDefault();
        latest.current.insertImages(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
        return true;
      },
    },
    onUpdate: ({ editor: current }) => {
      const next = serialize(current);
      emittedRef.current = next;
      setHtml(next);
      latest.current.onChange?.(next);
    },
  });

  const marks = useEditorState({
    editor,
    selector: ({ editor: current }) => (current ? readMarks(current) : null),
  });

  const focusToolbar = useCallback(() => {
    toolbarRef.current?.querySelector<HTMLElement>('[data-toolbar-item][tabindex="0"]')?.focus();
  }, []);

  const openLink = useCallback(() => {
    if (!editor) return;
    returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const href = (editor.getAttributes('link').href as string | undefined) ?? '';
    setLinkRequest({ href, editing: href !== '', needsText: href === '' && editor.state.selection.empty });
  }, [editor]);

  const requestAlt = useCallback((request: AltRequest) => {
    returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return new Promise<string | null>((resolve) => {
      altResolverRef.current = resolve;
      setAltRequest(request);
    });
  }, []);

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
          uploaded = await latest.current.uploadImage(file);
        } catch (error) {
          const message = error instanceof Error && error.message ? error.message : t('uploadFailed', { name: file.name });
          setStatus({ kind: 'error', text: message });
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
    [editor, requestAlt, t],
  );

  useEffect(() => {
    latest.current = { onChange, uploadImage, defaultValue, openLink, focusToolbar, insertImages: (f, at) => void insertImages(f, at) };
  });

  // A different defaultValue (a restored revision, a server round trip) replaces the content.
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

  // Form reset (including React's reset after a successful form action) restores defaultValue.
  useEffect(() => {
    const form = hiddenRef.current?.form;
    if (!form || !editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onReset = () => {
      // After the reset and React's commit, so the newest defaultValue prop has been seen.
      timer = setTimeout(() => {
        const value = latest.current.defaultValue;
        appliedRef.current = value;
        emittedRef.current = value;
        editor.commands.setContent(value, { emitUpdate: false });
        setHtml(value);
        latest.current.onChange?.(value);
      }, 0);
    };
    form.addEventListener('reset', onReset);
    return () => {
      form.removeEventListener('reset', onReset);
      clearTimeout(timer);
    };
  }, [editor]);

  const closeDialog = (toEditor: boolean) => {
    const target = returnFocusRef.current;
    returnFocusRef.current = null;
    // After React has removed the modal dialog: until then everything outside it is inert.
    setTimeout(() => {
      if (toEditor || !target?.isConnected || target.classList.contains('ProseMirror')) editor?.commands.focus();
      else target.focus();
    }, 0);
  };

  const applyLink = (href: string, text: string) => {
    if (!editor || !linkRequest) return;
    if (linkRequest.needsText) {
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: text.trim() || href, marks: [{ type: 'link', attrs: { href } }] })
        .unsetMark('link')
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    setLinkRequest(null);
    closeDialog(true);
  };

  const removeLink = () => {
    editor?.chain().focus().extendMarkRange('link').unsetLink().run();
    setLinkRequest(null);
    setStatus({ kind: 'info', text: t('linkRemoved') });
    closeDialog(true);
  };

  const finishAlt = (alt: string | null) => {
    const resolve = altResolverRef.current;
    altResolverRef.current = null;
    setAltRequest(null);
    resolve?.(alt);
    closeDialog(alt !== null);
  };

  const editDescription = async () => {
    if (!editor || !editor.isActive('image')) return;
    const attrs = editor.getAttributes('image');
    const alt = await requestAlt({ src: attrs.src, srcset: attrs.srcset, sizes: attrs.sizes, alt: attrs.alt ?? '', mode: 'edit' });
    if (alt === null) return;
    editor.chain().focus().updateAttributes('image', { alt }).run();
    setStatus({ kind: 'info', text: t('descriptionSaved') });
  };

  const m = marks;
  const on = !!editor;
  // Toolbar commands from the keyboard leave focus in the toolbar (several formats in a
  // row, Esc to go back); from a pointer they return to the text.
  const perform = (action: ToolbarAction, event: ReactMouseEvent) => {
    if (action === 'link') openLink();
    else if (action === 'image') fileRef.current?.click();
    else if (action === 'alt') void editDescription();
    else if (editor) {
      const chain = editor.chain();
      action(event.detail === 0 ? chain : chain.focus()).run();
    }
  };

  const groups: ToolbarItem[][] = [
    [
      { key: 'h2', icon: Heading2, label: t('heading2'), shortcut: `${mod}+Alt+2`, pressed: !!m?.h2, action: (c) => c.toggleHeading({ level: 2 }) },
      { key: 'h3', icon: Heading3, label: t('heading3'), shortcut: `${mod}+Alt+3`, pressed: !!m?.h3, action: (c) => c.toggleHeading({ level: 3 }) },
    ],
    [
      { key: 'bold', icon: Bold, label: t('bold'), shortcut: `${mod}+B`, pressed: !!m?.bold, action: (c) => c.toggleBold() },
      { key: 'italic', icon: Italic, label: t('italic'), shortcut: `${mod}+I`, pressed: !!m?.italic, action: (c) => c.toggleItalic() },
      { key: 'underline', icon: Underline, label: t('underline'), shortcut: `${mod}+U`, pressed: !!m?.underline, action: (c) => c.toggleUnderline() },
      { key: 'strike', icon: Strikethrough, label: t('strike'), shortcut: `${mod}+Shift+S`, pressed: !!m?.strike, action: (c) => c.toggleStrike() },
    ],
    [
      { key: 'bullet', icon: List, label: t('bulletList'), shortcut: `${mod}+Shift+8`, pressed: !!m?.bulletList, action: (c) => c.toggleBulletList() },
      { key: 'ordered', icon: ListOrdered, label: t('orderedList'), shortcut: `${mod}+Shift+7`, pressed: !!m?.orderedList, action: (c) => c.toggleOrderedList() },
      { key: 'quote', icon: Quote, label: t('blockquote'), shortcut: `${mod}+Shift+B`, pressed: !!m?.blockquote, action: (c) => c.toggleBlockquote() },
      { key: 'hr', icon: Minus, label: t('horizontalRule'), action: (c) => c.setHorizontalRule() },
    ],
    [
      { key: 'link', icon: LinkIcon, label: t('link'), shortcut: `${mod}+K`, pressed: !!m?.link, popup: true, action: 'link' },
      { key: 'image', icon: ImagePlus, label: t('image'), disabled: busy, popup: true, action: 'image' },
      { key: 'alt', icon: ScanText, label: t('imageDescription'), disabled: !m?.image, popup: true, action: 'alt' },
    ],
    [
      { key: 'table', icon: TableIcon, label: t('insertTable'), disabled: !!m?.table, action: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }) },
      { key: 'addRow', icon: BetweenHorizontalEnd, label: t('addRow'), disabled: !m?.canAddRow, action: (c) => c.addRowAfter() },
      { key: 'addColumn', icon: BetweenVerticalEnd, label: t('addColumn'), disabled: !m?.canAddColumn, action: (c) => c.addColumnAfter() },
      { key: 'deleteRow', icon: TableRowsSplit, label: t('deleteRow'), disabled: !m?.canDeleteRow, action: (c) => c.deleteRow() },
      { key: 'deleteColumn', icon: TableColumnsSplit, label: t('deleteColumn'), disabled: !m?.canDeleteColumn, action: (c) => c.deleteColumn() },
      { key: 'deleteTable', icon: Grid2x2X, label: t('deleteTable'), disabled: !m?.canDeleteTable, action: (c) => c.deleteTable() },
    ],
    [
      { key: 'undo', icon: Undo2, label: t('undo'), shortcut: `${mod}+Z`, disabled: !m?.canUndo, action: (c) => c.undo() },
      { key: 'redo', icon: Redo2, label: t('redo'), shortcut: isApple ? `${mod}+Shift+Z` : `${mod}+Y`, disabled: !m?.canRedo, action: (c) => c.redo() },
    ],
  ];
  const items = groups.flat();
  const tabStop = Math.min(focusIndex, items.length - 1);

  const onToolbarKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(toolbarRef.current?.querySelectorAll<HTMLButtonElement>('[data-toolbar-item]') ?? []);
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let next = -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (current + 1) % buttons.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (current - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      editor?.commands.focus();
      return;
    }
    if (next < 0 || current < 0) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons[next]?.focus();
  };

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
        <div
          ref={toolbarRef}
          role="toolbar"
          aria-label={t('toolbar')}
          aria-controls={id}
          onKeyDown={onToolbarKeyDown}
          className="sticky top-0 z-10 flex flex-wrap items-center gap-0.5 rounded-t-md border-b border-slate-200 bg-slate-50/95 p-1 backdrop-blur supports-[backdrop-filter]:bg-slate-50/80"
        >
          {groups.map((group, groupIndex) => (
            <div key={groupIndex} className="flex items-center gap-0.5">
              {groupIndex > 0 && <span aria-hidden="true" className="mx-1 h-6 w-px bg-slate-300" />}
              {group.map((item) => {
                const position = items.indexOf(item);
                return (
                  <ToolbarButton
                    key={item.key}
                    item={item}
                    disabled={!on || !!item.disabled}
                    title={item.shortcut ? t('withShortcut', { label: item.label, shortcut: item.shortcut }) : item.label}
                    tabIndex={position === tabStop ? 0 : -1}
                    onFocus={() => setFocusIndex(position)}
                    onAction={perform}
                  />
                );
              })}
            </div>
          ))}
          {busy && <LoaderCircle aria-hidden="true" className="ml-auto size-4 animate-spin text-slate-500" />}
        </div>
        {editor ? (
          <EditorContent editor={editor} />
        ) : (
          <div className="prose-body min-h-64 px-4 py-3 text-slate-400 sm:px-5">{t('loading')}</div>
        )}
      </div>
      <p id={hintId} className="text-xs text-slate-500">
        {t('hint', { mod })}
      </p>
      <p
        id={statusId}
        role="status"
        aria-live="polite"
        className={cn('min-h-5 text-sm', status?.kind === 'error' ? 'text-red-700' : 'text-slate-600')}
      >
        {status && (
          <span className="inline-flex items-start gap-1.5">
            {status.kind === 'error' && <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />}
            {status.kind === 'pending' && <LoaderCircle aria-hidden="true" className="mt-0.5 size-4 shrink-0 animate-spin" />}
            {status.text}
          </span>
        )}
      </p>
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
          if (files.length > 0) void insertImages(files);
        }}
      />
      {linkRequest && (
        <LinkDialog
          key={`${linkRequest.href}-${linkRequest.needsText}`}
          request={linkRequest}
          onApply={applyLink}
          onRemove={removeLink}
          onCancel={() => {
            setLinkRequest(null);
            closeDialog(false);
          }}
        />
      )}
      {altRequest && <AltDialog request={altRequest} onDone={finishAlt} />}
    </div>
  );
}

type ToolbarItem = {
  key: string;
  icon: LucideIcon;
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  /** Opens a dialog or file picker, so it is not a toggle. */
  popup?: boolean;
  action: ToolbarAction;
};

type Chain = ReturnType<Editor['chain']>;
type ToolbarAction = 'link' | 'image' | 'alt' | ((chain: Chain) => Chain);

function ToolbarButton({
  item,
  disabled,
  title,
  tabIndex,
  onFocus,
  onAction,
}: {
  item: ToolbarItem;
  disabled: boolean;
  title: string;
  tabIndex: number;
  onFocus: () => void;
  onAction: (action: ToolbarAction, event: ReactMouseEvent) => void;
}) {
  const Icon = item.icon;
  const toggle = item.pressed !== undefined && !item.popup;
  return (
    <button
      type="button"
      data-toolbar-item=""
      // aria-disabled keeps the button focusable, so arrow keys still reach and announce it.
      aria-disabled={disabled || undefined}
      aria-pressed={toggle ? item.pressed : undefined}
      aria-haspopup={item.popup && item.key !== 'image' ? 'dialog' : undefined}
      aria-label={item.label}
      title={title}
      tabIndex={tabIndex}
      onFocus={onFocus}
      // Keep the text selection when the toolbar is used with a pointer.
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => {
        if (!disabled) onAction(item.action, event);
      }}
      className={cn(
        'inline-flex size-9 items-center justify-center rounded text-slate-700 hover:bg-slate-200 hover:text-slate-900',
        'aria-pressed:bg-brand-100 aria-pressed:text-brand-900 aria-pressed:hover:bg-brand-100',
        'aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:bg-transparent',
        item.pressed && item.popup && 'text-brand-700',
      )}
    >
      <Icon aria-hidden="true" className="size-[1.125rem]" />
    </button>
  );
}

/** A native modal <dialog>: the rest of the page is inert while it is open and Esc cancels. */
function ModalDialog({
  titleId,
  title,
  onCancel,
  initialFocus,
  children,
}: {
  titleId: string;
  title: string;
  onCancel: () => void;
  initialFocus: React.RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef(onCancel);
  useEffect(() => {
    cancelRef.current = onCancel;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    initialFocus.current?.focus();
    const onNativeCancel = (event: Event) => {
      event.preventDefault();
      cancelRef.current();
    };
    dialog.addEventListener('cancel', onNativeCancel);
    return () => {
      dialog.removeEventListener('cancel', onNativeCancel);
      if (dialog.open) dialog.close();
    };
  }, [initialFocus]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="space-y-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}

const fieldClass =
  'block w-full rounded border border-slate-300 px-3 py-2 text-base aria-invalid:border-red-600 sm:text-sm';
const primaryButton = 'rounded bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700';
const secondaryButton = 'rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100';

/** Enter in a dialog field must not submit the article form the editor sits in. */
function isEnter(event: ReactKeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter') return false;
  event.preventDefault();
  return true;
}

function LinkDialog({
  request,
  onApply,
  onRemove,
  onCancel,
}: {
  request: LinkRequest;
  onApply: (href: string, text: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('editor');
  const urlRef = useRef<HTMLInputElement>(null);
  const [href, setHref] = useState(request.href);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const result = normalizeLinkInput(href);
    if (!result.ok) {
      setError(t(result.reason === 'empty' ? 'linkEmpty' : 'linkNotAllowed'));
      urlRef.current?.focus();
      return;
    }
    onApply(result.href, text);
  };
  return (
    <ModalDialog titleId="rte-link-title" title={t(request.editing ? 'linkEditTitle' : 'linkAddTitle')} onCancel={onCancel} initialFocus={urlRef}>
      <div className="space-y-1">
        <label htmlFor="rte-link-url" className="block text-sm font-medium">
          {t('linkUrl')}
        </label>
        <input
          ref={urlRef}
          id="rte-link-url"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={href}
          onChange={(event) => {
            setHref(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => isEnter(event) && apply()}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'rte-link-help rte-link-error' : 'rte-link-help'}
          className={fieldClass}
        />
        <p id="rte-link-help" className="text-xs text-slate-500">
          {t('linkUrlHelp')}
        </p>
        <p id="rte-link-error" aria-live="polite" className="text-sm text-red-700">
          {error}
        </p>
      </div>
      {request.needsText && (
        <div className="space-y-1">
          <label htmlFor="rte-link-text" className="block text-sm font-medium">
            {t('linkText')}
          </label>
          <input
            id="rte-link-text"
            type="text"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => isEnter(event) && apply()}
            aria-describedby="rte-link-text-help"
            className={fieldClass}
          />
          <p id="rte-link-text-help" className="text-xs text-slate-500">
            {t('linkTextHelp')}
          </p>
        </div>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        {request.editing && (
          <button type="button" onClick={onRemove} className={cn(secondaryButton, 'mr-auto text-red-700')}>
            {t('linkRemove')}
          </button>
        )}
        <button type="button" onClick={onCancel} className={secondaryButton}>
          {t('cancel')}
        </button>
        <button type="button" onClick={apply} className={primaryButton}>
          {t('linkApply')}
        </button>
      </div>
    </ModalDialog>
  );
}

function AltDialog({ request, onDone }: { request: AltRequest; onDone: (alt: string | null) => void }) {
  const t = useTranslations('editor');
  const altRef = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState(request.alt);
  const [decorative, setDecorative] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    if (decorative) return onDone('');
    if (alt.trim() === '') {
      setError(t('altRequired'));
      altRef.current?.focus();
      return;
    }
    onDone(alt.trim());
  };
  return (
    <ModalDialog titleId="rte-alt-title" title={t('imageDialogTitle')} onCancel={() => onDone(null)} initialFocus={altRef}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a preview of an uploaded file, not a page image */}
      <img
        src={request.src}
        srcSet={request.srcset || undefined}
        sizes={request.srcset ? '32rem' : undefined}
        alt=""
        className="max-h-48 w-full rounded border border-slate-200 bg-slate-50 object-contain"
      />
      <div className="space-y-1">
        <label htmlFor="rte-alt-text" className="block text-sm font-medium">
          {t('altLabel')}
        </label>
        <input
          ref={altRef}
          id="rte-alt-text"
          type="text"
          value={alt}
          disabled={decorative}
          onChange={(event) => {
            setAlt(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => isEnter(event) && confirm()}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'rte-alt-help rte-alt-error' : 'rte-alt-help'}
          className={cn(fieldClass, 'disabled:bg-slate-100 disabled:text-slate-500')}
        />
        <p id="rte-alt-help" className="text-xs text-slate-500">
          {t('altHelp')}
        </p>
        <p id="rte-alt-error" aria-live="polite" className="text-sm text-red-700">
          {error}
        </p>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={decorative}
          onChange={(event) => {
            setDecorative(event.target.checked);
            setError(null);
          }}
          className="mt-0.5 size-4"
        />
        {t('decorative')}
      </label>
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" onClick={() => onDone(null)} className={secondaryButton}>
          {t('cancel')}
        </button>
        <button type="button" onClick={confirm} className={primaryButton}>
          {t(request.mode === 'insert' ? 'insert' : 'save')}
        </button>
      </div>
    </ModalDialog>
  );
}
