import { isAllowedLinkUrl } from './links';

// Cleans HTML pasted from Word, Google Docs and web pages before the editor parses it.
// It is plain string processing, so it runs the same in the browser and in unit tests and
// adds nothing to the bundle. It does not have to be a sanitizer: the editor schema drops
// every element and attribute it does not know, and lib/sanitize.ts cleans again on save.
// Its job is to keep what the schema would otherwise get wrong: Word's fake list
// paragraphs, office markup that would leak in as text, and bold or italic that Google
// Docs expresses only as span styles.

const TAG_RE = /<(\/?)([a-zA-Z][^\s/>]*)((?:\s+[^\s/>=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;
const ATTR_RE = /([^\s/>=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const KEPT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height', 'srcset', 'sizes'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
};

// Elements removed together with everything inside them.
const DROPPED_WITH_CONTENT = ['head', 'style', 'script', 'xml', 'title', 'template', 'noscript', 'iframe', 'object', 'svg', 'math'];
// Elements removed while their content stays (the "wrappers").
const UNWRAPPED = new Set(['span', 'font', 'colgroup', 'col', 'meta', 'link', 'base', 'html', 'body', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'center', 'label', 'abbr', 'small', 'big', 'mark', 'ins', 'cite', 'time', 'data', 'picture', 'source', 'wbr']);
const RENAMED: Record<string, string> = { h1: 'h2', h4: 'h3', h5: 'h3', h6: 'h3', strike: 's', del: 's', dir: 'ul', menu: 'ul' };
const BLOCK_TAGS = 'p|div|h[1-6]|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|caption|blockquote|hr|figure|figcaption|pre';

type Attributes = Map<string, string>;

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);?/gi, (match, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16), match);
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10), match);
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower] ?? match;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function parseAttributes(source: string): Attributes {
  const attributes: Attributes = new Map();
  for (const m of source.matchAll(ATTR_RE)) {
    const name = m[1].toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

function styleOf(attributes: Attributes): string {
  return (attributes.get('style') ?? '').toLowerCase().replace(/\s+/g, ' ');
}

/** Inline formatting that Google Docs and some web pages express only as a span's style. */
function marksFromStyle(style: string): string[] {
  const marks: string[] = [];
  const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
  if (weight === 'bold' || weight === 'bolder' || (weight && /^[6-9]00$/.test(weight))) marks.push('strong');
  if (/(?:^|;)\s*font-style\s*:\s*(?:italic|oblique)/.test(style)) marks.push('em');
  const decoration = /(?:^|;)\s*text-decoration(?:-line)?\s*:\s*([^;]+)/.exec(style)?.[1] ?? '';
  if (decoration.includes('underline')) marks.push('u');
  if (decoration.includes('line-through')) marks.push('s');
  return marks;
}

/** True when a Word paragraph is a list item that Word faked with a bullet or number. */
function wordListInfo(attributes: string, inner: string) {
  const style = /mso-list\s*:\s*l(\d+)\s+level(\d+)/i.exec(attributes);
  const isListClass = /class\s*=\s*["']?MsoListParagraph/i.test(attributes);
  const marker = listMarker(inner);
  if (!style && !(isListClass && marker !== null)) return null;
  const markerText = decodeEntities((marker ?? '').replace(/<[^>]*>/g, ''))
    .replace(/[\s\u00a0]+/g, '')
    .trim();
  const ordered = /^(?:\d+|[a-z]|[ivxlcdm]+)[.)]$/i.test(markerText);
  return {
    listId: style ? `l${style[1]}` : 'l',
    level: style ? Math.max(1, Math.min(9, Number(style[2]))) : 1,
    type: ordered ? ('ol' as const) : ('ul' as const),
    html: removeListMarker(inner),
  };
}

const MARKER_PATTERNS = [
  /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i,
  /<!--\[if !supportLists\]-->([\s\S]*?)<!--\[endif\]-->/i,
];

function listMarker(inner: string): string | null {
  for (const pattern of MARKER_PATTERNS) {
    const m = pattern.exec(inner);
    if (m) return m[1];
  }
  const ignore = /<span[^>]*mso-list\s*:\s*ignore[^>]*>([\s\S]*?)<\/span>/i.exec(inner);
  return ignore ? ignore[1] : null;
}

function removeListMarker(inner: string): string {
  for (const pattern of MARKER_PATTERNS) {
    if (pattern.test(inner)) return inner.replace(pattern, '');
  }
  // Without conditional comments the marker is a mso-list:Ignore span; the tag pass drops it.
  return inner;
}

/** Rebuilds runs of Word list paragraphs as nested <ul>/<ol> lists. */
function convertWordLists(html: string): string {
  const paragraph = /<p\b([^>]*)>([\s\S]*?)<\/p>/gi;
  let out = '';
  let cursor = 0;
  let run: NonNullable<ReturnType<typeof wordListInfo>>[] = [];
  const flush = () => {
    if (run.length > 0) out += buildList(run);
    run = [];
  };
  for (const m of html.matchAll(paragraph)) {
    const start = m.index;
    const info = wordListInfo(m[1], m[2]);
    const between = html.slice(cursor, start);
    if (!info || (run.length > 0 && between.trim() !== '')) flush();
    if (run.length === 0) out += between;
    if (info) {
      run.push(info);
    } else {
      out += m[0];
    }
    cursor = start + m[0].length;
  }
  flush();
  out += html.slice(cursor);
  return out;
}

function buildList(items: NonNullable<ReturnType<typeof wordListInfo>>[]): string {
  let out = '';
  const stack: ('ul' | 'ol')[] = [];
  let previousId = '';
  for (const item of items) {
    if (item.level === 1 && previousId && item.listId !== previousId) {
      while (stack.length > 0) out += `</li></${stack.pop()}>`;
    }
    previousId = item.level === 1 ? item.listId : previousId || item.listId;
    const level = Math.min(item.level, stack.length + 1);
    if (level <= stack.length) {
      while (stack.length > level) out += `</li></${stack.pop()}>`;
      if (stack[level - 1] === item.type) {
        out += '</li>';
      } else {
        out += `</li></${stack.pop()}><${item.type}>`;
        stack.push(item.type);
      }
    } else {
      out += `<${item.type}>`;
      stack.push(item.type);
    }
    out += `<li>${item.html}`;
  }
  while (stack.length > 0) out += `</li></${stack.pop()}>`;
  return out;
}

/** Drops comments, office-only blocks and document chrome; keeps the pasted fragment. */
function stripDocumentMarkup(html: string): string {
  let s = html;
  const fragment = /<!--StartFragment-->([\s\S]*?)<!--EndFragment-->/i.exec(s);
  if (fragment) s = fragment[1];
  else {
    const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body>|$)/i.exec(s);
    if (body) s = body[1];
  }
  // Conditional comments hide VML shapes, Word settings and extra styles from other browsers.
  s = s.replace(/<!--\[if\b(?![^\]]*supportLists)[^\]]*\]>[\s\S]*?<!\[endif\]-->/gi, '');
  return s;
}

