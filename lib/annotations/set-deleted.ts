import type { Db } from "@/lib/db/client";
import { changeEvent, type ChangeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import { assertCan } from "@/lib/policy";
import { annotationResource } from "./annotation-row";
import { actorIn, type Caller } from "./caller";
import { notFound } from "./errors";

/**
 * The one switch behind delete and its undo: whoever may delete an annotation (judged
 * as it was before any delete) may hide it, and lib/policy's restore rule says who may
 * bring it back (who hid it, or an editor). The write is scoped to the state that was
 * judged, so two callers racing change it once; null when nothing changed.
 */
export async function setDeleted(db: Db, caller: Caller | null, id: string, deleted: boolean): Promise<ChangeEvent | null> {
  const row = await db.annotation.findUnique({
    where: { id },
    select: { authorId: true, groupId: true, visibility: true, deletedAt: true, deletedById: true, sourceId: true },
  });
  if (row === null) throw notFound();
  const actor = await actorIn(db, caller, row.groupId);
  const resource = { ...annotationResource(row), deleted: false };
  if (deleted || row.deletedAt === null) assertCan(actor, "annotation:delete", resource);
  else assertCan(actor, "annotation:restore", { ...resource, deletedById: row.deletedById });

  const event = await db.$transaction(async (tx) => {
    const written = await tx.annotation.updateMany({
      where: deleted
        ? { id, deletedAt: null, visibility: row.visibility }
        : { id, deletedAt: { not: null }, deletedById: row.deletedById, visibility: row.visibility },
      data: deleted ? { deletedAt: new Date(), deletedById: actor?.userId ?? null } : { deletedAt: null, deletedById: null },
    });
    if (written.count === 0) return null;
    const change = changeEvent({ sourceId: row.sourceId, kind: "annotation", id, change: deleted ? "deleted" : "restored" });
    await notifyInTransaction(tx, change);
    return change;
  });
  if (event !== null) announceCommitted(event);
  return event;
}
