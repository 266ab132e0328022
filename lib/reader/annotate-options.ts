// What the reader offers a user for annotating. Plain data for the client: group
// ids and names only, never roles of others. Every choice is lib/policy's answer.
import { type Access, actorIn } from "@/lib/access";
import { type AnnotationResource, can } from "@/lib/policy";

export interface AnnotateOptions {
  /** Show the toolbar, the keys and the layer buttons. */
  canAnnotate: boolean;
  /** Groups where the user may annotate, for the group menu. */
  groups: { id: string; name: string }[];
  /** Whether "Everyone" is offered: never on a group's own source, whose text is not public. */
  allowPublic: boolean;
}

export interface AnnotateOptionsInput {
  /** The reader's access (lib/access); null when signed out. */
  access: Access | null;
  /** The reader's groups with their names (listGroupsForUser). */
  groups: readonly { id: string; name: string }[];
  /** The group of the source being read; null for the public corpus. */
  sourceGroupId: string | null;
}

/**
 * Signed out: nothing. A member whose every group gives only the viewer role is a
 * reader: no annotate controls (the server refuses group writes anyway). Anyone
 * else signed in may annotate: in the groups where lib/policy lets them, or
 * privately with no group. On a group's own source only that group is offered,
 * as the server's sharing rule requires.
 */
export function annotateOptions({ access, groups, sourceGroupId }: AnnotateOptionsInput): AnnotateOptions {
  if (access === null) return { canAnnotate: false, groups: [], allowPublic: sourceGroupId === null };
  const draft = (groupId: string | null): AnnotationResource => ({
    kind: "annotation",
    authorId: access.userId,
    groupId,
    visibility: groupId === null ? "private" : "group",
    deleted: false,
  });
  const mayCreate = (groupId: string | null) => can(actorIn(access, groupId), "annotation:create", draft(groupId)).allowed;
  const offered = groups
    .filter((g) => (sourceGroupId === null || g.id === sourceGroupId) && mayCreate(g.id))
    .map(({ id, name }) => ({ id, name }));
  if (sourceGroupId !== null) return { canAnnotate: offered.length > 0, groups: offered, allowPublic: false };
  return { canAnnotate: offered.length > 0 || (access.roles.size === 0 && mayCreate(null)), groups: offered, allowPublic: true };
}

/** The `?annotation=` parameter: an id to open, or null for anything else. */
export function parseAnnotationParam(value: string | string[] | undefined): string | null {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}
