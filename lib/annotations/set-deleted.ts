import type { Db } from "@/lib/db/client";
import { changeEvent, type ChangeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import { assertCan } from "@/lib/policy";
import { annotationResource } from "./annotation-row";
import { actorIn, type Caller } from "./caller";
import { notFound } from "./errors";

/**
 * The one switch behind delete and its undo: whoever may delete an annotation (judged
 * as it was before any delete) may flip its soft-delete mark. The write is scoped to
 * the state it expects, so two callers racing change it once; null when nothing changed.
 */
export async function setDeleted(db: Db, caller: Caller | null, id: string, deleted: boolean): Promise<ChangeEvent | null> {
  const row = await db.annotation.findUnique({
    where: { id },
    select: { authorId: true, groupId: true, visibility: true, deletedAt: true, sourceId: true },
  });
  if (row === null) throw notFound();
  assertCan(await actorIn(db, caller, row.groupId), "annotation:delete", { ...annotationResource(row), deleted: false });

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
