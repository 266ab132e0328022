// Removing a link between two annotations, and undoing that (issue 8, finding 1.6).
// The two ends may sit in two groups, so each end carries the actor's role in its own group.
import { isSameUser } from "./actor";
import type { Actor, LinkResource } from "./actions";
import { readAnnotation } from "./annotation-rules";
import { ALLOW, type Decision, forbid, signInTo } from "./decision";
import { atLeast } from "./roles";

function editsAnEnd(link: LinkResource): boolean {
  return link.ends.some((end) => end.annotation.groupId !== null && atLeast(end.role, "editor"));
}

/** The link's author, the author of either end, or an editor of either end's group; all must see both ends. */
export function removeLink(actor: Actor | null, link: LinkResource): Decision {
  for (const end of link.ends) {
    const read = readAnnotation(actor === null ? null : { userId: actor.userId, role: end.role }, end.annotation);
    if (!read.allowed) return read;
  }
  if (actor === null) return signInTo("remove links");
  if (isSameUser(actor.userId, link.createdById)) return ALLOW;
  if (link.ends.some((end) => isSameUser(actor.userId, end.annotation.authorId))) return ALLOW;
  if (editsAnEnd(link)) return ALLOW;
  return forbid("Only the link's author, the authors of the two annotations, or their groups' editors can remove this link.");
}

/** Undo: whoever removed it, or an editor of either end's group, as for annotations. */
export function restoreLink(actor: Actor | null, link: LinkResource): Decision {
  const remove = removeLink(actor, link);
  if (!remove.allowed || actor === null) return remove;
  if (editsAnEnd(link) || isSameUser(actor.userId, link.deletedById)) return ALLOW;
  return forbid("A group editor removed this link; only an editor can restore it.");
}
