-- Functions the schema and the store rely on. They come first: the articles table's generated
-- search column calls nd_article_document.
--
-- Text search. One normalisation for the indexed text and the query, so Arabic matches with or
-- without diacritics (tashkeel U+064B..U+0652, tatweel U+0640), across alef forms (أ إ آ → ا)
-- and taa marbuta / haa (ة → ه). Latin text passes through unchanged.
CREATE FUNCTION nd_normalize(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT translate(regexp_replace(t, '[\u064B-\u0652\u0640]', '', 'g'), 'أإآة', 'اااه') $$;
--> statement-breakpoint
-- An article's search document: title above summary above body text (tags and entities
-- stripped), in the text search configuration of the article's language.
CREATE FUNCTION nd_article_document(lang text, title text, summary text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector(cfg, nd_normalize(coalesce(title, ''))), 'A')
      || setweight(to_tsvector(cfg, nd_normalize(coalesce(summary, ''))), 'B')
      || setweight(to_tsvector(cfg, nd_normalize(
           regexp_replace(coalesce(body, ''), '<[^>]*>|&[#a-zA-Z0-9]+;', ' ', 'g'))), 'C')
  FROM (SELECT CASE WHEN lang = 'ar' THEN 'arabic'::regconfig ELSE 'english'::regconfig END) AS c(cfg)
$$;
--> statement-breakpoint
-- A search query in both languages' configurations: an article matches in its own.
CREATE FUNCTION nd_search_query(q text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT plainto_tsquery('english'::regconfig, nd_normalize(q)) || plainto_tsquery('arabic'::regconfig, nd_normalize(q)) $$;
--> statement-breakpoint
-- Demo traffic: server/seed/traffic.ts and server/seed/random.ts ported operation by operation,
-- so both stores show the same figures. 32-bit unsigned values live in bigint; Math.imul's low
-- 32 bits are computed in 16-bit pieces so no product leaves int8; every floating-point step is
-- float8, in the JavaScript's order (a numeric literal is cast first: numeric arithmetic would
-- round differently).
CREATE FUNCTION nd_imul32(a bigint, b bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT (((a & 65535) * b) + ((((a >> 16) * b) & 65535) << 16)) & 4294967295 $$;
--> statement-breakpoint
-- hash2 of random.ts. PL/pgSQL: an SQL function reusing an intermediate value would be
-- inlined with the value's expression copied at each use.
CREATE FUNCTION nd_hash2(x bigint, y bigint) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE h bigint;
BEGIN
  h := nd_imul32((x & 4294967295) # 2654435769, 2246822507)
     # nd_imul32((y + 1663821227) & 4294967295, 3266489909);
  h := nd_imul32(h # (h >> 16), 2146121005);
  h := nd_imul32(h # (h >> 15), 2221713035);
  RETURN h # (h >> 16);
END
$$;
--> statement-breakpoint
CREATE FUNCTION nd_unit2(x bigint, y bigint) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT nd_hash2(x, y)::float8 / 4294967296::float8 $$;
--> statement-breakpoint
CREATE FUNCTION nd_popularity(article_id integer) RETURNS float8
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE u float8 := nd_unit2(article_id, 0); u2 float8;
BEGIN
  u2 := u * u;
  RETURN 40::float8 + 12000::float8 * (u2 * u2);
END
$$;
--> statement-breakpoint
CREATE FUNCTION nd_is_viral_day(article_id integer, day integer) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT nd_hash2(article_id, day::bigint * 7 + 3) % 1500 = 0 $$;
--> statement-breakpoint
CREATE FUNCTION nd_daily_views(article_id integer, day integer, published_day integer, pop float8) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT floor(
    ((pop / (1::float8 + greatest(0, day - published_day)::float8 * 0.35::float8))
      * (0.6::float8 + 0.8::float8 * nd_unit2(article_id, day)))
    * (CASE WHEN nd_is_viral_day(article_id, day) THEN 12 ELSE 1 END)::float8
  )::integer
$$;
--> statement-breakpoint
CREATE FUNCTION nd_daily_shares(article_id integer, day integer, views integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT floor(views::float8 * (0.01::float8 + 0.04::float8 * nd_unit2(day, article_id)))::integer $$;
--> statement-breakpoint
-- addSplit: network i (1 x, 2 whatsapp, 3 telegram, 4 email) gets floor(total × weight); Facebook
-- (network 0) gets the rest, so the parts add up to the total.
CREATE FUNCTION nd_share_part(total integer, network integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT floor(total::float8 * (ARRAY[0.4, 0.25, 0.2, 0.1, 0.05]::float8[])[network + 1])::integer $$;
--> statement-breakpoint
-- The median of the 7 previous days' views (their 4th smallest), or null unless all 7 are given.
CREATE FUNCTION nd_median7(previous integer[]) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE WHEN cardinality(previous) = 7
    THEN (SELECT v FROM unnest(previous) AS u(v) ORDER BY v OFFSET 3 LIMIT 1) END
$$;
