import type { Db } from "@/lib/db/client";
import { changeEvent, type ChangeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import { type Access, actorIn } from "@/lib/access";
import { assertCan } from "@/lib/policy";
import { assertSourceReadable, judgeAnnotation } from "./annotation-access";
import { annotationResource } from "./annotation-row";
import { notFound } from "./errors";

/**
 * The one switch behind delete and its undo: whoever may delete an annotation (judged
 * as it was before any delete) may hide it, and lib/policy's restore rule says who may
 * bring it back (who hid it, or an editor). The write is scoped to the state that was
 * judged, so two callers racing change it once; null when nothing changed.
 */
export async function setDeleted(db: Db, access: Access | null, id: string, deleted: boolean): Promise<ChangeEvent | null> {
  const row = await db.annotation.findUnique({
    where: { id },
    select: { authorId: true, groupId: true, visibility: true, deletedAt: true, deletedById: true, sourceId: true, source: { select: { groupId: true } } },
  });
  if (row === null) throw notFound();
  if (deleted || row.deletedAt === null) {
    judgeAnnotation(access, row, "annotation:delete", { asLive: true });
  } else {
    // Restoring has its own rule, judged after the same source check as every other action.
    assertSourceReadable(access, row.source.groupId);
    const resource = { ...annotationResource(row), deleted: false, deletedById: row.deletedById };
    assertCan(actorIn(access, row.groupId), "annotation:restore", resource);
  }

  const event = await db.$transaction(async (tx) => {
    const written = await tx.annotation.updateMany({
      where: deleted
        ? { id, deletedAt: null, visibility: row.visibility }
        : { id, deletedAt: { not: null }, deletedById: row.deletedById, visibility: row.visibility },
      data: deleted ? { deletedAt: new Date(), deletedById: access?.userId ?? null } : { deletedAt: null, deletedById: null },
    });
    if (written.count === 0) return null;
    const change = changeEvent({ sourceId: row.sourceId, kind: "annotation", id, change: deleted ? "deleted" : "restored" });
    await notifyInTransaction(tx, change);
    return change;
  });
  if (event !== null) announceCommitted();
  return event;
}
