import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { RevisionMeta } from '@/lib/article-fields';
import type { MeetingData } from '@/lib/meeting';

// Keep every table, column and index in step with ./sqlite.ts: tests/unit/schema.test.ts
// compares the two.

const ts = (name: string) => timestamp(name, { mode: 'date', withTimezone: true, precision: 3 });
const createdAt = () => ts('created_at').notNull().defaultNow();
const updatedAt = () =>
  ts('updated_at')
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  active: boolean('active').notNull().default(true),
  locale: text('locale', { enum: ['en', 'zh'] }).notNull().default('en'),
  sessionVersion: integer('session_version').notNull().default(1),
  lastLoginAt: ts('last_login_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const units = pgTable('units', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  kind: text('kind', { enum: ['group', 'department', 'company'] }).notNull(),
  parentId: integer('parent_id').references((): AnyPgColumn => units.id),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const roleGrants = pgTable(
  'role_grants',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['reader', 'editor', 'approver', 'admin'] }).notNull(),
    unitId: integer('unit_id').references(() => units.id),
    createdAt: createdAt(),
  },
  (t) => [index('role_grants_user_idx').on(t.userId)],
);

export const categories = pgTable('categories', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const meetingSeries = pgTable('meeting_series', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  unitId: integer('unit_id').references(() => units.id),
  createdAt: createdAt(),
});

/**
 * Kinds of meeting (annual work meeting, board meeting, ...), named in both languages.
 * The six built-in kinds come with the migration; admins add more. Meeting data refers
 * to a kind by its code.
 */
export const meetingKinds = pgTable('meeting_kinds', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
});

export const tags = pgTable('tags', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().default(''),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    sourceUnitId: integer('source_unit_id').references(() => units.id),
    sourceText: text('source_text'),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    language: text('language', { enum: ['en', 'zh'] }).notNull(),
    translationId: integer('translation_id').references((): AnyPgColumn => articles.id, {
      onDelete: 'set null',
    }),
    seriesId: integer('series_id').references(() => meetingSeries.id),
    visibility: text('visibility', { enum: ['internal', 'public'] }).notNull().default('internal'),
    pinned: boolean('pinned').notNull().default(false),
    featured: boolean('featured').notNull().default(false),
    mustRead: boolean('must_read').notNull().default(false),
    status: text('status', {
      enum: ['draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived'],
    })
      .notNull()
      .default('draft'),
    publishedAt: ts('published_at'),
    scheduledAt: ts('scheduled_at'),
    liveRevisionId: integer('live_revision_id'),
    workingRevisionId: integer('working_revision_id'),
    /** Storage key of the live cover image. */
    coverKey: text('cover_key'),
    /**
     * The workflow state of the working revision of a published article (the article stays
     * published meanwhile); null when nothing is pending. Unpublished articles use `status`.
     */
    pendingState: text('pending_state', { enum: ['draft', 'in_review', 'approved', 'scheduled', 'rejected'] }),
    /** The version that was submitted for review, and the version an approver approved. */
    submittedVersion: integer('submitted_version'),
    approvedVersion: integer('approved_version'),
    approvedBy: integer('approved_by').references(() => users.id),
    approvedAt: ts('approved_at'),
    /** Why the last scheduled publication failed; cleared when it succeeds. */
    scheduleError: text('schedule_error'),
    /** Bumped by every save; a save names the version it was based on. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('articles_status_published_idx').on(t.status, t.publishedAt),
    index('articles_category_published_idx').on(t.categoryId, t.status, t.publishedAt),
    index('articles_series_published_idx').on(t.seriesId, t.status, t.publishedAt),
    index('articles_pinned_published_idx').on(t.pinned, t.status, t.publishedAt),
    index('articles_featured_published_idx').on(t.featured, t.status, t.publishedAt),
    index('articles_must_read_published_idx').on(t.mustRead, t.status, t.publishedAt),
    index('articles_scheduled_idx').on(t.scheduledAt),
  ],
);

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    meeting: jsonb('meeting').$type<MeetingData>(),
    /** Every other field of the article as of this revision (see lib/article-fields.ts). */
    meta: jsonb('meta').$type<RevisionMeta>(),
    editorId: integer('editor_id')
      .notNull()
      .references(() => users.id),
    note: text('note'),
    /** The review of this revision: its outcome, the reviewer's comment, who and when. */
    reviewOutcome: text('review_outcome', { enum: ['approved', 'changes_requested', 'rejected'] }),
    reviewComment: text('review_comment'),
    reviewerId: integer('reviewer_id').references(() => users.id),
    reviewedAt: ts('reviewed_at'),
    /** An autosave; later autosaves by the same editor may merge into it. */
    autosave: boolean('autosave').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('article_revisions_article_version_idx').on(t.articleId, t.version)],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId)],
);

