CREATE TABLE `archive_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`content_hash` text NOT NULL,
	`file_name` text NOT NULL,
	`article_id` integer,
	`imported_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `archive_imports_content_hash_unique` ON `archive_imports` (`content_hash`);--> statement-breakpoint
CREATE INDEX `archive_imports_article_idx` ON `archive_imports` (`article_id`);