import { z } from 'zod';

// The editable fields of an article. A revision stores the title, summary, body and
// meeting data in columns and everything else here, so that editing a published article
// changes nothing readers see until that revision is published: the article row holds
// the live copy of these fields.

export type RevisionMeta = {
  categoryId: number;
  sourceUnitId: number | null;
  sourceText: string;
  language: 'en' | 'zh';
  translationId: number | null;
  seriesId: number | null;
  visibility: 'internal' | 'public';
  pinned: boolean;
  featured: boolean;
  mustRead: boolean;
  /** Tag names, as typed. */
  tags: string[];
  /** Storage key of the cover image. */
  coverKey: string | null;
  /** Storage keys of the attachments, in order. */
  attachments: string[];
};

export const LIMITS = {
  title: 200,
  summary: 600,
  sourceText: 120,
  tag: 40,
  tags: 12,
  attachments: 20,
  /** Stored HTML, after sanitizing. */
  body: 500_000,
} as const;

const id = z.coerce.number().int().positive();
const optionalId = z.preprocess((v) => (v === '' || v === null || v === undefined ? null : v), id.nullable());
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());
const fileKey = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'invalid file key');

/** Text without NUL or other control characters but tab and newline, trimmed. */
const cleanText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim())
    .pipe(z.string().max(max, { message: `too_long:${max}` }));

/** The editor form, as the server action receives it. Unknown keys are dropped. */
export const articleInputSchema = z.object({
  title: cleanText(LIMITS.title).pipe(z.string().min(1, { message: 'required' })),
  summary: cleanText(LIMITS.summary),
  body: z.string().max(LIMITS.body * 2, { message: `too_long:${LIMITS.body}` }),
  categoryId: id,
  sourceUnitId: optionalId,
  sourceText: cleanText(LIMITS.sourceText),
  language: z.enum(['en', 'zh']),
  translationId: optionalId,
  seriesId: optionalId,
  visibility: z.enum(['internal', 'public']),
  pinned: checkbox,
  featured: checkbox,
  mustRead: checkbox,
  tags: z
    .array(cleanText(LIMITS.tag))
    .max(LIMITS.tags, { message: `too_many:${LIMITS.tags}` })
    .transform((tags) => [...new Set(tags.filter(Boolean))]),
  coverKey: z.preprocess((v) => (v === '' ? null : v), fileKey.nullable()),
  attachments: z.array(fileKey).max(LIMITS.attachments, { message: `too_many:${LIMITS.attachments}` }),
});

export type ArticleInput = z.infer<typeof articleInputSchema>;

/** Splits "a, b; c" into tag names. */
export function parseTagList(value: string): string[] {
  return value
    .split(/[,;，；\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The URL key of a tag name. Tags are matched by it, so "Safety" and "safety " are one tag. */
export const tagSlug = (name: string) => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '-');
