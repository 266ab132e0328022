-- Shared passages per pair of versions (issue 9, section 2): computed once, then read.

-- CreateTable
CREATE TABLE "SharedPassageSet" (
    "leftVersionId" TEXT NOT NULL,
    "rightVersionId" TEXT NOT NULL,
    "finder" TEXT NOT NULL,
    "passages" JSONB NOT NULL,
    "computeMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SharedPassageSet_pkey" PRIMARY KEY ("leftVersionId","rightVersionId")
);

-- CreateIndex
CREATE INDEX "SharedPassageSet_rightVersionId_idx" ON "SharedPassageSet"("rightVersionId");

-- AddForeignKey
ALTER TABLE "SharedPassageSet" ADD CONSTRAINT "SharedPassageSet_leftVersionId_fkey" FOREIGN KEY ("leftVersionId") REFERENCES "SourceVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedPassageSet" ADD CONSTRAINT "SharedPassageSet_rightVersionId_fkey" FOREIGN KEY ("rightVersionId") REFERENCES "SourceVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
