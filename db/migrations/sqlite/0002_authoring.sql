CREATE TABLE `files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`mime` text NOT NULL,
	`original_name` text NOT NULL,
	`size` integer NOT NULL,
	`width` integer,
	`height` integer,
	`variants` text,
	`uploader_id` integer NOT NULL,
	`article_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`uploader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `files_key_unique` ON `files` (`key`);--> statement-breakpoint
CREATE INDEX `files_article_idx` ON `files` (`article_id`);--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `meta` text;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `autosave` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- SQLite adds a NOT NULL column to a filled table only with a constant default; the app
-- writes this column on every insert, and existing revisions were last changed when made.
ALTER TABLE `article_revisions` ADD `updated_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `article_revisions` SET `updated_at` = `created_at`;--> statement-breakpoint
ALTER TABLE `articles` ADD `cover_key` text;--> statement-breakpoint
UPDATE `article_revisions` SET `meta` = (
  SELECT json_object(
    'categoryId', a.category_id, 'sourceUnitId', a.source_unit_id, 'sourceText', coalesce(a.source_text, ''),
    'language', a.language, 'translationId', a.translation_id, 'seriesId', a.series_id,
    'visibility', a.visibility, 'pinned', json(CASE WHEN a.pinned THEN 'true' ELSE 'false' END),
    'featured', json(CASE WHEN a.featured THEN 'true' ELSE 'false' END),
    'mustRead', json(CASE WHEN a.must_read THEN 'true' ELSE 'false' END),
    'tags', (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id),
    'coverKey', NULL, 'attachments', json('[]'))
  FROM articles a WHERE a.id = article_revisions.article_id
) WHERE `meta` IS NULL;
