// Who sees a note is its author's choice, within what the policy and the source's
// sharing rule allow. The update service refuses a change with this, and the DTO
// lists the choices with it, so the edit form offers exactly what the server accepts.
import { can, policyErrorFrom, PolicyError, VISIBILITIES, type Actor, type AnnotationResource, type Visibility } from "@/lib/policy";
import type { AnnotationError } from "./errors";
import { sharingProblem } from "./source-access";

export interface VisibilityFacts {
  resource: AnnotationResource;
  /** The group of the source the annotation is on; null for the public starter corpus. */
  sourceGroupId: string | null;
}

/** Why `actor` may not switch the annotation to `to`; null when they may (or nothing changes). */
export function visibilityChangeRefusal(actor: Actor | null, facts: VisibilityFacts, to: Visibility): PolicyError | AnnotationError | null {
  const { resource, sourceGroupId } = facts;
  if (to === resource.visibility) return null;
  // Editors may correct others' notes, but who sees a note is its author's choice.
  if (actor === null || actor.userId !== resource.authorId) {
    return new PolicyError("forbidden", "Only the author can change who sees an annotation.");
  }
  const decision = can(actor, "annotation:create", { ...resource, visibility: to });
  if (!decision.allowed) return policyErrorFrom(decision);
  return sharingProblem(sourceGroupId, resource.groupId, to);
}

/** The visibilities the edit form may offer: always the current one, then any the actor may switch to. */
export function visibilityChoices(actor: Actor | null, facts: VisibilityFacts): Visibility[] {
  return VISIBILITIES.filter((v) => visibilityChangeRefusal(actor, facts, v) === null);
}
