import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ColumnKit } from '@/db/dialect';
import type { RevisionMeta } from '@/lib/article-fields';
import type { MeetingData } from '@/lib/meeting';
import { defineIdentityTables } from './identity-tables';

// Every table, column and index of Newsroom, declared once for both databases with the
// column constructors of one of them (db/dialects/*/columns.ts): db/schema/sqlite.ts and
// db/schema/pg.ts are this with their kit. A difference between the databases belongs in
// the kits, never here. The types are those of the SQLite kit, which the app is typed
// against (see db/dialect.ts).

export function defineTables(kit: ColumnKit) {
  const { table, id, int, text, bool, timestamp, now, json, index, uniqueIndex, primaryKey } = kit;
  const createdAt = () => timestamp('created_at').notNull().default(now());
  const updatedAt = () =>
    timestamp('updated_at')
      .notNull()
      .default(now())
      // Written by the app on every insert too: databases upgraded from the first releases
      // have a constant default on article_revisions (see migration 0002).
      .$defaultFn(() => new Date())
      .$onUpdate(() => new Date());
  // A row that belongs to a user, or to an article, and goes with it.
  const ofUser = () =>
    int('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' });
  const ofArticle = () =>
    int('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' });
  const articleKey = () =>
    int('article_id')
      .primaryKey()
      .references(() => articles.id, { onDelete: 'cascade' });

  const users = table('users', {
    id: id(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    active: bool('active').notNull().default(true),
    locale: text('locale', { enum: ['en', 'zh'] }).notNull().default('en'),
    sessionVersion: int('session_version').notNull().default(1),
    lastLoginAt: timestamp('last_login_at'),
    /** The unit the employee belongs to (their home unit; roles carry their own scopes). */
    unitId: int('unit_id').references((): AnySQLiteColumn => units.id),
    /**
     * When the account was erased (data protection): the row stays, emptied, so that the
     * articles and audit entries that refer to it read "former employee".
     */
    erasedAt: timestamp('erased_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  });

  const units = table('units', {
    id: id(),
    code: text('code').notNull().unique(),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull(),
    kind: text('kind', { enum: ['group', 'department', 'company'] }).notNull(),
    parentId: int('parent_id').references((): AnySQLiteColumn => units.id),
    sortOrder: int('sort_order').notNull().default(0),
    /** Retired units stay (articles, members and grants refer to them) but take nothing new. */
    retiredAt: timestamp('retired_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  });

  const roleGrants = table(
    'role_grants',
    {
      id: id(),
      userId: ofUser(),
      role: text('role', { enum: ['reader', 'editor', 'approver', 'admin'] }).notNull(),
      unitId: int('unit_id').references(() => units.id),
      /** manual: granted by an admin; directory: from the identity provider's groups, replaced at each sign-in. */
      source: text('source', { enum: ['manual', 'directory'] }).notNull().default('manual'),
      createdAt: createdAt(),
    },
    (t) => [index('role_grants_user_idx').on(t.userId)],
  );

  const categories = table('categories', {
    id: id(),
    slug: text('slug').notNull().unique(),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull(),
    sortOrder: int('sort_order').notNull().default(0),
    /** Retired categories keep their articles but take no new ones. */
    retiredAt: timestamp('retired_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  });

  const meetingSeries = table('meeting_series', {
    id: id(),
    slug: text('slug').notNull().unique(),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull(),
    unitId: int('unit_id').references(() => units.id),
    createdAt: createdAt(),
  });

  /**
   * Kinds of meeting (annual work meeting, board meeting, ...), named in both languages.
   * The six built-in kinds come with the migration; admins add more. Meeting data refers
   * to a kind by its code.
   */
  const meetingKinds = table('meeting_kinds', {
    id: id(),
    code: text('code').notNull().unique(),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull(),
    sortOrder: int('sort_order').notNull().default(0),
    createdAt: createdAt(),
  });

  const tags = table('tags', {
    id: id(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  });

  const articles = table(
    'articles',
    {
      id: id(),
      slug: text('slug').notNull().default(''),
      categoryId: int('category_id')
        .notNull()
        .references(() => categories.id),
      sourceUnitId: int('source_unit_id').references(() => units.id),
      sourceText: text('source_text'),
      authorId: int('author_id')
        .notNull()
        .references(() => users.id),
      language: text('language', { enum: ['en', 'zh'] }).notNull(),
      translationId: int('translation_id').references((): AnySQLiteColumn => articles.id, {
        onDelete: 'set null',
      }),
      seriesId: int('series_id').references(() => meetingSeries.id),
      visibility: text('visibility', { enum: ['internal', 'public'] }).notNull().default('internal'),
      pinned: bool('pinned').notNull().default(false),
      featured: bool('featured').notNull().default(false),
      mustRead: bool('must_read').notNull().default(false),
      status: text('status', {
        enum: ['draft', 'in_review', 'approved', 'scheduled', 'published', 'rejected', 'archived'],
      })
        .notNull()
        .default('draft'),
      publishedAt: timestamp('published_at'),
      scheduledAt: timestamp('scheduled_at'),
      liveRevisionId: int('live_revision_id'),
      workingRevisionId: int('working_revision_id'),
      /** Storage key of the live cover image. */
      coverKey: text('cover_key'),
      /**
       * The workflow state of the working revision of a published article (the article stays
       * published meanwhile); null when nothing is pending. Unpublished articles use `status`.
       */
      pendingState: text('pending_state', { enum: ['draft', 'in_review', 'approved', 'scheduled', 'rejected'] }),
      /** The version that was submitted for review, and the version an approver approved. */
      submittedVersion: int('submitted_version'),
      approvedVersion: int('approved_version'),
      approvedBy: int('approved_by').references(() => users.id),
      approvedAt: timestamp('approved_at'),
      /** Why the last scheduled publication failed; cleared when it succeeds. */
      scheduleError: text('schedule_error'),
      /** Bumped by every save; a save names the version it was based on. */
      version: int('version').notNull().default(1),
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

  const articleRevisions = table(
    'article_revisions',
    {
      id: id(),
      articleId: ofArticle(),
      version: int('version').notNull(),
      title: text('title').notNull(),
      summary: text('summary').notNull().default(''),
      body: text('body').notNull().default(''),
      meeting: json<MeetingData>('meeting'),
      /** Every other field of the article as of this revision (see lib/article-fields.ts). */
      meta: json<RevisionMeta>('meta'),
      editorId: int('editor_id')
        .notNull()
        .references(() => users.id),
      note: text('note'),
      /** The review of this revision: its outcome, the reviewer's comment, who and when. */
      reviewOutcome: text('review_outcome', { enum: ['approved', 'changes_requested', 'rejected'] }),
      reviewComment: text('review_comment'),
      reviewerId: int('reviewer_id').references(() => users.id),
      reviewedAt: timestamp('reviewed_at'),
      /** An autosave; later autosaves by the same editor may merge into it. */
      autosave: bool('autosave').notNull().default(false),
      createdAt: createdAt(),
      updatedAt: updatedAt(),
    },
    (t) => [uniqueIndex('article_revisions_article_version_idx').on(t.articleId, t.version)],
  );

  const articleTags = table(
    'article_tags',
    {
      articleId: ofArticle(),
      tagId: int('tag_id')
        .notNull()
        .references(() => tags.id, { onDelete: 'cascade' }),
    },
    (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId)],
  );

  /** Aggregated view counts, written in batches (see lib/views). */
  const articleViews = table('article_views', {
    articleId: articleKey(),
    views: int('views').notNull().default(0),
    readers: int('readers').notNull().default(0),
    updatedAt: updatedAt(),
  });

  /** The key of the tables of what readers did with an article: one row per reader and article. */
  const byReaderOfArticle = (t: { articleId: AnySQLiteColumn; userId: AnySQLiteColumn }) => [
    primaryKey({ columns: [t.articleId, t.userId] }),
  ];

  /** One row per signed-in reader who opened an article: the unique readers. */
  const articleReaders = table(
    'article_readers',
    { articleId: ofArticle(), userId: ofUser(), firstViewedAt: timestamp('first_viewed_at').notNull() },
    byReaderOfArticle,
  );

  const mustReadAcks = table(
    'must_read_acks',
    { articleId: ofArticle(), userId: ofUser(), ackedAt: timestamp('acked_at').notNull() },
    byReaderOfArticle,
  );

  /** Uploaded files. The bytes live in storage (lib/storage) under `key`; the name is data only. */
  const files = table(
    'files',
    {
      id: id(),
      key: text('key').notNull().unique(),
      kind: text('kind', { enum: ['image', 'attachment'] }).notNull(),
      mime: text('mime').notNull(),
      originalName: text('original_name').notNull(),
      size: int('size').notNull(),
      width: int('width'),
      height: int('height'),
      /** Widths of the stored image variants, ascending. */
      variants: json<number[]>('variants'),
      uploaderId: int('uploader_id')
        .notNull()
        .references(() => users.id),
      articleId: int('article_id').references(() => articles.id, { onDelete: 'set null' }),
      createdAt: createdAt(),
    },
    (t) => [index('files_article_idx').on(t.articleId)],
  );

  /** The in-app inbox: one row per person notified. */
  const notifications = table(
    'notifications',
    {
      id: id(),
      userId: ofUser(),
      kind: text('kind', {
        enum: ['submitted', 'approved', 'changes_requested', 'rejected', 'published', 'schedule_failed'],
      }).notNull(),
      articleId: int('article_id').references(() => articles.id, { onDelete: 'cascade' }),
      actorId: int('actor_id').references(() => users.id),
      /** The article title and comment at the time, so the inbox reads without joins. */
      data: json<Record<string, string | number | null>>('data'),
      readAt: timestamp('read_at'),
      createdAt: createdAt(),
    },
    (t) => [index('notifications_user_idx').on(t.userId, t.readAt)],
  );

  /** Mail waiting to be sent (or sent): a mail server that is down never blocks a transition. */
  const mailOutbox = table(
    'mail_outbox',
    {
      id: id(),
      toAddress: text('to_address').notNull(),
      subject: text('subject').notNull(),
      body: text('body').notNull(),
      attempts: int('attempts').notNull().default(0),
      nextAttemptAt: timestamp('next_attempt_at').notNull(),
      sentAt: timestamp('sent_at'),
      lastError: text('last_error'),
      createdAt: createdAt(),
    },
    (t) => [index('mail_outbox_due_idx').on(t.sentAt, t.nextAttemptAt)],
  );

  /** Append-only: the app inserts and never updates or deletes. */
  const auditLog = table(
    'audit_log',
    {
      id: id(),
      actorId: int('actor_id').references(() => users.id),
      action: text('action').notNull(),
      entityType: text('entity_type').notNull(),
      entityId: int('entity_id'),
      fromState: text('from_state'),
      toState: text('to_state'),
      comment: text('comment'),
      data: json<Record<string, unknown>>('data'),
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
  const searchDocuments = table(
    'search_documents',
    {
      articleId: articleKey(),
      revisionId: int('revision_id').notNull(),
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
  const feedTokens = table(
    'feed_tokens',
    {
      id: id(),
      userId: ofUser(),
      tokenHash: text('token_hash').notNull().unique(),
      lastUsedAt: timestamp('last_used_at'),
      createdAt: createdAt(),
    },
    (t) => [index('feed_tokens_user_idx').on(t.userId)],
  );

  /** Portal settings that admins change in the console (lib/dal/settings.ts); env gives the defaults. */
  const settings = table('settings', {
    key: text('key').primaryKey(),
    value: json<unknown>('value'),
    updatedAt: updatedAt(),
  });

  /** Invitations to choose a password: only a hash of the token is kept; used once. */
  const invitations = table(
    'invitations',
    {
      id: id(),
      userId: ofUser(),
      tokenHash: text('token_hash').notNull().unique(),
      expiresAt: timestamp('expires_at').notNull(),
      usedAt: timestamp('used_at'),
      createdAt: createdAt(),
    },
    (t) => [index('invitations_user_idx').on(t.userId)],
  );

  /**
   * Files brought in by the archive import (lib/archive), one row per content: a second run
   * over the same files finds them here and imports nothing twice.
   */
  const archiveImports = table(
    'archive_imports',
    {
      id: id(),
      /** SHA-256 of the text the file gave, whitespace normalised. */
      contentHash: text('content_hash').notNull().unique(),
      fileName: text('file_name').notNull(),
      articleId: int('article_id').references(() => articles.id, { onDelete: 'set null' }),
      importedBy: int('imported_by').references(() => users.id, { onDelete: 'set null' }),
      createdAt: createdAt(),
    },
    (t) => [index('archive_imports_article_idx').on(t.articleId)],
  );

  return {
    users,
    units,
    roleGrants,
    categories,
    meetingSeries,
    meetingKinds,
    tags,
    articles,
    articleRevisions,
    articleTags,
    articleViews,
    articleReaders,
    mustReadAcks,
    files,
    notifications,
    mailOutbox,
    auditLog,
    searchDocuments,
    feedTokens,
    ...defineIdentityTables(kit, { users, units }),
    settings,
    invitations,
    archiveImports,
  };
}

export type Tables = ReturnType<typeof defineTables>;

export type User = Tables['users']['$inferSelect'];
export type NewUser = Tables['users']['$inferInsert'];
export type Unit = Tables['units']['$inferSelect'];
export type RoleGrant = Tables['roleGrants']['$inferSelect'];
export type Category = Tables['categories']['$inferSelect'];
export type MeetingKindRow = Tables['meetingKinds']['$inferSelect'];
export type Article = Tables['articles']['$inferSelect'];
export type NewArticle = Tables['articles']['$inferInsert'];
export type ArticleRevision = Tables['articleRevisions']['$inferSelect'];
export type NewArticleRevision = Tables['articleRevisions']['$inferInsert'];
export type StoredFile = Tables['files']['$inferSelect'];
export type Notification = Tables['notifications']['$inferSelect'];
export type SearchDocument = Tables['searchDocuments']['$inferSelect'];
export type AuditEntry = Tables['auditLog']['$inferSelect'];
