-- A revision records the archival citation in force after it, so citation edits show in the history.
ALTER TABLE "AnnotationRevision" ADD COLUMN "citation" JSONB;

-- Until citations became editable every revision carried the citation given at creation,
-- which is the one kept now: backfill every revision of a note with it.
UPDATE "AnnotationRevision" r
SET "citation" = jsonb_build_object(
  'archive', c."archive", 'fond', c."fond", 'opis', c."opis", 'delo', c."delo", 'list', c."list",
  'publishedIn', c."publishedIn", 'documentDate', c."documentDate", 'url', c."url")
FROM (
  SELECT DISTINCT ON ("annotationId") * FROM "ArchivalCitation" ORDER BY "annotationId", "id"
) c
WHERE c."annotationId" = r."annotationId";
