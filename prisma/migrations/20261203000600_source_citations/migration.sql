-- Archival, case-file and published references found in each version's text by
-- lib/citations at import (issue 11). A version stored before this migration has
-- citationsParsedAt NULL: the parser is TypeScript, so those are parsed by the app
-- (lib/citations-store/backfill-citations.ts, at startup and before the index is read).

-- AlterTable
ALTER TABLE "SourceVersion" ADD COLUMN "citationsParsedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ArchivalCitation" ADD COLUMN "url" TEXT;

-- CreateTable
CREATE TABLE "SourceCitation" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "context" TEXT NOT NULL,
    "ibid" BOOLEAN NOT NULL DEFAULT false,
    "archive" TEXT,
    "collection" TEXT,
    "fond" TEXT,
    "opis" TEXT,
    "box" TEXT,
    "delo" TEXT,
    "volume" TEXT,
    "list" TEXT,
    "caseType" TEXT,
    "title" TEXT,
    "year" TEXT,
    "pages" TEXT,

    CONSTRAINT "SourceCitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceCitation_versionId_start_idx" ON "SourceCitation"("versionId", "start");

-- CreateIndex
CREATE INDEX "SourceCitation_archive_fond_opis_delo_idx" ON "SourceCitation"("archive", "fond", "opis", "delo");

-- AddForeignKey
ALTER TABLE "SourceCitation" ADD CONSTRAINT "SourceCitation_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SourceVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
