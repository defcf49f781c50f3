import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { RevisionMeta } from '@/lib/article-fields';
import type { MeetingData } from '@/lib/meeting';

// Keep every table, column and index in step with ./pg.ts: tests/unit/schema.test.ts
// compares the two.

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`)
    .$onUpdate(() => new Date());

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  locale: text('locale', { enum: ['en', 'zh'] }).notNull().default('en'),
  sessionVersion: integer('session_version').notNull().default(1),
  lastLoginAt: integer('last_login_at', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const units = sqliteTable('units', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  kind: text('kind', { enum: ['group', 'department', 'company'] }).notNull(),
  parentId: integer('parent_id').references((): AnySQLiteColumn => units.id),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const roleGrants = sqliteTable(
  'role_grants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['reader', 'editor', 'approver', 'admin'] }).notNull(),
    unitId: integer('unit_id').references(() => units.id),
    createdAt: createdAt(),
  },
  (t) => [index('role_grants_user_idx').on(t.userId)],
);

export const categories = sqliteTable('categories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const meetingSeries = sqliteTable('meeting_series', {
  id: integer('id').primaryKey({ autoIncrement: true }),
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
export const meetingKinds = sqliteTable('meeting_kinds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
});

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
    translationId: integer('translation_id').references((): AnySQLiteColumn => articles.id, {
      onDelete: 'set null',
    }),
    seriesId: integer('series_id').references(() => meetingSeries.id),
    visibility: text('visibility', { enum: ['internal', 'public'] }).notNull().default('internal'),
    pinned: integer('pinned', { mode: 'boolean' }).notNull().default(false),
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
    mustRead: integer('must_read', { mode: 'boolean' }).notNull().default(false),
    status: text('status', {
      enum: ['draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived'],
    })
      .notNull()
      .default('draft'),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
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
    approvedAt: integer('approved_at', { mode: 'timestamp_ms' }),
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

export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    meeting: text('meeting', { mode: 'json' }).$type<MeetingData>(),
    /** Every other field of the article as of this revision (see lib/article-fields.ts). */
    meta: text('meta', { mode: 'json' }).$type<RevisionMeta>(),
    editorId: integer('editor_id')
      .notNull()
      .references(() => users.id),
    note: text('note'),
    /** The review of this revision: its outcome, the reviewer's comment, who and when. */
    reviewOutcome: text('review_outcome', { enum: ['approved', 'changes_requested', 'rejected'] }),
    reviewComment: text('review_comment'),
    reviewerId: integer('reviewer_id').references(() => users.id),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
    /** An autosave; later autosaves by the same editor may merge into it. */
    autosave: integer('autosave', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('article_revisions_article_version_idx').on(t.articleId, t.version)],
);

export const articleTags = sqliteTable(
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
export const articleViews = sqliteTable('article_views', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  views: integer('views').notNull().default(0),
  readers: integer('readers').notNull().default(0),
  updatedAt: updatedAt(),
});

/** One row per signed-in reader who opened an article: the unique readers. */
export const articleReaders = sqliteTable(
  'article_readers',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    firstViewedAt: integer('first_viewed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

export const mustReadAcks = sqliteTable(
  'must_read_acks',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ackedAt: integer('acked_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

/** Uploaded files. The bytes live in storage (lib/storage) under `key`; the name is data only. */
export const files = sqliteTable(
  'files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull().unique(),
    kind: text('kind', { enum: ['image', 'attachment'] }).notNull(),
    mime: text('mime').notNull(),
    originalName: text('original_name').notNull(),
    size: integer('size').notNull(),
    width: integer('width'),
    height: integer('height'),
    /** Widths of the stored image variants, ascending. */
    variants: text('variants', { mode: 'json' }).$type<number[]>(),
    uploaderId: integer('uploader_id')
      .notNull()
      .references(() => users.id),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('files_article_idx').on(t.articleId)],
);

/** The in-app inbox: one row per person notified. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', {
      enum: ['submitted', 'approved', 'changes_requested', 'rejected', 'published', 'schedule_failed'],
    }).notNull(),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id').references(() => users.id),
    /** The article title and comment at the time, so the inbox reads without joins. */
    data: text('data', { mode: 'json' }).$type<Record<string, string | number | null>>(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt)],
);

/** Mail waiting to be sent (or sent): a mail server that is down never blocks a transition. */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [index('mail_outbox_due_idx').on(t.sentAt, t.nextAttemptAt)],
);

/** Append-only: the app inserts and never updates or deletes. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id'),
    fromState: text('from_state'),
    toState: text('to_state'),
    comment: text('comment'),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>(),
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
export const searchDocuments = sqliteTable(
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
export const feedTokens = sqliteTable(
  'feed_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('feed_tokens_user_idx').on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Unit = typeof units.$inferSelect;
export type RoleGrant = typeof roleGrants.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type MeetingKindRow = typeof meetingKinds.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type NewArticleRevision = typeof articleRevisions.$inferInsert;
export type StoredFile = typeof files.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type SearchDocument = typeof searchDocuments.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
