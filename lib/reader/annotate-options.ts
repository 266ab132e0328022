// What the reader offers a user for annotating, from their memberships. Plain
// data for the client: group ids and names only, never roles of others.
import { atLeast, type Role } from "@/lib/policy/roles";

export interface AnnotateOptions {
  /** Show the toolbar, the keys and the layer buttons. */
  canAnnotate: boolean;
  /** Groups where the user may annotate (annotator or above), for the group menu. */
  groups: { id: string; name: string }[];
}

/**
 * Signed out: nothing. A member whose every group gives only the viewer role is a
 * reader: no annotate controls (the server refuses group writes anyway). Anyone
 * else signed in may annotate: in their groups, or privately with no group.
 */
export function annotateOptions(signedIn: boolean, memberships: readonly { id: string; name: string; role: Role }[]): AnnotateOptions {
  if (!signedIn) return { canAnnotate: false, groups: [] };
  const groups = memberships.filter((m) => atLeast(m.role, "annotator")).map(({ id, name }) => ({ id, name }));
  return { canAnnotate: groups.length > 0 || memberships.length === 0, groups };
}

/** The `?annotation=` parameter: an id to open, or null for anything else. */
export function parseAnnotationParam(value: string | string[] | undefined): string | null {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}
