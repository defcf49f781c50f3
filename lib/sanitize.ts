import sanitizeHtml from 'sanitize-html';

// The one sanitizer for stored rich text. Every body is passed through it when saved;
// components/ui/safe-html.tsx is the one place that renders the result.

const ALLOWED_TAGS = [
  'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup',
  'ul', 'ol', 'li', 'blockquote', 'a', 'hr', 'code', 'pre',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'figure', 'figcaption', 'img',
];

const OWN_FILE = /^\/files\/[A-Za-z0-9_-]{16,64}(\?w=\d{2,4})?$/;
const OWN_SRCSET_ENTRY = /^\/files\/[A-Za-z0-9_-]{16,64}(\?w=\d{2,4})? \d{2,4}w$/;

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target'],
      img: ['src', 'alt', 'title', 'width', 'height', 'srcset', 'sizes'],
      th: ['colspan', 'rowspan', 'scope'],
      td: ['colspan', 'rowspan'],
      ol: ['start'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['https', 'http'] },
    allowProtocolRelative: false,
    // Drop the content of these entirely, not only the tags.
    nonTextTags: ['script', 'style', 'textarea', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'title'],
    disallowedTagsMode: 'discard',
    // Images come from our own uploads only: no tracking pixels or hot-linked files.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
    transformTags: {
      img: (tagName, attribs) => {
        const out: Record<string, string> = {};
        if (OWN_FILE.test(attribs.src ?? '')) out.src = attribs.src;
        const srcset = (attribs.srcset ?? '')
          .split(',')
          .map((part) => part.trim())
          .filter((part) => OWN_SRCSET_ENTRY.test(part));
        if (out.src && srcset.length) out.srcset = srcset.join(', ');
        if (out.src && attribs.sizes && /^[\w\s().:,%-]{1,200}$/.test(attribs.sizes)) out.sizes = attribs.sizes;
        for (const k of ['alt', 'title', 'width', 'height'] as const) if (attribs[k] !== undefined) out[k] = attribs[k];
        return { tagName, attribs: out };
      },
      a: (tagName, attribs) => {
        const href = attribs.href ?? '';
        const external = /^https?:\/\//i.test(href);
        const out: Record<string, string> = { href };
        if (attribs.title) out.title = attribs.title;
        if (external) {
          out.rel = 'noopener noreferrer';
          out.target = '_blank';
        }
        return { tagName, attribs: out };
      },
    },
  });
}

/** Stored HTML as text: `blockEnd` after each block (paragraph, heading, item, cell), `lineBreak` for <br>. */
function textOf(html: string, blockEnd: string, lineBreak: string): string {
  const marked = html
    .replace(/<\/(p|h[1-6]|li|blockquote|div|tr|figcaption|pre)>/gi, `$&${blockEnd}`)
    .replace(/<\/(td|th)>/gi, '$& ')
    .replace(/<br\s*\/?>/gi, lineBreak);
  return sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Plain text of stored HTML on one line, for summaries and search. */
export function htmlToText(html: string): string {
  return textOf(html, ' ', ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Plain text of stored HTML that keeps its paragraphs apart (a blank line between blocks,
 * a line break for <br>), for the revision diff.
 */
export function htmlToParagraphs(html: string): string {
  return textOf(html, '\u0000', '\u0001')
    .split('\u0000')
    .map((block) =>
      block
        .replace(/\s+/g, ' ')
        .split('\u0001')
        .map((line) => line.trim())
        .join('\n')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}
