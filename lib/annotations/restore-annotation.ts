import type { Db } from "@/lib/db/client";
import { changeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import { assertCan } from "@/lib/policy";
import { annotationResource } from "./annotation-row";
import { actorIn, type Caller } from "./caller";
import type { AnnotationDto } from "./dto";
import { notFound } from "./errors";
import { getAnnotation } from "./get-annotation";

export interface RestoreAnnotationOptions {
  db: Db;
  caller: Caller | null;
  id: string;
}

/** Undoes deleteAnnotation. Whoever may delete the annotation may restore it; restoring twice is harmless. */
export async function restoreAnnotation({ db, caller, id }: RestoreAnnotationOptions): Promise<AnnotationDto> {
  const row = await db.annotation.findUnique({
    where: { id },
    select: { authorId: true, groupId: true, visibility: true, deletedAt: true, sourceId: true },
  });
  if (row === null) throw notFound();
  // Judged as the annotation was before it was deleted.
  assertCan(await actorIn(db, caller, row.groupId), "annotation:delete", { ...annotationResource(row), deleted: false });

  const event = await db.$transaction(async (tx) => {
    const written = await tx.annotation.updateMany({
      where: { id, deletedAt: { not: null }, visibility: row.visibility },
      data: { deletedAt: null },
    });
    if (written.count === 0) return null;
    const event = changeEvent({ sourceId: row.sourceId, kind: "annotation", id, change: "restored" });
    await notifyInTransaction(tx, event);
    return event;
  });
  if (event !== null) announceCommitted(event);
  return getAnnotation({ db, caller, id });
}
