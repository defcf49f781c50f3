'use client';

import { useState, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import { useTranslations } from 'next-intl';
import { useEditorState, type Editor } from '@tiptap/react';
import {
  BetweenHorizontalEnd,
  BetweenVerticalEnd,
  Bold,
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
import { IconButton } from '@/components/ui/icon-button';
import { cn } from '@/lib/utils';

type Marks = ReturnType<typeof readMarks>;

/** What the toolbar shows as pressed or disabled, read again after every transaction. */
function readMarks(editor: Editor) {
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

type Chain = ReturnType<Editor['chain']>;
/** A Tiptap command, or one of the commands that open a dialog or the file picker. */
type ToolbarAction = 'link' | 'image' | 'alt' | ((chain: Chain) => Chain);

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

function toolbarGroups(t: ReturnType<typeof useTranslations>, m: Marks | null, isApple: boolean, busy: boolean): ToolbarItem[][] {
  const mod = isApple ? '⌘' : 'Ctrl';
  return [
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
}

/**
 * The body editor's toolbar: one tab stop, arrow keys, Home and End move between the
 * buttons (the ARIA toolbar pattern), Esc returns to the text. Disabled buttons stay
 * focusable so that moving through the toolbar announces them too.
 */
export function Toolbar({
  editor,
  controls,
  toolbarRef,
  isApple,
  busy,
  onLink,
  onImage,
  onImageDescription,
}: {
  editor: Editor | null;
  /** Id of the editable surface. */
  controls: string;
  toolbarRef: RefObject<HTMLDivElement | null>;
  isApple: boolean;
  /** An upload is running: no second image until it has finished. */
  busy: boolean;
  onLink: () => void;
  onImage: () => void;
  onImageDescription: () => void;
}) {
  const t = useTranslations('editor');
  const [focusIndex, setFocusIndex] = useState(0);
  const marks = useEditorState({
    editor,
    selector: ({ editor: current }) => (current ? readMarks(current) : null),
  });
  const groups = toolbarGroups(t, marks, isApple, busy);
  const items = groups.flat();
  const tabStop = Math.min(focusIndex, items.length - 1);

  // Commands from the keyboard leave focus in the toolbar (several formats in a row, Esc to
  // go back); from a pointer they return to the text.
  const perform = (action: ToolbarAction, event: ReactMouseEvent) => {
    if (action === 'link') onLink();
    else if (action === 'image') onImage();
    else if (action === 'alt') onImageDescription();
    else if (editor) {
      const chain = editor.chain();
      action(event.detail === 0 ? chain : chain.focus()).run();
    }
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
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
    <div
      ref={toolbarRef}
      role="toolbar"
      aria-label={t('toolbar')}
      aria-controls={controls}
      onKeyDown={onKeyDown}
      className="sticky top-0 z-10 flex flex-wrap items-center gap-0.5 rounded-t-md border-b border-slate-200 bg-slate-50/95 p-1 backdrop-blur supports-[backdrop-filter]:bg-slate-50/80"
    >
      {groups.map((group, groupIndex) => (
        <div key={groupIndex} className="flex items-center gap-0.5">
          {groupIndex > 0 && <span aria-hidden="true" className="mx-1 h-6 w-px bg-slate-300" />}
          {group.map((item) => {
            const position = items.indexOf(item);
            const Icon = item.icon;
            const toggle = item.pressed !== undefined && !item.popup;
            return (
              <IconButton
                key={item.key}
                size="md"
                data-toolbar-item=""
                label={item.label}
                title={item.shortcut ? t('withShortcut', { label: item.label, shortcut: item.shortcut }) : item.label}
                disabled={!editor || !!item.disabled}
                aria-pressed={toggle ? item.pressed : undefined}
                aria-haspopup={item.popup && item.key !== 'image' ? 'dialog' : undefined}
                tabIndex={position === tabStop ? 0 : -1}
                onFocus={() => setFocusIndex(position)}
                // Keep the text selection when the toolbar is used with a pointer.
                onMouseDown={(event) => event.preventDefault()}
                onClick={(event) => perform(item.action, event)}
                className={cn(
                  'rounded text-slate-700 hover:bg-slate-200 hover:text-slate-900',
                  'aria-pressed:bg-brand-100 aria-pressed:text-brand-900 aria-pressed:hover:bg-brand-100',
                  'aria-disabled:opacity-40',
                  item.pressed && item.popup && 'text-brand-700',
                )}
              >
                <Icon aria-hidden="true" className="size-[1.125rem]" />
              </IconButton>
            );
          })}
        </div>
      ))}
      {busy && <LoaderCircle aria-hidden="true" className="ml-auto size-4 animate-spin text-slate-500" />}
    </div>
  );
}
