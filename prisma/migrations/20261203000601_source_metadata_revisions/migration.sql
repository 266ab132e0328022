-- Every change to a source's metadata (author, site, URL, published date...), with who
-- made it and when (issue 11, section 3). `changes` maps each changed field to
-- {"from": old, "to": new}; an editor whose account is deleted leaves the change, unnamed.

-- CreateTable
CREATE TABLE "SourceMetadataRevision" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "editorId" TEXT,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceMetadataRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceMetadataRevision_sourceId_createdAt_idx" ON "SourceMetadataRevision"("sourceId", "createdAt");

-- AddForeignKey
ALTER TABLE "SourceMetadataRevision" ADD CONSTRAINT "SourceMetadataRevision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceMetadataRevision" ADD CONSTRAINT "SourceMetadataRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
