import { z } from 'zod';

// The editable fields of an article, once: their schema, and the mappers between the
// editor form, a revision, the article row and what readers are shown. Adding a field
// means its schema here (and how the form sends it, if not as one text input), its column
// on the articles table in db/schema, and its input in the editor form; every other place
// maps the fields by the lists below.
//
// A revision stores the title, summary and body in columns of its own and every other
// field in `meta`, so that editing a published article changes nothing readers see until
// that revision is published: the article row holds the live copy of the metadata. Tags
// are the exception on the row (they live in article_tags), and attachments live only in
// revisions.

export const LIMITS = {
  title: 200,
  summary: 600,
  sourceText: 120,
  tag: 40,
  tags: 12,
  attachments: 20,
  /** Stored HTML, after sanitizing. */
  body: 500_000,
  /** A view count carried over from the page an article was imported from. */
  startingViews: 1_000_000_000,
} as const;

const id = z.coerce.number().int().positive();
const optionalId = z.preprocess((v) => (v === '' || v === null || v === undefined ? null : v), id.nullable());
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());
const fileKey = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/** Whether `day` is a real calendar day YYYY-MM-DD from 1970 on. */
export function isCalendarDay(day: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number(m[1]) >= 1970 && d.toISOString().slice(0, 10) === day;
}

/**
 * The day an article was first published elsewhere (an imported report, the archive), or ''.
 * Never later than today anywhere on earth; the day is in the portal's time zone, and
 * publishing takes it as the article's publication date (lib/dal/workflow.ts).
 */
const originalDate = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : v),
  z
    .string()
    .refine((s) => s === '' || isCalendarDay(s), { message: 'date_invalid' })
    .refine((s) => s === '' || s <= new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10), { message: 'date_future' }),
);

/** The view count an imported article starts from; 0 when none was given. */
const startingViews = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? 0 : typeof v === 'string' ? v.trim() : v),
  z.coerce.number({ message: 'invalid' }).int({ message: 'invalid' }).min(0, { message: 'invalid' }).max(LIMITS.startingViews, { message: 'invalid' }),
);

/** Text without NUL or other control characters but tab and newline, trimmed. */
const cleanText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim())
    .pipe(z.string().max(max));

/**
 * The editor form, as the server action receives it. Unknown keys are dropped. A custom
 * message is an error code (lib/errors.ts); other failures get theirs from lib/forms.ts.
 */
export const articleInputSchema = z.object({
  title: cleanText(LIMITS.title).pipe(z.string().min(1)),
  summary: cleanText(LIMITS.summary),
  // Sanitizing shrinks pasted HTML: the raw text may be twice the stored limit.
  body: z.string().refine((s) => s.length <= LIMITS.body * 2, { message: 'too_long', params: { max: LIMITS.body } }),
  categoryId: z.coerce
    .number({ message: 'category_missing' })
    .int({ message: 'category_missing' })
    .positive({ message: 'category_missing' }),
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
    .max(LIMITS.tags)
    .transform((tags) => [...new Set(tags.filter(Boolean))]),
  coverKey: z.preprocess((v) => (v === '' ? null : v), fileKey.nullable()),
  attachments: z.array(fileKey).max(LIMITS.attachments),
  originalDate,
  startingViews,
});

export type ArticleInput = z.infer<typeof articleInputSchema>;
export type ArticleFieldName = keyof ArticleInput;

/** Every field, in the order of the form. */
export const ARTICLE_FIELDS = Object.keys(articleInputSchema.shape) as ArticleFieldName[];

/** The fields a revision keeps in columns of its own. */
const REVISION_COLUMNS = ['title', 'summary', 'body'] as const;
/**
 * Metadata the article row does not copy: tags are in article_tags, attachments only in
 * revisions; the original date and the starting view count take effect when the revision is
 * published, as the row's publication date and the article's view count.
 */
const NOT_ON_ROW = ['tags', 'attachments', 'originalDate', 'startingViews'] as const;

/** A revision's metadata: every field but its own columns. */
export type RevisionMeta = Omit<ArticleInput, (typeof REVISION_COLUMNS)[number]>;
/** The fields the article row holds a live copy of. */
export type LiveFields = Omit<RevisionMeta, (typeof NOT_ON_ROW)[number]>;

const META_FIELDS = ARTICLE_FIELDS.filter((f) => !(REVISION_COLUMNS as readonly string[]).includes(f)) as (keyof RevisionMeta)[];
/** The names of the live fields, which are also the names of their columns on the article row. */
export const LIVE_FIELDS = META_FIELDS.filter((f) => !(NOT_ON_ROW as readonly string[]).includes(f)) as (keyof LiveFields)[];

/** The fields readers see as they are, on cards and the article page. */
export const READER_FIELDS = ['language', 'visibility', 'pinned', 'featured', 'mustRead'] as const satisfies readonly (keyof LiveFields)[];
export type ReaderFields = Pick<LiveFields, (typeof READER_FIELDS)[number]>;

