import { type Access, actorIn } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { assertCan, sourceResource } from "@/lib/policy";
import { AnnotationError, notFound } from "./errors";

export interface ReadableSource {
  id: string;
  groupId: string | null;
  currentVersionId: string | null;
}

/** The source, once lib/policy allowed the caller to read it. */
export async function readableSource(db: Db, access: Access | null, sourceId: string): Promise<ReadableSource> {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true, groupId: true, currentVersionId: true } });
  if (source === null) throw notFound("Source");
  assertCan(actorIn(access, source.groupId), "source:read", sourceResource(source.groupId));
  return source;
}

/**
 * A group's own source is read only by its members, so its annotations stay in
 * that group: a public note or one shared with another group would show its
 * quote to people who may not read the text. Kept here, beside the source rule.
 */
export function checkSharing(sourceGroupId: string | null, groupId: string | null, visibility: string): void {
  const problem = sharingProblem(sourceGroupId, groupId, visibility);
  if (problem !== null) throw problem;
}

export function sharingProblem(sourceGroupId: string | null, groupId: string | null, visibility: string): AnnotationError | null {
  if (sourceGroupId === null) return null;
  if (groupId !== null && groupId !== sourceGroupId) {
    return new AnnotationError("invalid_input", "groupId: annotations on a group's source belong to that group.");
  }
  if (visibility === "public") {
    return new AnnotationError("invalid_input", "visibility: this source belongs to a group, so its annotations cannot be public.");
  }
  return null;
}
