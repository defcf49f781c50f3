CREATE TABLE "archive_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"content_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"article_id" integer,
	"imported_by" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "archive_imports_content_hash_unique" UNIQUE("content_hash")
);
--> statement-breakpoint
ALTER TABLE "archive_imports" ADD CONSTRAINT "archive_imports_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_imports" ADD CONSTRAINT "archive_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "archive_imports_article_idx" ON "archive_imports" USING btree ("article_id");