const pick = <T, K extends keyof T>(from: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>;

/** Fields added after revisions were first saved, as a revision saved before them has them. */
const LATER_META: Pick<RevisionMeta, 'originalDate' | 'startingViews'> = { originalDate: '', startingViews: 0 };

/** A revision's stored metadata, with the fields added since it was saved. */
export const withLaterMeta = (meta: RevisionMeta): RevisionMeta => ({ ...LATER_META, ...meta });

/** The metadata of a revision saved from `input`. */
export const metaOf = (input: ArticleInput): RevisionMeta => pick(input, META_FIELDS);

/** The fields of a revision: its columns and its metadata. */
export const fieldsOfRevision = (rev: Pick<ArticleInput, 'title' | 'summary' | 'body'> & { meta: RevisionMeta }): ArticleInput => ({
  ...pick(rev, REVISION_COLUMNS),
  ...pick(rev.meta, META_FIELDS),
});

/** Whether two sets of fields save as the same revision. */
export const sameFields = (a: ArticleInput, b: ArticleInput) =>
  ARTICLE_FIELDS.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));

/** The live fields as the article row stores them (an empty free-text source is null). */
export function rowOf(fields: LiveFields) {
  const row = pick(fields, LIVE_FIELDS);
  return { ...row, sourceText: row.sourceText || null };
}
export type LiveRow = ReturnType<typeof rowOf>;

/** The live fields of an article row. */
export function liveFieldsOf(row: LiveRow): LiveFields {
  const fields = pick(row, LIVE_FIELDS);
  return { ...fields, sourceText: fields.sourceText ?? '' };
}

/** A revision's metadata from live fields and what the row does not hold (scripts that write rows directly). */
export const metaOfLive = (
  fields: LiveFields,
  rest: Pick<RevisionMeta, (typeof NOT_ON_ROW)[number]> = { tags: [], attachments: [], ...LATER_META },
): RevisionMeta => ({
  ...pick(fields, LIVE_FIELDS),
  ...pick(rest, NOT_ON_ROW),
});

/** The fields readers see as they are. */
export const readerFieldsOf = (fields: ReaderFields): ReaderFields => pick(fields, READER_FIELDS);

/** Splits "a, b; c" into tag names. */
export function parseTagList(value: string): string[] {
  return value
    .split(/[,;，；\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The URL key of a tag name. Tags are matched by it, so "Safety" and "safety " are one tag. */
export const tagSlug = (name: string) => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '-');

/** How the form sends the fields that are not one text input each. */
const FORM_READERS: Partial<Record<ArticleFieldName, (data: FormData, name: string) => unknown>> = {
  tags: (data, name) => parseTagList(formText(data, name)),
  attachments: (data, name) => data.getAll(name).filter((v): v is string => typeof v === 'string' && v !== ''),
};

function formText(data: FormData, name: string) {
  const v = data.get(name);
  return typeof v === 'string' ? v : '';
}

/** The editor form's fields, unparsed, for articleInputSchema. */
export function inputFromForm(data: FormData): Record<ArticleFieldName, unknown> {
  return Object.fromEntries(ARTICLE_FIELDS.map((f) => [f, (FORM_READERS[f] ?? formText)(data, f)])) as Record<ArticleFieldName, unknown>;
}

/** What the history shows of a field whose value is an id or a file key, by name. */
export type FieldNames = {
  category: (id: number) => string;
  unit: (id: number) => string;
  series: (id: number) => string;
  file: (key: string) => string;
  /** The body as text. */
  text: (html: string) => string;
};

/** The placement flags that are set, shown as one field. */
function flags(f: ArticleInput): [string, string[]] {
  return ['flags', (['pinned', 'featured', 'mustRead'] as const).filter((k) => f[k])];
}

/** How the history shows the fields that are not shown as they are, under the name of their label. */
const SNAPSHOTS: Partial<Record<ArticleFieldName, (f: ArticleInput, names: FieldNames) => [string, string | string[]]>> = {
  body: (f, n) => ['body', n.text(f.body)],
  categoryId: (f, n) => ['category', n.category(f.categoryId)],
  sourceUnitId: (f, n) => ['sourceUnit', f.sourceUnitId ? n.unit(f.sourceUnitId) : ''],
  translationId: (f) => ['translation', f.translationId ? `#${f.translationId}` : ''],
  seriesId: (f, n) => ['series', f.seriesId ? n.series(f.seriesId) : ''],
  pinned: flags,
  featured: flags,
  mustRead: flags,
  coverKey: (f, n) => ['cover', f.coverKey ? n.file(f.coverKey) : ''],
  attachments: (f, n) => ['attachments', f.attachments.map(n.file)],
  startingViews: (f) => ['startingViews', f.startingViews ? String(f.startingViews) : ''],
};

/** A revision's fields as text, field by field, in the order of the form, for a diff. */
export function snapshotOf(fields: ArticleInput, names: FieldNames): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const f of ARTICLE_FIELDS) {
    const [name, value] = SNAPSHOTS[f]?.(fields, names) ?? [f, fields[f] as string | string[]];
    out[name] = Array.isArray(value) ? value : String(value ?? '');
  }
  return out;
}
