-- Links can be removed and the removal undone (issue 8, finding 1.6): a soft
-- delete, with who removed it, as for annotations.

-- AlterTable
ALTER TABLE "AnnotationLink" ADD COLUMN "deletedAt" TIMESTAMP(3),
ADD COLUMN "deletedById" TEXT;

-- AddForeignKey
ALTER TABLE "AnnotationLink" ADD CONSTRAINT "AnnotationLink_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