/** Aggregated view counts, written in batches (see lib/views). */
export const articleViews = pgTable('article_views', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  views: integer('views').notNull().default(0),
  readers: integer('readers').notNull().default(0),
  updatedAt: updatedAt(),
});

/** One row per signed-in reader who opened an article: the unique readers. */
export const articleReaders = pgTable(
  'article_readers',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    firstViewedAt: ts('first_viewed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

export const mustReadAcks = pgTable(
  'must_read_acks',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ackedAt: ts('acked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

/** Uploaded files. The bytes live in storage (lib/storage) under `key`; the name is data only. */
export const files = pgTable(
  'files',
  {
    id: serial('id').primaryKey(),
    key: text('key').notNull().unique(),
    kind: text('kind', { enum: ['image', 'attachment'] }).notNull(),
    mime: text('mime').notNull(),
    originalName: text('original_name').notNull(),
    size: integer('size').notNull(),
    width: integer('width'),
    height: integer('height'),
    /** Widths of the stored image variants, ascending. */
    variants: jsonb('variants').$type<number[]>(),
    uploaderId: integer('uploader_id')
      .notNull()
      .references(() => users.id),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('files_article_idx').on(t.articleId)],
);

/** The in-app inbox: one row per person notified. */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', {
      enum: ['submitted', 'approved', 'changes_requested', 'rejected', 'published', 'schedule_failed'],
    }).notNull(),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id').references(() => users.id),
    /** The article title and comment at the time, so the inbox reads without joins. */
    data: jsonb('data').$type<Record<string, string | number | null>>(),
    readAt: ts('read_at'),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt)],
);

/** Mail waiting to be sent (or sent): a mail server that is down never blocks a transition. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: serial('id').primaryKey(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    sentAt: ts('sent_at'),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [index('mail_outbox_due_idx').on(t.sentAt, t.nextAttemptAt)],
);

/** Append-only: the app inserts and never updates or deletes. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id'),
    fromState: text('from_state'),
    toState: text('to_state'),
    comment: text('comment'),
    data: jsonb('data').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId), index('audit_log_actor_idx').on(t.actorId)],
);

/**
 * The search index: one row per published article, holding the tokens of its live
 * revision (see lib/search/tokenize.ts). SQLite's FTS5 table search_fts and PostgreSQL's
 * weighted tsvector column are kept in step with it by the custom SQL of migration 0005.
 * Who may see a row is decided when searching, by joining articles.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    articleId: integer('article_id')
      .primaryKey()
      .references(() => articles.id, { onDelete: 'cascade' }),
    revisionId: integer('revision_id').notNull(),
    language: text('language', { enum: ['en', 'zh'] }).notNull(),
    meetingKind: text('meeting_kind'),
    title: text('title').notNull().default(''),
    summary: text('summary').notNull().default(''),
    /** Body and meeting data (speakers, key tasks, presider, name, location). */
    body: text('body').notNull().default(''),
    /** Dictionary words of the CJK text, for the whole-word bonus. */
    words: text('words').notNull().default(''),
    /** Filter tokens (visibility, category, unit, year, meeting kind), so filters narrow the match. */
    facets: text('facets').notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [index('search_documents_meeting_kind_idx').on(t.meetingKind)],
);

/** Personal feed tokens: only a hash is kept; revoking deletes the row. */
export const feedTokens = pgTable(
  'feed_tokens',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    lastUsedAt: ts('last_used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('feed_tokens_user_idx').on(t.userId)],
);
