import { isSameUser } from "./actor";
import type { Actor, AnnotationResource, HiddenAnnotationResource } from "./actions";
import { ALLOW, type Decision, forbid, notFound, signInTo } from "./decision";
import { atLeast, type Role } from "./roles";

const NOT_FOUND = "Annotation";

function isAuthor(actor: Actor | null, annotation: AnnotationResource): boolean {
  return actor !== null && isSameUser(actor.userId, annotation.authorId);
}

function roleCannot(role: Role | null, verb: string): Decision {
  if (role === null) return forbid(`You are not a member of this annotation's group, so you cannot ${verb} it.`);
  return forbid(`Your role in this group (${role}) does not allow you to ${verb} this annotation.`);
}

/** Must agree row for row with visibleAnnotationsWhere (a test checks that). */
export function readAnnotation(actor: Actor | null, annotation: AnnotationResource): Decision {
  if (annotation.deleted) return notFound(NOT_FOUND);
  if (annotation.visibility === "public") return ALLOW;
  // Signed out is told what an unknown id is told: a 401 would say the note exists.
  if (actor === null) return notFound(NOT_FOUND);
  if (annotation.visibility === "private") {
    // Private means the author alone: group owners and editors included out.
    return isAuthor(actor, annotation) ? ALLOW : notFound(NOT_FOUND);
  }
  return annotation.groupId !== null && atLeast(actor.role, "viewer") ? ALLOW : notFound(NOT_FOUND);
}

/**
 * Edit and delete: authors change their own while they may still contribute to
 * the group; editors change (or hide) anyone's shared annotation.
 */
export function changeAnnotation(verb: "edit" | "place" | "delete") {
  return (actor: Actor | null, annotation: AnnotationResource): Decision => {
    const read = readAnnotation(actor, annotation);
    if (!read.allowed) return read;
    if (actor === null) return signInTo(`${verb} annotations`);
    if (isAuthor(actor, annotation)) {
      if (annotation.visibility === "private" || annotation.groupId === null) return ALLOW;
      return atLeast(actor.role, "annotator") ? ALLOW : roleCannot(actor.role, verb);
    }
    if (annotation.groupId !== null && atLeast(actor.role, "editor")) return ALLOW;
    return actor.role === null || !atLeast(actor.role, "annotator")
      ? roleCannot(actor.role, verb)
      : forbid(`Only the author or a group editor can ${verb} this annotation.`);
  };
}

/**
 * Undo of a delete: the one who hid it, or an editor of the group (moderation holds).
 * Without a record of who hid it, only a note no editor could have hidden (private,
 * or outside a group) goes back to its author.
 */
export function restoreAnnotation(actor: Actor | null, hidden: HiddenAnnotationResource): Decision {
  const { deletedById, ...annotation } = hidden;
  const asBefore = { ...annotation, deleted: false };
  const mayDelete = changeAnnotation("delete")(actor, asBefore);
  if (!mayDelete.allowed || actor === null) return mayDelete;
  if (annotation.groupId !== null && atLeast(actor.role, "editor")) return ALLOW;
  if (isSameUser(actor.userId, deletedById)) return ALLOW;
  const onlyAuthorCould = annotation.visibility === "private" || annotation.groupId === null;
  if (deletedById === null && onlyAuthorCould && isAuthor(actor, asBefore)) return ALLOW;
  return forbid("A group editor hid this annotation; only an editor of the group can restore it.");
}

/** Replies and outgoing links: readers who contribute to the group, or the author. */
export function respondToAnnotation(verb: "reply to" | "link from") {
  return (actor: Actor | null, annotation: AnnotationResource): Decision => {
    const read = readAnnotation(actor, annotation);
    if (!read.allowed) return read;
    if (actor === null) return signInTo(`${verb} annotations`);
    if (isAuthor(actor, annotation)) return ALLOW;
    if (annotation.groupId !== null && atLeast(actor.role, "annotator")) return ALLOW;
    return roleCannot(actor.role, verb);
  };
}

/** `draft` is the annotation about to be written, with the author the service will record. */
export function createAnnotation(actor: Actor | null, draft: AnnotationResource): Decision {
  if (actor === null) return signInTo("annotate");
  if (!isAuthor(actor, draft)) return forbid("You can only create annotations as yourself.");
  if (draft.groupId === null) {
    // A personal note needs no group; anything shared belongs to one.
    return draft.visibility === "private"
      ? ALLOW
      : forbid("Shared annotations belong to a group: choose one of your groups.");
  }
  if (actor.role === null) return notFound("Group");
  if (atLeast(actor.role, "annotator")) return ALLOW;
  return forbid(`Your role in this group (${actor.role}) can read but not annotate; ask an owner for annotator access.`);
}
