CREATE TABLE "metrics_segment_daily" (
	"day" integer NOT NULL,
	"category_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"lang" text NOT NULL,
	"views" bigint NOT NULL,
	"shares" bigint NOT NULL,
	"facebook" bigint NOT NULL,
	"x" bigint NOT NULL,
	"whatsapp" bigint NOT NULL,
	"telegram" bigint NOT NULL,
	"email" bigint NOT NULL,
	CONSTRAINT "metrics_segment_daily_pkey" PRIMARY KEY("day","category_id","author_id","lang")
);
