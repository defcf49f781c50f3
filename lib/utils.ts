import { type ClassValue, clsx } from 'clsx';
import { twMerge } from 'tailwind-merge';

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}

/**
 * A same-origin path to return to after sign-in. Anything else (another host, a
 * protocol-relative or backslash URL, javascript:, control characters) becomes "/".
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return '/';
  let path = value;
  try {
    const url = new URL(value, 'http://newsroom.invalid');
    if (url.origin !== 'http://newsroom.invalid') return '/';
    path = url.pathname + url.search + url.hash;
  } catch {
    return '/';
  }
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\') || /[\u0000-\u001f]/.test(path)) return '/';
  if (path.startsWith('/login') || path.startsWith('/api/')) return '/';
  return path;
}

/** An ASCII URL slug from a title; empty for titles without Latin letters or digits. */
export function slugify(title: string, max = 60) {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > max / 2 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/g, '');
}

/** Parses "/news/42-some-slug" style ids. Returns null for anything malformed. */
export function parseArticleParam(param: string): { id: number; slug: string } | null {
  let decoded = param;
  try {
    decoded = decodeURIComponent(param);
  } catch {
    // Keep the raw value; a malformed escape only makes the slug wrong.
  }
  const m = /^(\d{1,15})(?:-(.*))?$/s.exec(decoded);
  if (!m) return null;
  const id = Number(m[1]);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return { id, slug: m[2] ?? '' };
}

/** Parses a 1-based page number from a search parameter; null when malformed. */
export function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value) || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}

/** The canonical path of an article. */
export function articlePath(article: { id: number; slug: string }) {
  return article.slug ? `/news/${article.id}-${article.slug}` : `/news/${article.id}`;
}
