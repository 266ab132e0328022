-- "Find elsewhere" matched a selection with word_similarity over whole blocks: the
-- trigram index let through every long paragraph holding most of the selection's
-- trigrams anywhere, and word_similarity on a 4,000-character block costs nearly a
-- millisecond (recheck of 50 blocks: 33 ms of 36). Windows of 80 words, each starting
-- 40 words after the last (the whole block when it is short), are short enough that the index lets through little more
-- than the real matches, and any run of up to 40 words lies whole in one of them
-- (lib/search/find-elsewhere.ts cuts a longer selection into such pieces).

-- The words of a block in overlapping windows; a block of up to 480 characters is its
-- own window. PL/pgSQL splits each block once (a SQL function split it again for every
-- window and every reference: 250 ms for the starter corpus, against 40 ms).
CREATE FUNCTION palimpsest_block_windows(body TEXT)
  RETURNS TABLE ("part" INTEGER, "text" TEXT)
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  words TEXT[];
  n INTEGER;
  i INTEGER := 0;
BEGIN
  IF char_length(body) <= 480 THEN
    "part" := 0;
    "text" := body;
    RETURN NEXT;
    RETURN;
  END IF;
  words := regexp_split_to_array(btrim(body), '\s+');
  n := cardinality(words);
  LOOP
    "part" := i / 40;
    "text" := array_to_string(words[i + 1 : i + 80], ' ');
    RETURN NEXT;
    i := i + 40;
    EXIT WHEN i + 40 >= n;
  END LOOP;
END $$;

-- CreateTable
CREATE TABLE "SourceBlockWindow" (
    "versionId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "part" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "SourceBlockWindow_pkey" PRIMARY KEY ("versionId", "ordinal", "part")
);

-- AddForeignKey
ALTER TABLE "SourceBlockWindow" ADD CONSTRAINT "SourceBlockWindow_versionId_ordinal_fkey" FOREIGN KEY ("versionId", "ordinal") REFERENCES "SourceBlock"("versionId", "ordinal") ON DELETE CASCADE ON UPDATE CASCADE;

DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX "SourceBlockWindow_text_idx" ON "SourceBlockWindow" USING GIN ("text" gin_trgm_ops);
  ELSE
    -- As for SourceBlock_text_idx (20261203000500_search): same name, serves no query.
    CREATE INDEX "SourceBlockWindow_text_idx" ON "SourceBlockWindow" USING HASH ("text");
  END IF;
END $$;

-- The blocks' own trigram index served only find elsewhere, which now reads the windows';
-- keeping both would index every word's trigrams twice at each import.
DROP INDEX "SourceBlock_text_idx";

CREATE OR REPLACE FUNCTION palimpsest_index_version() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SourceBlock" ("versionId", "ordinal", "start", "end", "text")
    SELECT NEW.id, b."ordinal", b."start", b."end", b."text" FROM palimpsest_version_blocks(NEW.text, NEW.blocks) AS b;
  INSERT INTO "SourceBlockWindow" ("versionId", "ordinal", "part", "text")
    SELECT b."versionId", b."ordinal", w."part", w."text"
    FROM "SourceBlock" AS b, palimpsest_block_windows(b."text") AS w
    WHERE b."versionId" = NEW.id;
  -- A version's blocks arrive together: their index entries are queued (GIN's fast
  -- update) and merged into the indexes at once here, so no search reads them as a list.
  PERFORM gin_clean_pending_list('"SourceBlock_searchVector_idx"'::regclass);
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    PERFORM gin_clean_pending_list('"SourceBlockWindow_text_idx"'::regclass);
  END IF;
  RETURN NULL;
END $$;

INSERT INTO "SourceBlockWindow" ("versionId", "ordinal", "part", "text")
  SELECT b."versionId", b."ordinal", w."part", w."text" FROM "SourceBlock" AS b, palimpsest_block_windows(b."text") AS w;

-- GIN's fast update queues new entries in a pending list that every search reads through
-- to the end, until VACUUM merges it into the index. Autovacuum does that on a server;
-- the embedded database (PGlite) never vacuums, so there each search read all the notes
-- ever written as a list. Notes and replies are written one at a time: their entries now
-- go into the index as they are written. The blocks' are merged by the trigger above.
ALTER INDEX "Annotation_searchVector_idx" SET (fastupdate = off);
ALTER INDEX "Reply_searchVector_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"SourceBlock_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"Annotation_searchVector_idx"'::regclass);
SELECT gin_clean_pending_list('"Reply_searchVector_idx"'::regclass);
