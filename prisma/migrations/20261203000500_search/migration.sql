-- Search (issue 11): full-text vectors on the blocks of every version, on annotations
-- and on replies, kept by Postgres itself (generated columns, and a trigger that splits
-- each new version into its blocks), plus a trigram index for "find elsewhere".

-- Both extensions ship with Postgres' contrib and with PGlite (lib/db/pglite-extensions.ts).
-- A server without them still migrates: search is then accent-sensitive, and "find
-- elsewhere" ranks by shared words (lib/search/find-elsewhere.ts checks pg_trgm).
DO $$ BEGIN
  CREATE EXTENSION IF NOT EXISTS unaccent;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'unaccent is not available: search matches accents as written';
END $$;
DO $$ BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available: find elsewhere ranks by shared words';
END $$;

-- English stemming ("confessions" finds "confessed") and a simple configuration that
-- keeps every word as written (names, stop words in phrases), both unaccented.
CREATE TEXT SEARCH CONFIGURATION palimpsest_english (COPY = english);
CREATE TEXT SEARCH CONFIGURATION palimpsest_simple (COPY = simple);
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
    ALTER TEXT SEARCH CONFIGURATION palimpsest_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
    ALTER TEXT SEARCH CONFIGURATION palimpsest_simple ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart WITH unaccent, simple;
  END IF;
END $$;

-- array_to_string is only STABLE (it serves any element type); on text[] it is immutable,
-- which a generated column needs.
CREATE FUNCTION palimpsest_tags_text(tags TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_to_string(tags, ' ');

-- CreateTable
CREATE TABLE "SourceBlock" (
    "versionId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (
      to_tsvector('palimpsest_english'::regconfig, "text") || to_tsvector('palimpsest_simple'::regconfig, "text")
    ) STORED,

    CONSTRAINT "SourceBlock_pkey" PRIMARY KEY ("versionId", "ordinal")
);

-- AddForeignKey
ALTER TABLE "SourceBlock" ADD CONSTRAINT "SourceBlock_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SourceVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "SourceBlock_searchVector_idx" ON "SourceBlock" USING GIN ("searchVector");

DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX "SourceBlock_text_idx" ON "SourceBlock" USING GIN ("text" gin_trgm_ops);
  ELSE
    -- Same name and column, so the schema check still agrees; it serves no query.
    CREATE INDEX "SourceBlock_text_idx" ON "SourceBlock" USING HASH ("text");
  END IF;
END $$;

-- Block ranges are UTF-16 code units (lib/corpus/types.ts); Postgres counts code points,
-- so every character outside the BMP before an offset moves it back by one.
CREATE FUNCTION palimpsest_version_blocks(body TEXT, blocks JSONB)
  RETURNS TABLE ("ordinal" INTEGER, "start" INTEGER, "end" INTEGER, "text" TEXT)
  LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  astral INTEGER[] := '{}';
  at INTEGER := 0;
  found INTEGER;
BEGIN
  IF body ~ '[\U00010000-\U0010FFFF]' THEN
    LOOP
      found := regexp_instr(body, '[\U00010000-\U0010FFFF]', at + 1);
      EXIT WHEN found = 0;
      astral := astral || (found - 1 + cardinality(astral));
      at := found;
    END LOOP;
  END IF;
  RETURN QUERY
    SELECT (j.ord - 1)::INTEGER, b.s, b.e,
           substring(body FROM b.s - b.shift_s + 1 FOR (b.e - b.shift_e) - (b.s - b.shift_s))
    FROM jsonb_array_elements(blocks) WITH ORDINALITY AS j(block, ord)
    CROSS JOIN LATERAL (
      SELECT (j.block->>'start')::INTEGER AS s, (j.block->>'end')::INTEGER AS e,
             (SELECT count(*)::INTEGER FROM unnest(astral) AS u(p) WHERE u.p < (j.block->>'start')::INTEGER) AS shift_s,
             (SELECT count(*)::INTEGER FROM unnest(astral) AS u(p) WHERE u.p < (j.block->>'end')::INTEGER) AS shift_e
    ) AS b;
END $$;

CREATE FUNCTION palimpsest_index_version() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SourceBlock" ("versionId", "ordinal", "start", "end", "text")
    SELECT NEW.id, b."ordinal", b."start", b."end", b."text" FROM palimpsest_version_blocks(NEW.text, NEW.blocks) AS b;
  RETURN NULL;
END $$;

CREATE TRIGGER "SourceVersion_blocks" AFTER INSERT ON "SourceVersion"
  FOR EACH ROW EXECUTE FUNCTION palimpsest_index_version();

INSERT INTO "SourceBlock" ("versionId", "ordinal", "start", "end", "text")
  SELECT v.id, b."ordinal", b."start", b."end", b."text" FROM "SourceVersion" AS v, palimpsest_version_blocks(v.text, v.blocks) AS b;

-- Notes: the note weighs most, then tags, then the quote it annotates.
ALTER TABLE "Annotation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('palimpsest_english'::regconfig, "bodyText"), 'A')
  || setweight(to_tsvector('palimpsest_english'::regconfig, palimpsest_tags_text(tags)), 'A')
  || setweight(to_tsvector('palimpsest_english'::regconfig, "exact"), 'B')
  || setweight(to_tsvector('palimpsest_simple'::regconfig, "bodyText" || ' ' || palimpsest_tags_text(tags)), 'A')
  || setweight(to_tsvector('palimpsest_simple'::regconfig, "exact"), 'B')
) STORED;

-- CreateIndex
CREATE INDEX "Annotation_searchVector_idx" ON "Annotation" USING GIN ("searchVector");

ALTER TABLE "Reply" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('palimpsest_english'::regconfig, "bodyText") || to_tsvector('palimpsest_simple'::regconfig, "bodyText")
) STORED;

-- CreateIndex
CREATE INDEX "Reply_searchVector_idx" ON "Reply" USING GIN ("searchVector");
