import { requireUserId } from "./actor";
import type { Action, Actor, ResourceFor } from "./actions";
import { changeAnnotation, createAnnotation, readAnnotation, respondToAnnotation, restoreAnnotation } from "./annotation-rules";
import { type Decision, forbid } from "./decision";
import { readEntry } from "./entry-rules";
import { removeLink, restoreLink } from "./link-rules";
import { policyErrorFrom } from "./errors";
import { editSource, editSourceMetadata, groupAction, readSource } from "./group-rules";

type Rule<A extends Action> = (actor: Actor | null, resource: ResourceFor[A]) => Decision;

const RULES: { [A in Action]: Rule<A> } = {
  "source:read": readSource,
  "source:import": groupAction("editor", "import sources into this group"),
  "source:edit": editSource,
  "source:edit-metadata": editSourceMetadata,
  "annotation:read": readAnnotation,
  "annotation:read-entry": readEntry,
  "annotation:create": createAnnotation,
  "annotation:edit": changeAnnotation("edit"),
  "annotation:place": changeAnnotation("place"),
  "annotation:delete": changeAnnotation("delete"),
  "annotation:restore": restoreAnnotation,
  "annotation:reply": respondToAnnotation("reply to"),
  "annotation:link": respondToAnnotation("link from"),
  "link:delete": removeLink,
  "link:restore": restoreLink,
  "group:manage-members": groupAction("owner", "manage members"),
  "group:invite": groupAction("owner", "invite people"),
  "group:delete": groupAction("owner", "delete the group"),
  "group:read": groupAction("viewer", "read this group"),
  "token:scope": groupAction("viewer", "make an API token for this group"),
};

/**
 * The one authorization answer for every route and action. Pure: the caller
 * passes the actor's role in the resource's group. Throws only for an actor
 * without a user id, which is a server bug.
 */
export function can<A extends Action>(actor: Actor | null, action: A, resource: ResourceFor[A]): Decision {
  if (actor !== null) requireUserId(actor.userId);
  // Actions may arrive from untyped input: never fall through to Object.prototype.
  if (!Object.hasOwn(RULES, action)) return forbid("Unknown action.");
  const rule: Rule<A> = RULES[action];
  return rule(actor, resource);
}

/** For services: throws a PolicyError carrying the decision's reason and status. */
export function assertCan<A extends Action>(actor: Actor | null, action: A, resource: ResourceFor[A]): void {
  const decision = can(actor, action, resource);
  if (!decision.allowed) throw policyErrorFrom(decision);
}
