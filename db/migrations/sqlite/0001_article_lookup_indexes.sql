DROP INDEX `articles_series_idx`;--> statement-breakpoint
CREATE INDEX `articles_series_published_idx` ON `articles` (`series_id`,`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `articles_pinned_published_idx` ON `articles` (`pinned`,`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `articles_featured_published_idx` ON `articles` (`featured`,`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `articles_must_read_published_idx` ON `articles` (`must_read`,`status`,`published_at`);