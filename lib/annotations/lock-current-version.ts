import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "./errors";

/**
 * The source's current version, with the source row share-locked until the
 * transaction ends. storeSource updates that row before it re-anchors, so a
 * new version waits for this annotation to commit (and then re-anchors it),
 * or this waits for the new version and anchors against it: never a new
 * annotation left on an old version unnoticed.
 */
export async function lockCurrentVersion(tx: Prisma.TransactionClient, sourceId: string): Promise<{ id: string; text: string }> {
  const rows = await tx.$queryRaw<{ currentVersionId: string | null }[]>`
    SELECT "currentVersionId" FROM "Source" WHERE id = ${sourceId} FOR SHARE`;
  const versionId = rows[0]?.currentVersionId ?? null;
  if (versionId === null) throw notFound("Source");
  const version = await tx.sourceVersion.findUnique({ where: { id: versionId }, select: { id: true, text: true } });
  if (version === null) throw notFound("Source");
  return version;
}
