// The page around a copied report: its meta line ("Browsing volume: 50 Source: … Date: …",
// "浏览量：50 来源：… 日期：…"), the view count and date it gives, and the navigation and tools
// of the page ("Home > News", "Next article: …", "【打印本页】"), which are not content.

const VIEW_LABELS = 'browsing volume|page views|views|hits|visits|reads|clicks|浏览量|浏览次数|阅读量|阅读次数|点击量|点击数|点击率|访问量';
const DATE_LABELS = 'date|published|release date|posted|日期|发布时间|发布日期|发表时间|时间';
const META_LABEL = new RegExp(`(${VIEW_LABELS}|source|author|editor|font size|来源|作者|责任编辑|编辑|字号|${DATE_LABELS})\\s*[:：]`, 'gi');
export const VIEW_LABEL = new RegExp(`^(?:${VIEW_LABELS})$`, 'i');
export const DATE_LABEL = new RegExp(`^(?:${DATE_LABELS})$`, 'i');
const NAVIGATION = /^(?:related news|related articles|last one|previous article|previous|next article|next|相关新闻|相关阅读|相关文章|上一篇|下一篇|上一条|下一条)\s*[:：]/i;
const FURNITURE =
  /^(?:(?:home|首页|当前位置|您的位置|您现在的位置|位置)\s*[:：]?\s*(?:[>›»＞→/]|$).*|(?:【[^】]{1,12}】\s*)+|font size\s*[:：].*|字[体号]\s*[:：].*|print\s*\|\s*close|print this page|close window|share to\s*[:：]?|分享到\s*[:：]?|back to top|返回顶部|打印本页|关闭窗口)$/i;

export const EMPTY_NAVIGATION = new RegExp(`${NAVIGATION.source}\\s*$`, 'i');

/** Navigation and tools of the copied page, not content: dropped from a report's body. */
export const isFurniture = (line: string) =>
  line.length <= 200 && (FURNITURE.test(line) || (NAVIGATION.test(line) && line.length <= 120) || /^\S+(?:\s*[>›»＞]\s*\S+){2,}$/.test(line));

/** The values of a meta line, by label in lower case. */
export function metaValues(line: string): Map<string, string> {
  const out = new Map<string, string>();
  const s = line.slice(0, 500);
  const labels = [...s.matchAll(META_LABEL)];
  labels.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < labels.length ? (labels[i + 1].index ?? s.length) : s.length;
    const key = m[1].toLowerCase();
    if (!out.has(key) || !out.get(key)) out.set(key, s.slice(start, end).replace(/[|｜·•]+\s*$/u, '').trim());
  });
  return out;
}

/** A line of the page's meta data: two labels or more, or one line that starts with a label. */
export function isMetaLine(line: string): boolean {
  if (line.length > 500) return false;
  const labels = [...line.slice(0, 500).matchAll(META_LABEL)];
  return labels.length >= 2 || (labels.length === 1 && labels[0].index === 0 && line.length <= 120);
}

/** "1,208" → 1208; "1.2万" → 12000; null when the value is not a count. */
export function countValue(value: string): number | null {
  const m = /^(\d{1,3}(?:[,，]\d{3})+|\d{1,12}(?:\.\d+)?)\s*(万)?(?!\d)/.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1].replace(/[,，]/g, '')) * (m[2] ? 10_000 : 1);
  return Number.isFinite(n) ? Math.min(Math.round(n), 1_000_000_000) : null;
}
