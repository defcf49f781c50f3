CREATE TABLE "meeting_kinds" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_zh" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_kinds_code_unique" UNIQUE("code")
);
--> statement-breakpoint
INSERT INTO "meeting_kinds" ("code", "name_en", "name_zh", "sort_order") VALUES
	('annual_work', 'Annual work meeting', '年度工作会议', 10),
	('mid_year_work', 'Mid-year work meeting', '年中工作会议', 20),
	('quarterly_analysis', 'Quarterly operation analysis', '季度经营分析会', 30),
	('party_committee', 'Party committee meeting', '党委会议', 40),
	('board', 'Board meeting', '董事会会议', 50),
	('other', 'Other meeting', '其他会议', 90);
