import type { Db } from "@/lib/db/client";
import { changeEvent, type ChangeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import type { Access } from "@/lib/access";
import { annotationAllowing } from "./annotation-access";

/**
 * The one switch behind delete and its undo: whoever may delete an annotation (judged
 * as it was before any delete) may flip its soft-delete mark. The write is scoped to
 * the state it expects, so two callers racing change it once; null when nothing changed.
 */
export async function setDeleted(db: Db, access: Access | null, id: string, deleted: boolean): Promise<ChangeEvent | null> {
  const row = await annotationAllowing(db, access, id, "annotation:delete", { asLive: true });

  const event = await db.$transaction(async (tx) => {
    const written = await tx.annotation.updateMany({
      where: { id, deletedAt: deleted ? null : { not: null }, visibility: row.visibility },
      data: { deletedAt: deleted ? new Date() : null },
    });
    if (written.count === 0) return null;
    const change = changeEvent({ sourceId: row.sourceId, kind: "annotation", id, change: deleted ? "deleted" : "restored" });
    await notifyInTransaction(tx, change);
    return change;
  });
  if (event !== null) announceCommitted(event);
  return event;
}
