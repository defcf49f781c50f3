import sanitizeHtml from 'sanitize-html';

// The one sanitizer for stored rich text. Every body is passed through it when saved;
// components/ui/safe-html.tsx is the one place that renders the result.

const ALLOWED_TAGS = [
  'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup',
  'ul', 'ol', 'li', 'blockquote', 'a', 'hr', 'code', 'pre',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'figure', 'figcaption', 'img',
];

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
    transformTags: {
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

/** Plain text of stored HTML, for summaries and search. */
export function htmlToText(html: string): string {
  const spaced = html.replace(/<\/(p|h[1-6]|li|blockquote|div|tr|td|th|figcaption|pre)>|<br\s*\/?>/gi, ' ');
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
