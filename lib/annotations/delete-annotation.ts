import type { Db } from "@/lib/db/client";
import { changeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import { assertCan } from "@/lib/policy";
import { annotationResource } from "./annotation-row";
import { actorIn, type Caller } from "./caller";
import type { AnnotationDto } from "./dto";
import { notFound } from "./errors";
import { getAnnotation } from "./get-annotation";

export interface DeleteAnnotationOptions {
  db: Db;
  caller: Caller | null;
  id: string;
}

/** Soft delete: the row, its revisions and replies stay, so restoreAnnotation can undo it. */
export async function deleteAnnotation({ db, caller, id }: DeleteAnnotationOptions): Promise<AnnotationDto> {
  const row = await db.annotation.findUnique({
    where: { id },
    select: { authorId: true, groupId: true, visibility: true, deletedAt: true, sourceId: true },
  });
  if (row === null) throw notFound();
  assertCan(await actorIn(db, caller, row.groupId), "annotation:delete", annotationResource(row));

  const event = await db.$transaction(async (tx) => {
    const written = await tx.annotation.updateMany({
      where: { id, deletedAt: null, visibility: row.visibility },
      data: { deletedAt: new Date() },
    });
    if (written.count === 0) return null;
    const event = changeEvent({ sourceId: row.sourceId, kind: "annotation", id, change: "deleted" });
    await notifyInTransaction(tx, event);
    return event;
  });
  // Deleted by someone else meanwhile, or made private: either way, gone for this caller.
  if (event === null) throw notFound();
  announceCommitted(event);
  return getAnnotation({ db, caller, id, includeDeleted: true });
}
