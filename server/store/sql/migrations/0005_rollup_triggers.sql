-- metrics_segment_daily is kept by triggers, in the transaction of every change to metric rows
-- or to an article's segment (category, author, language): it always equals the sums of
-- metrics_daily grouped by day and segment, whatever code writes the rows.
--
-- One function per transition table: PL/pgSQL names them in its queries.
CREATE FUNCTION nd_rollup_rows_in() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO metrics_segment_daily AS r (day, category_id, author_id, lang, views, shares, facebook, x, whatsapp, telegram, email)
  SELECT n.day, coalesce(a.category_id, -1), coalesce(a.author_id, -1), a.lang,
    sum(n.views), sum(n.shares), sum(n.facebook), sum(n.x), sum(n.whatsapp), sum(n.telegram), sum(n.email)
  FROM new_rows n JOIN articles a ON a.id = n.article_id
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (day, category_id, author_id, lang) DO UPDATE SET
    views = r.views + excluded.views, shares = r.shares + excluded.shares, facebook = r.facebook + excluded.facebook,
    x = r.x + excluded.x, whatsapp = r.whatsapp + excluded.whatsapp, telegram = r.telegram + excluded.telegram,
    email = r.email + excluded.email;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION nd_rollup_rows_out() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO metrics_segment_daily AS r (day, category_id, author_id, lang, views, shares, facebook, x, whatsapp, telegram, email)
  SELECT o.day, coalesce(a.category_id, -1), coalesce(a.author_id, -1), a.lang,
    -sum(o.views), -sum(o.shares), -sum(o.facebook), -sum(o.x), -sum(o.whatsapp), -sum(o.telegram), -sum(o.email)
  FROM old_rows o JOIN articles a ON a.id = o.article_id
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (day, category_id, author_id, lang) DO UPDATE SET
    views = r.views + excluded.views, shares = r.shares + excluded.shares, facebook = r.facebook + excluded.facebook,
    x = r.x + excluded.x, whatsapp = r.whatsapp + excluded.whatsapp, telegram = r.telegram + excluded.telegram,
    email = r.email + excluded.email;
  -- Segments left with nothing on a day (days moved out of the window) are dropped.
  DELETE FROM metrics_segment_daily r USING (SELECT DISTINCT day FROM old_rows) d
  WHERE r.day = d.day AND r.views = 0 AND r.shares = 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER metrics_daily_rollup_insert AFTER INSERT ON metrics_daily
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nd_rollup_rows_in();
--> statement-breakpoint
CREATE TRIGGER metrics_daily_rollup_delete AFTER DELETE ON metrics_daily
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION nd_rollup_rows_out();
--> statement-breakpoint
-- An update is a removal of the old rows and an addition of the new ones.
CREATE TRIGGER metrics_daily_rollup_update_out AFTER UPDATE ON metrics_daily
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION nd_rollup_rows_out();
--> statement-breakpoint
CREATE TRIGGER metrics_daily_rollup_update_in AFTER UPDATE ON metrics_daily
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION nd_rollup_rows_in();
--> statement-breakpoint
-- An article that changes segment moves its rows' sums from the old segment to the new one.
CREATE FUNCTION nd_rollup_move_article() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO metrics_segment_daily AS r (day, category_id, author_id, lang, views, shares, facebook, x, whatsapp, telegram, email)
  SELECT m.day, s.category_id, s.author_id, s.lang,
    s.sign * sum(m.views), s.sign * sum(m.shares), s.sign * sum(m.facebook), s.sign * sum(m.x),
    s.sign * sum(m.whatsapp), s.sign * sum(m.telegram), s.sign * sum(m.email)
  FROM metrics_daily m,
    (VALUES (-1, coalesce(OLD.category_id, -1), coalesce(OLD.author_id, -1), OLD.lang),
            (1, coalesce(NEW.category_id, -1), coalesce(NEW.author_id, -1), NEW.lang)) AS s(sign, category_id, author_id, lang)
  WHERE m.article_id = NEW.id
  GROUP BY m.day, s.sign, s.category_id, s.author_id, s.lang
  ON CONFLICT (day, category_id, author_id, lang) DO UPDATE SET
    views = r.views + excluded.views, shares = r.shares + excluded.shares, facebook = r.facebook + excluded.facebook,
    x = r.x + excluded.x, whatsapp = r.whatsapp + excluded.whatsapp, telegram = r.telegram + excluded.telegram,
    email = r.email + excluded.email;
  DELETE FROM metrics_segment_daily r
  WHERE r.category_id = coalesce(OLD.category_id, -1) AND r.author_id = coalesce(OLD.author_id, -1) AND r.lang = OLD.lang
    AND r.views = 0 AND r.shares = 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER articles_rollup_segment AFTER UPDATE OF category_id, author_id, lang ON articles
FOR EACH ROW WHEN (OLD.category_id IS DISTINCT FROM NEW.category_id OR OLD.author_id IS DISTINCT FROM NEW.author_id OR OLD.lang IS DISTINCT FROM NEW.lang)
EXECUTE FUNCTION nd_rollup_move_article();
--> statement-breakpoint
-- An article's rows go before it does, while its segment can still be read (the cascade of the
-- foreign key would delete them after the article, when the join above finds nothing).
CREATE FUNCTION nd_rollup_drop_article() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  DELETE FROM metrics_daily WHERE article_id = OLD.id;
  RETURN OLD;
END
$$;
--> statement-breakpoint
CREATE TRIGGER articles_rollup_delete BEFORE DELETE ON articles
FOR EACH ROW EXECUTE FUNCTION nd_rollup_drop_article();
--> statement-breakpoint
-- The rows of an existing database.
INSERT INTO metrics_segment_daily (day, category_id, author_id, lang, views, shares, facebook, x, whatsapp, telegram, email)
SELECT m.day, coalesce(a.category_id, -1), coalesce(a.author_id, -1), a.lang,
  sum(m.views), sum(m.shares), sum(m.facebook), sum(m.x), sum(m.whatsapp), sum(m.telegram), sum(m.email)
FROM metrics_daily m JOIN articles a ON a.id = m.article_id
GROUP BY 1, 2, 3, 4;
