import type { SourceResource } from "./actions";

/** A source as the policy judges it: starter-corpus sources have no group and are the only public ones. */
export function sourceResource(groupId: string | null): SourceResource {
  return { kind: "source", groupId, isPublic: groupId === null };
}
