-- Who hid an annotation, so that only they or a group editor restore it (issue 8,
-- finding 1.7). Existing hidden annotations have no record: lib/policy then leaves
-- the restore to editors, or to the author of a note no editor could have hidden.

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN "deletedById" TEXT;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
