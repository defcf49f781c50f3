CREATE TABLE "files" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"mime" text NOT NULL,
	"original_name" text NOT NULL,
	"size" integer NOT NULL,
	"width" integer,
	"height" integer,
	"variants" jsonb,
	"uploader_id" integer NOT NULL,
	"article_id" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "article_revisions" ADD COLUMN "meta" jsonb;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD COLUMN "autosave" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD COLUMN "updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
UPDATE "article_revisions" SET "updated_at" = "created_at";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "cover_key" text;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploader_id_users_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_article_idx" ON "files" USING btree ("article_id");--> statement-breakpoint
UPDATE "article_revisions" r SET "meta" = jsonb_build_object(
  'categoryId', a.category_id, 'sourceUnitId', a.source_unit_id, 'sourceText', coalesce(a.source_text, ''),
  'language', a.language, 'translationId', a.translation_id, 'seriesId', a.series_id,
  'visibility', a.visibility, 'pinned', a.pinned, 'featured', a.featured, 'mustRead', a.must_read,
  'tags', coalesce((SELECT jsonb_agg(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), '[]'::jsonb),
  'coverKey', NULL, 'attachments', '[]'::jsonb)
FROM "articles" a WHERE a.id = r.article_id AND r."meta" IS NULL;
