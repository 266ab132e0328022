-- gin_clean_pending_list may be called only by the index's owner: an app connected as
-- another role than the one that migrated could store no new version at all. It then
-- leaves the merge to autovacuum, as before 20261204200001_block_windows.
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
  BEGIN
    PERFORM gin_clean_pending_list('"SourceBlock_searchVector_idx"'::regclass);
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
      PERFORM gin_clean_pending_list('"SourceBlockWindow_text_idx"'::regclass);
    END IF;
  EXCEPTION WHEN insufficient_privilege THEN
    NULL;
  END;
  RETURN NULL;
END $$;
