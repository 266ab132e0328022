import type { Db } from "@/lib/db/client";
import { policyErrorFrom, can, visibleAnnotationsWhere } from "@/lib/policy";
import { annotationResource, withExtras } from "./annotation-row";
import { actorIn, type Caller, visibilityActor } from "./caller";
import type { AnnotationDto } from "./dto";
import { notFound } from "./errors";
import { annotationDto } from "./to-dto";

export interface GetAnnotationOptions {
  db: Db;
  caller: Caller | null;
  id: string;
  /**
   * Also answer for a soft-deleted annotation, judged as if it were not deleted:
   * for the delete route's answer (undo) and live "deleted" events, never for reads.
   */
  includeDeleted?: boolean;
}

export async function getAnnotation({ db, caller, id, includeDeleted = false }: GetAnnotationOptions): Promise<AnnotationDto> {
  const visible = visibleAnnotationsWhere(await visibilityActor(db, caller));
  const found = await db.annotation.findUnique({ where: { id }, include: { source: { select: { groupId: true } } } });
  if (found === null) throw notFound();
  const { source, ...annotation } = found;
  const actor = await actorIn(db, caller, annotation.groupId);
  const resource = annotationResource(annotation);
  const decision = can(actor, "annotation:read", includeDeleted ? { ...resource, deleted: false } : resource);
  if (!decision.allowed) throw policyErrorFrom(decision);
  const [row] = await withExtras(db, [annotation], visible, { id });
  if (row === undefined) throw notFound();
  return annotationDto(row, actor, source.groupId);
}
