CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`sent_at` integer,
	`last_error` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_due_idx` ON `mail_outbox` (`sent_at`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`article_id` integer,
	`actor_id` integer,
	`data` text,
	`read_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`);--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `review_outcome` text;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `review_comment` text;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `reviewer_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `reviewed_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `pending_state` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `submitted_version` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `approved_version` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `approved_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `articles` ADD `approved_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `schedule_error` text;--> statement-breakpoint
CREATE INDEX `articles_scheduled_idx` ON `articles` (`scheduled_at`);--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
UPDATE articles SET submitted_version = version WHERE status = 'in_review';
