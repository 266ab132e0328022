import type { Actor, GroupResource, SourceResource } from "./actions";
import { ALLOW, type Decision, forbid, notFound, signInTo } from "./decision";
import { atLeast, type Role } from "./roles";

/** Group-scoped actions reserved to `minimum` and above; groups are unlisted to outsiders. */
export function groupAction(minimum: Role, what: string) {
  return (actor: Actor | null, _group: GroupResource): Decision => {
    if (actor === null) return signInTo(what);
    if (actor.role === null) return notFound("Group");
    if (atLeast(actor.role, minimum)) return ALLOW;
    return forbid(`Only group ${minimum}s${minimum === "owner" ? "" : " and above"} can ${what}.`);
  };
}

export function readSource(actor: Actor | null, source: SourceResource): Decision {
  if (source.isPublic) return ALLOW;
  // Signed out, a group's source is as absent as for an outsider: no 401 that says it exists.
  if (actor !== null && source.groupId !== null && atLeast(actor.role, "viewer")) return ALLOW;
  return notFound("Source");
}

export function editSourceMetadata(actor: Actor | null, source: SourceResource): Decision {
  if (source.groupId === null) {
    if (actor === null) return signInTo("edit this source's details");
    return actor.admin === true ? ALLOW : forbid("The public corpus is curated by this instance's administrators.");
  }
  const read = readSource(actor, source);
  if (!read.allowed) return read;
  if (actor === null) return signInTo("edit this source's details");
  if (atLeast(actor.role, "editor")) return ALLOW;
  return forbid("Only group editors and owners can edit this source's details.");
}

export function editSource(actor: Actor | null, source: SourceResource): Decision {
  // Signing in would not help here, so no 401: the starter corpus is shared by everyone.
  if (source.groupId === null) return forbid("Starter-corpus sources cannot be edited; import a copy into a group.");
  const read = readSource(actor, source);
  if (!read.allowed) return read;
  if (actor === null) return signInTo("edit this source");
  if (atLeast(actor.role, "editor")) return ALLOW;
  return forbid("Only group editors and owners can edit this source.");
}
