CREATE TABLE `feed_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`last_used_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feed_tokens_token_hash_unique` ON `feed_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `feed_tokens_user_idx` ON `feed_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `search_documents` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`revision_id` integer NOT NULL,
	`language` text NOT NULL,
	`meeting_kind` text,
	`title` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`words` text DEFAULT '' NOT NULL,
	`facets` text DEFAULT '' NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `search_documents_meeting_kind_idx` ON `search_documents` (`meeting_kind`);--> statement-breakpoint
-- Full-text index over search_documents (custom SQL). The columns hold our own tokens
-- separated by spaces (lib/search/tokenize.ts); the ascii tokenizer splits on spaces and
-- keeps every non-ASCII character, so CJK pairs and accented words stay whole.
CREATE VIRTUAL TABLE `search_fts` USING fts5(
	title, summary, body, words, facets,
	content='search_documents', content_rowid='article_id',
	tokenize='ascii', prefix='3', detail='full'
);
--> statement-breakpoint
CREATE TRIGGER `search_documents_fts_insert` AFTER INSERT ON `search_documents` BEGIN
	INSERT INTO search_fts(rowid, title, summary, body, words, facets) VALUES (new.article_id, new.title, new.summary, new.body, new.words, new.facets);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_fts_delete` AFTER DELETE ON `search_documents` BEGIN
	INSERT INTO search_fts(search_fts, rowid, title, summary, body, words, facets) VALUES ('delete', old.article_id, old.title, old.summary, old.body, old.words, old.facets);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_fts_update` AFTER UPDATE ON `search_documents` BEGIN
	INSERT INTO search_fts(search_fts, rowid, title, summary, body, words, facets) VALUES ('delete', old.article_id, old.title, old.summary, old.body, old.words, old.facets);
	INSERT INTO search_fts(rowid, title, summary, body, words, facets) VALUES (new.article_id, new.title, new.summary, new.body, new.words, new.facets);
END;
