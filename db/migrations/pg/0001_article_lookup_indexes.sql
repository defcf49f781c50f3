DROP INDEX "articles_series_idx";--> statement-breakpoint
CREATE INDEX "articles_series_published_idx" ON "articles" USING btree ("series_id","status","published_at");--> statement-breakpoint
CREATE INDEX "articles_pinned_published_idx" ON "articles" USING btree ("pinned","status","published_at");--> statement-breakpoint
CREATE INDEX "articles_featured_published_idx" ON "articles" USING btree ("featured","status","published_at");--> statement-breakpoint
CREATE INDEX "articles_must_read_published_idx" ON "articles" USING btree ("must_read","status","published_at");