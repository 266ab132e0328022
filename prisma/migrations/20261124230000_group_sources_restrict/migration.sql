-- DropForeignKey
ALTER TABLE "Source" DROP CONSTRAINT "Source_groupId_fkey";

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
