// Every read and write of an annotation is judged here: first "source:read" on the
// annotation's source (a member removed from a group loses their notes on its
// texts, private ones included), then the action on the annotation itself. Whoever
// fails either gets the 404 an unknown id gets, so a refusal says nothing about
// what exists.
import { type Access, actorIn } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { type Action, type Actor, type AnnotationResource, can, policyErrorFrom, sourceResource } from "@/lib/policy";
import { annotationResource } from "./annotation-row";
import { notFound } from "./errors";

/** What lib/policy judges an annotation by, with the group of its source. */
export interface AnnotationFacts {
  authorId: string;
  groupId: string | null;
  visibility: "private" | "group" | "public";
  deletedAt: Date | null;
  source: { groupId: string | null };
}

export type AnnotationAction = Extract<Action, `annotation:${string}`>;

export interface JudgeOptions {
  /** Judge a soft-deleted annotation as if it were not deleted: for delete, its undo and its answer. */
  asLive?: boolean;
}

/** Whoever may not read the annotation's source is told the annotation does not exist. */
export function assertSourceReadable(access: Access | null, sourceGroupId: string | null): void {
  if (!can(actorIn(access, sourceGroupId), "source:read", sourceResource(sourceGroupId)).allowed) throw notFound();
}

/** Throws unless `access` may do `action` on the annotation; returns the policy's actor in its group. */
export function judgeAnnotation(access: Access | null, row: AnnotationFacts, action: AnnotationAction, options: JudgeOptions = {}): Actor | null {
  assertSourceReadable(access, row.source.groupId);
  const actor = actorIn(access, row.groupId);
  const resource = annotationResource(row);
  const decision = can(actor, action, options.asLive === true ? { ...resource, deleted: false } : resource);
  if (!decision.allowed) throw decision.status === 404 ? notFound() : policyErrorFrom(decision);
  return actor;
}

export interface CheckedAnnotation extends AnnotationFacts {
  id: string;
  sourceId: string;
  actor: Actor | null;
  /** What the policy judged, for the checks that follow (revisions, replies). */
  resource: AnnotationResource;
}

/** Loads an annotation's policy fields and judges `action` on it for `access`. */
export async function annotationAllowing(
  db: Db,
  access: Access | null,
  id: string,
  action: AnnotationAction,
  options: JudgeOptions = {},
): Promise<CheckedAnnotation> {
  const row = await db.annotation.findUnique({
    where: { id },
    select: { id: true, sourceId: true, authorId: true, groupId: true, visibility: true, deletedAt: true, source: { select: { groupId: true } } },
  });
  if (row === null) throw notFound();
  return { ...row, actor: judgeAnnotation(access, row, action, options), resource: annotationResource(row) };
}
