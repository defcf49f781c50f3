CREATE TABLE "feed_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"last_used_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "search_documents" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"revision_id" integer NOT NULL,
	"language" text NOT NULL,
	"meeting_kind" text,
	"title" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"words" text DEFAULT '' NOT NULL,
	"facets" text DEFAULT '' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feed_tokens" ADD CONSTRAINT "feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feed_tokens_user_idx" ON "feed_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "search_documents_meeting_kind_idx" ON "search_documents" USING btree ("meeting_kind");--> statement-breakpoint
-- Full-text index over search_documents (custom SQL). The columns hold our own tokens
-- separated by spaces (lib/search/tokenize.ts); the 'simple' configuration keeps them as
-- they are. Weights: A title, B summary, C body and meeting data, D whole CJK words.
ALTER TABLE "search_documents" ADD COLUMN "tsv" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('simple'::regconfig, "title"), 'A')
	|| setweight(to_tsvector('simple'::regconfig, "summary"), 'B')
	|| setweight(to_tsvector('simple'::regconfig, "body"), 'C')
	|| setweight(to_tsvector('simple'::regconfig, "words"), 'D')
) STORED;
--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING gin ("tsv");
