import { requireUserId } from "./actor";
import { PolicyError } from "./errors";

/** Structural subset of Prisma's AnnotationWhereInput, so no generated client is needed. */
export type VisibleAnnotationClause =
  | { visibility: "public" }
  | { visibility: "group"; groupId: { in: string[] } }
  | { visibility: "private"; authorId: string };

export type VisibleAnnotationsWhere =
  | { deletedAt: null; visibility: "public" }
  | { deletedAt: null; OR: VisibleAnnotationClause[] };

export interface VisibilityActor {
  userId: string;
  /** Every group the user is a member of, whatever the role: viewers read too. */
  groupIds: string[];
}

/**
 * "May see this" as a query filter; agrees with can(actor, "annotation:read").
 * Every value is a concrete string, because Prisma drops an undefined filter
 * and would then match every row.
 */
export function visibleAnnotationsWhere(actor: VisibilityActor | null): VisibleAnnotationsWhere {
  if (actor === null) return { deletedAt: null, visibility: "public" };
  const userId = requireUserId(actor.userId);
  if (!Array.isArray(actor.groupIds)) {
    throw new PolicyError("invalid_actor", "The session's group list is missing.");
  }
  const groupIds = actor.groupIds.map(requireGroupId);
  const clauses: VisibleAnnotationClause[] = [
    { visibility: "public" },
    { visibility: "private", authorId: userId },
  ];
  if (groupIds.length > 0) clauses.push({ visibility: "group", groupId: { in: [...new Set(groupIds)] } });
  return { deletedAt: null, OR: clauses };
}

function requireGroupId(groupId: unknown): string {
  if (typeof groupId !== "string" || groupId.trim() === "") {
    throw new PolicyError("invalid_actor", "The session's group list holds an empty group id.");
  }
  return groupId;
}
