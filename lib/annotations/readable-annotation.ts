import type { Db } from "@/lib/db/client";
import { type Action, type AnnotationResource, assertCan, type Actor } from "@/lib/policy";
import { annotationResource } from "./annotation-row";
import { actorIn, type Caller } from "./caller";
import { notFound } from "./errors";

export interface CheckedAnnotation {
  id: string;
  sourceId: string;
  authorId: string;
  groupId: string | null;
  actor: Actor | null;
  /** What the policy judged, for the checks that follow (revisions, replies). */
  resource: AnnotationResource;
}

/** Loads an annotation's policy fields and asserts `action` on it for the caller. */
export async function annotationAllowing(
  db: Db,
  caller: Caller | null,
  id: string,
  action: Extract<Action, `annotation:${string}`>,
): Promise<CheckedAnnotation> {
  const row = await db.annotation.findUnique({
    where: { id },
    select: { id: true, sourceId: true, authorId: true, groupId: true, visibility: true, deletedAt: true },
  });
  if (row === null) throw notFound();
  const actor = await actorIn(db, caller, row.groupId);
  const resource = annotationResource(row);
  assertCan(actor, action, resource);
  return { id: row.id, sourceId: row.sourceId, authorId: row.authorId, groupId: row.groupId, actor, resource };
}
