// Which link targets the editor accepts. The same rule is used by the link dialog, by the
// Link extension's schema check (so pasted links obey it too) and by the paste cleaner.
// lib/sanitize.ts checks schemes again when the article is saved.

const MAX_URL_LENGTH = 2048;

/**
 * True for absolute http(s) URLs with a host, mailto: with an address, and site-relative
 * paths ("/news/42"). Everything else (javascript:, data:, vbscript:, file:, "//host",
 * backslashes, control characters or whitespace) is refused.
 */
export function isAllowedLinkUrl(url: string): boolean {
  if (typeof url !== 'string') return false;
  const value = url.trim();
  if (value.length === 0 || value.length > MAX_URL_LENGTH) return false;
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//');
  if (/^mailto:/i.test(value)) return /^mailto:[^@/?#]+@[^@/?#]+\.[^@/?#]+(\?.*)?$/i.test(value);
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const parsed = new URL(value);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}

export type LinkInputResult = { ok: true; href: string } | { ok: false; reason: 'empty' | 'notAllowed' };

/**
 * Turns what an editor typed into a link target: trims it, adds https:// to a bare host
 * ("www.example.com/report") and mailto: to a bare email address, then applies
 * isAllowedLinkUrl. Schemes other than http(s) and mailto are never rewritten, only refused.
 */
export function normalizeLinkInput(input: string): LinkInputResult {
  const value = input.trim();
  if (value.length === 0) return { ok: false, reason: 'empty' };
  let href = value;
  if (/^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i.test(value)) {
    href = `mailto:${value}`;
  } else if (/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d{1,5})?(?:[/?#]|$)/i.test(value)) {
    href = `https://${value}`;
  }
  return isAllowedLinkUrl(href) ? { ok: true, href } : { ok: false, reason: 'notAllowed' };
}
