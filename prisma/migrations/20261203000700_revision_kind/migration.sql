-- CreateEnum
CREATE TYPE "RevisionKind" AS ENUM ('edit', 'placed');

-- AlterTable
ALTER TABLE "AnnotationRevision" ADD COLUMN     "kind" "RevisionKind" NOT NULL DEFAULT 'edit';
