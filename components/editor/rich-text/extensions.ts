import type { Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { isAllowedLinkUrl } from '@/lib/editor/links';

// The formats the body editor offers: exactly those lib/sanitize.ts keeps when the body is
// saved, so that nothing the editor shows is lost on the way to readers.

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
export const EXTENSIONS = [
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

/** What the form submits: an empty document is an empty string, so "required" checks work. */
export function serialize(editor: Editor): string {
  return editor.isEmpty ? '' : editor.getHTML();
}
