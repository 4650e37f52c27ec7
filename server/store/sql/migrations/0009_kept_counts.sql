CREATE TABLE "article_status_counts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "article_status_counts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"n" integer NOT NULL,
	"lang" text NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tag_article_counts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tag_article_counts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"n" integer NOT NULL,
	"tag_id" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "tag_article_counts_tag_idx" ON "tag_article_counts" USING btree ("tag_id");--> statement-breakpoint
-- tag_article_counts and article_status_counts are kept by triggers, in the transaction of every
-- change to article_tags or articles, whatever code writes them: each statement appends its
-- change as rows (never updates one), a read sums a key's rows, and nd_fold_counts() (server
-- housekeeping) folds them into one row per key. A tag counts distinct articles: an article's
-- rows are written and removed together (the store replaces them all in one statement each).
--
-- One function per transition table: PL/pgSQL names them in its queries.
CREATE FUNCTION nd_tag_counts_in() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO tag_article_counts (tag_id, n) SELECT tag_id, count(DISTINCT article_id) FROM new_rows GROUP BY tag_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION nd_tag_counts_out() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO tag_article_counts (tag_id, n) SELECT tag_id, -count(DISTINCT article_id) FROM old_rows GROUP BY tag_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER article_tags_count_insert AFTER INSERT ON article_tags
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nd_tag_counts_in();
--> statement-breakpoint
CREATE TRIGGER article_tags_count_delete AFTER DELETE ON article_tags
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION nd_tag_counts_out();
--> statement-breakpoint
CREATE TRIGGER article_tags_count_update_out AFTER UPDATE ON article_tags
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION nd_tag_counts_out();
--> statement-breakpoint
CREATE TRIGGER article_tags_count_update_in AFTER UPDATE ON article_tags
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nd_tag_counts_in();
--> statement-breakpoint
CREATE FUNCTION nd_status_counts_in() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO article_status_counts (lang, status, n) SELECT lang, status, count(*) FROM new_rows GROUP BY lang, status;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION nd_status_counts_out() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO article_status_counts (lang, status, n) SELECT lang, status, -count(*) FROM old_rows GROUP BY lang, status;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER articles_count_insert AFTER INSERT ON articles
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nd_status_counts_in();
--> statement-breakpoint
CREATE TRIGGER articles_count_delete AFTER DELETE ON articles
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION nd_status_counts_out();
--> statement-breakpoint
-- An update moves an article only when its language or status changes: a row trigger with a
-- condition, so the updates that change neither (every save, the traffic's views) cost nothing.
CREATE FUNCTION nd_status_counts_move() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO article_status_counts (lang, status, n) VALUES (OLD.lang, OLD.status, -1), (NEW.lang, NEW.status, 1);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER articles_count_move AFTER UPDATE OF lang, status ON articles
FOR EACH ROW WHEN (OLD.lang IS DISTINCT FROM NEW.lang OR OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION nd_status_counts_move();
--> statement-breakpoint
-- Each DELETE … RETURNING removes only rows its snapshot sees: rows appended meanwhile by other
-- transactions stay, and two folds at once each fold only the rows they deleted.
CREATE FUNCTION nd_fold_counts() RETURNS void
LANGUAGE sql
AS $$
  WITH gone AS (DELETE FROM tag_article_counts RETURNING tag_id, n)
  INSERT INTO tag_article_counts (tag_id, n) SELECT tag_id, sum(n) FROM gone GROUP BY tag_id HAVING sum(n) <> 0;
  WITH gone AS (DELETE FROM article_status_counts RETURNING lang, status, n)
  INSERT INTO article_status_counts (lang, status, n) SELECT lang, status, sum(n) FROM gone GROUP BY lang, status HAVING sum(n) <> 0;
$$;
--> statement-breakpoint
INSERT INTO tag_article_counts (tag_id, n) SELECT tag_id, count(DISTINCT article_id) FROM article_tags GROUP BY tag_id;
--> statement-breakpoint
INSERT INTO article_status_counts (lang, status, n) SELECT lang, status, count(*) FROM articles GROUP BY lang, status;
