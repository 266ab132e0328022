import { type Access, actorIn, groupIdsOf } from "@/lib/access";
import { can } from "@/lib/policy";

/** The groups the caller may import into (editor or owner): the library offers "Import a source" only when there is one. */
export function importGroupIds(actor: Access | null): string[] {
  return groupIdsOf(actor).filter((groupId) => can(actorIn(actor, groupId), "source:import", { kind: "group", groupId }).allowed);
}