function stripLeftovers(html: string): string {
  let s = html;
  s = s.replace(/<!\[if !supportLists\]>[\s\S]*?<!\[endif\]>/gi, '');
  s = s.replace(/<!--\[if !supportLists\]-->[\s\S]*?<!--\[endif\]-->/gi, '');
  // Downlevel-revealed markers (<![if !vml]>…<![endif]>): the content is the fallback, keep it.
  s = s.replace(/<!\[(?:if [^\]]*|endif)\]>/gi, '');
  s = s.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  s = s.replace(/<!doctype[^>]*>/gi, '').replace(/<\?xml[^>]*>/gi, '');
  for (const tag of DROPPED_WITH_CONTENT) {
    s = s.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}\\s*>`, 'gi'), '');
    s = s.replace(new RegExp(`<${tag}\\b[^>]*/?>`, 'gi'), '');
  }
  // Word's <o:p> holds nothing but a &nbsp; placeholder.
  s = s.replace(/<o:p\b[^>]*>[\s\S]*?<\/o:p>/gi, '').replace(/<\/?o:p\b[^>]*>/gi, '');
  // Source line breaks are only whitespace in HTML; Word wraps its source at ~80 columns.
  return s.replace(/\r\n?|\n/g, ' ');
}

type Open = { name: string; closers: string[]; skip: boolean };

const VOID = new Set(['br', 'hr', 'img', 'col', 'meta', 'link', 'base', 'input', 'wbr', 'source', 'area', 'param', 'embed', 'track']);

function escapeText(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The tag pass: rename, unwrap and strip attributes. Every open element goes on a stack
 * with the closing tags it produced, so an unwrapped <span> that became <strong> closes
 * as </strong> and stray closing tags disappear.
 */
function cleanTags(html: string): string {
  let out = '';
  const stack: Open[] = [];
  let skipDepth = 0;
  let cursor = 0;
  const open = (name: string, closers: string[], skip = false) => {
    stack.push({ name, closers, skip });
    if (skip) skipDepth += 1;
  };
  for (const m of html.matchAll(TAG_RE)) {
    if (skipDepth === 0) out += escapeText(html.slice(cursor, m.index));
    cursor = m.index + m[0].length;
    const name = m[2].toLowerCase();
    const isVoid = VOID.has(name) || m[4] === '/';

    if (m[1] === '/') {
      if (!stack.some((entry) => entry.name === name)) continue;
      let entry: Open | undefined;
      while ((entry = stack.pop())) {
        if (entry.skip) skipDepth -= 1;
        else if (skipDepth === 0) out += entry.closers.join('');
        if (entry.name === name) break;
      }
      continue;
    }
    if (skipDepth > 0) {
      if (!isVoid) open(name, []);
      continue;
    }

    const attributes = parseAttributes(m[3]);
    const style = styleOf(attributes);

    // Word's list marker (bullet glyph or "1." and its spacing) when no conditional comment wraps it.
    if (name === 'span' && /mso-list\s*:\s*ignore/.test(style)) {
      if (!isVoid) open(name, [], true);
      continue;
    }
    // Namespaced office elements (st1:place, w:sdt, v:shape …) and plain wrappers: keep the content only.
    if (name.includes(':') || (UNWRAPPED.has(name) && name !== 'span' && name !== 'font')) {
      if (!isVoid) open(name, []);
      continue;
    }
    const googleWrapper =
      name === 'b' && (/^docs-internal-guid/.test(attributes.get('id') ?? '') || /font-weight\s*:\s*(?:normal|[1-5]00)/.test(style));
    if (name === 'span' || name === 'font' || googleWrapper) {
      if (isVoid) continue;
      const marks = marksFromStyle(style);
      out += marks.map((mark) => `<${mark}>`).join('');
      open(name, marks.reverse().map((mark) => `</${mark}>`));
      continue;
    }

    if (name === 'a') {
      const href = attributes.get('href')?.trim();
      // Word bookmarks (<a name=_Toc…>), footnote anchors (#_ftn1) and unsafe schemes lose the link, not the text.
      if (!href || !isAllowedLinkUrl(href)) {
        if (!isVoid) open(name, []);
        continue;
      }
      const title = attributes.get('title');
      out += `<a href="${escapeAttribute(href)}"${title ? ` title="${escapeAttribute(title)}"` : ''}>`;
      if (!isVoid) open(name, ['</a>']);
      continue;
    }
    // file: images are Word's local temp copies and data: images were never uploaded: neither would show.
    if (name === 'img' && !/^(?:https?:\/\/|\/(?!\/))/i.test((attributes.get('src') ?? '').trim())) continue;

    const renamed = RENAMED[name] ?? name;
    const attributeText = (KEPT_ATTRIBUTES[renamed] ?? [])
      .filter((attribute) => attributes.has(attribute))
      .map((attribute) => ` ${attribute}="${escapeAttribute(attributes.get(attribute) ?? '')}"`)
      .join('');
    out += `<${renamed}${attributeText}>`;
    if (!isVoid) open(name, [`</${renamed}>`]);
  }
  if (skipDepth === 0) out += escapeText(html.slice(cursor));
  let entry: Open | undefined;
  while ((entry = stack.pop())) {
    if (entry.skip) skipDepth -= 1;
    else if (skipDepth === 0) out += entry.closers.join('');
  }
  return out;
}

const EMPTY_INLINE = /<(strong|b|em|i|u|s|sub|sup|code)>((?:\s|&nbsp;|&#160;|&#xa0;|\u00a0)*)<\/\1>/gi;
const EMPTY_BLOCK = /<(p|h2|h3|div)>(?:\s|&nbsp;|&#160;|&#xa0;|\u00a0|<br\s*\/?>)*<\/\1>/gi;

function tidy(html: string): string {
  let s = html;
  let previous: string;
  do {
    previous = s;
    s = s.replace(EMPTY_INLINE, '$2').replace(EMPTY_BLOCK, '');
  } while (s !== previous);
  // Google Docs puts a <br> between top-level blocks for blank lines.
  s = s.replace(new RegExp(`(</(?:${BLOCK_TAGS})>|<hr\\s*/?>)(?:\\s*<br\\s*/?>)+`, 'gi'), '$1');
  s = s.replace(new RegExp(`(?:<br\\s*/?>\\s*)+(<(?:${BLOCK_TAGS})\\b)`, 'gi'), '$1');
  s = s.replace(/[ \t\f\v]+/g, ' ');
  s = s.replace(new RegExp(`\\s*(</?(?:${BLOCK_TAGS})\\b[^>]*>)\\s*`, 'gi'), '$1');
  return s.trim();
}

/**
 * Cleans clipboard HTML for the editor: Word's conditional comments, <o:p>, <xml>, <style>,
 * mso-* styles, class/style/lang attributes, <font> and <span> wrappers and empty
 * paragraphs go; Word's bullet and numbered paragraphs become real lists; span styles for
 * bold, italic, underline and strike-through become <strong>, <em>, <u> and <s>; headings
 * are mapped onto the editor's h2 and h3.
 */
export function cleanPastedHtml(html: string): string {
  if (typeof html !== 'string' || html.trim() === '') return '';
  let s = stripDocumentMarkup(html);
  s = convertWordLists(s);
  s = stripLeftovers(s);
  s = cleanTags(s);
  return tidy(s);
}
