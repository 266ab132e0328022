import type { Action } from "./actions";
import { ALLOW, type Decision, forbid, notFound } from "./decision";

/** What a personal API token was made for (lib/tokens). */
export interface TokenScope {
  /** null: every group of its user; otherwise that group only. */
  groupId: string | null;
  canWrite: boolean;
}

const READS: ReadonlySet<Action> = new Set<Action>(["source:read", "annotation:read", "annotation:read-entry"]);

/**
 * What a token may do on top of what its user may (can() decides that as ever):
 * a read-only token only reads; a group token touches only its group's things and
 * reads the public corpus. Outside its group a thing is as absent as for an outsider.
 */
export function tokenAllows(scope: TokenScope, action: Action, resource: { groupId: string | null; isPublicSource?: boolean }): Decision {
  const read = READS.has(action);
  if (scope.groupId !== null && resource.groupId !== scope.groupId) {
    const publicRead = read && action === "source:read" && resource.isPublicSource === true;
    if (!publicRead) return notFound(action.startsWith("source") ? "Source" : "Annotation");
  }
  if (!read && !scope.canWrite) return forbid("This API token may only read; make one that may write.");
  return ALLOW;
}
