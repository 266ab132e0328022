import { actorIn, type Caller } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/http";
import { assertCan, PolicyError } from "@/lib/policy";
import { deleteGroupInput } from "./schemas";

export interface DeleteGroupOptions {
  db: Db;
  actor: Caller;
  /** Untrusted, parsed with deleteGroupInput. */
  input: unknown;
}

export interface DeletedGroup {
  id: string;
  deletedSources: number;
}

/**
 * Owners delete a group, its memberships, invites and annotations. A group's sources
 * never outlive it as public ones (the foreign key restricts), so a group that owns
 * sources is deleted only when the owner asks for its sources to go with it.
 */
export async function deleteGroup({ db, actor, input }: DeleteGroupOptions): Promise<DeletedGroup> {
  const { groupId, confirmName, withSources } = parseInput(deleteGroupInput, input);
  assertCan(actorIn(actor, groupId), "group:delete", { kind: "group", groupId });
  return db.$transaction(async (tx) => {
    // Locked, so a source imported meanwhile is either counted here or refused by the key.
    const [group] = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM "Group" WHERE id = ${groupId} FOR UPDATE`;
    if (group === undefined) throw new PolicyError("not_found", "Group not found.");
    if (confirmName !== group.name.trim()) {
      throw new AppError("invalid_input", "The name typed does not match the group's name; nothing was deleted.");
    }
    const sources = await tx.source.count({ where: { groupId } });
    if (sources > 0 && !withSources) {
      throw new AppError(
        "group_has_sources",
        `This group owns ${sources === 1 ? "1 source" : `${sources} sources`}. Delete them with the group, or keep the group.`,
      );
    }
    // Versions, annotations, revisions, replies and links go with their source (cascade).
    const deleted = sources > 0 ? await tx.source.deleteMany({ where: { groupId } }) : { count: 0 };
    await tx.group.delete({ where: { id: groupId } });
    return { id: groupId, deletedSources: deleted.count };
  });
}
