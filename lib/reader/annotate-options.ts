// What the reader offers a user for annotating, from their memberships. Plain
// data for the client: group ids and names only, never roles of others.
import { atLeast, type Role } from "@/lib/policy/roles";

export interface AnnotateOptions {
  /** Show the toolbar, the keys and the layer buttons. */
  canAnnotate: boolean;
  /** Groups where the user may annotate (annotator or above), for the group menu. */
  groups: { id: string; name: string }[];
  /** Whether "Everyone" is offered: never on a group's own source, whose text is not public. */
  allowPublic: boolean;
}

/**
 * Signed out: nothing. A member whose every group gives only the viewer role is a
 * reader: no annotate controls (the server refuses group writes anyway). Anyone
 * else signed in may annotate: in their groups, or privately with no group. On a
 * group's own source only that group is offered, and only to its annotators, as
 * the server requires.
 */
export function annotateOptions(
  signedIn: boolean,
  memberships: readonly { id: string; name: string; role: Role }[],
  sourceGroupId: string | null = null,
): AnnotateOptions {
  if (!signedIn) return { canAnnotate: false, groups: [], allowPublic: sourceGroupId === null };
  const eligible = memberships.filter((m) => atLeast(m.role, "annotator") && (sourceGroupId === null || m.id === sourceGroupId));
  const groups = eligible.map(({ id, name }) => ({ id, name }));
  if (sourceGroupId !== null) return { canAnnotate: groups.length > 0, groups, allowPublic: false };
  return { canAnnotate: groups.length > 0 || memberships.length === 0, groups, allowPublic: true };
}

/** The `?annotation=` parameter: an id to open, or null for anything else. */
export function parseAnnotationParam(value: string | string[] | undefined): string | null {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}
