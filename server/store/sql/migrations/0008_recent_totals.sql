CREATE TABLE "metrics_recent_day" (
	"day" integer NOT NULL,
	CONSTRAINT "metrics_recent_day_pkey" PRIMARY KEY("day")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "views_7d" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "shares_7d" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "views_30d" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "shares_30d" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "articles_views_7d_idx" ON "articles" USING btree ("views_7d" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "articles_shares_7d_idx" ON "articles" USING btree ("shares_7d" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "articles_views_30d_idx" ON "articles" USING btree ("views_30d" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "articles_shares_30d_idx" ON "articles" USING btree ("shares_30d" DESC NULLS LAST,"id");--> statement-breakpoint
-- Written by hand from here: the sums of an existing database, over the 7 and 30 days ending on
-- its last day with rows (traffic.ts keeps them from now on).
INSERT INTO "metrics_recent_day" ("day") SELECT max("day") FROM "metrics_daily" HAVING max("day") IS NOT NULL;
--> statement-breakpoint
UPDATE "articles" SET "views_7d" = t.views_7d, "shares_7d" = t.shares_7d, "views_30d" = t.views_30d, "shares_30d" = t.shares_30d
FROM (
  SELECT m.article_id,
    coalesce(sum(m.views) FILTER (WHERE m.day > r.day - 7), 0)::int AS views_7d,
    coalesce(sum(m.shares) FILTER (WHERE m.day > r.day - 7), 0)::int AS shares_7d,
    sum(m.views)::int AS views_30d, sum(m.shares)::int AS shares_30d
  FROM "metrics_daily" m, "metrics_recent_day" r
  WHERE m.day BETWEEN r.day - 29 AND r.day
  GROUP BY m.article_id
) t
WHERE "articles".id = t.article_id;
