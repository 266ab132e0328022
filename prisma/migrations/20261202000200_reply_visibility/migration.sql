-- A reply keeps the visibility its annotation had when the reply was written
-- (issue 8, finding 1.1): widening a note later must not publish its thread.

-- AlterTable
ALTER TABLE "Reply" ADD COLUMN "visibility" "Visibility";

-- Backfill from the revision history, which holds every visibility an annotation
-- has had since its creation (revision 1 is written with it): the revision in force
-- when the reply was written. Replies and edits lock the annotation's row, so their
-- timestamps order them; a revision with the reply's very timestamp may have come
-- first or not, so the narrower of the two counts. A reply with no revision before
-- it (not expected) becomes private: readable by the note's author alone.
UPDATE "Reply" AS r
SET "visibility" = COALESCE(
  (
    SELECT rev."visibility"
    FROM "AnnotationRevision" AS rev
    WHERE rev."annotationId" = r."annotationId"
      AND (
        rev."createdAt" = r."createdAt"
        OR rev."createdAt" = (
          SELECT max(earlier."createdAt") FROM "AnnotationRevision" AS earlier
          WHERE earlier."annotationId" = r."annotationId" AND earlier."createdAt" < r."createdAt"
        )
      )
    ORDER BY CASE rev."visibility" WHEN 'private' THEN 0 WHEN 'group' THEN 1 ELSE 2 END
    LIMIT 1
  ),
  'private'
);

ALTER TABLE "Reply" ALTER COLUMN "visibility" SET NOT NULL;
