import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import type { CreateGroupInput } from "./schemas";

export interface CreatedGroup {
  id: string;
  name: string;
}

export interface CreateGroupOptions {
  db: Db;
  /** The caller's access (lib/access): any signed-in user. */
  actor: Access;
  input: CreateGroupInput;
}

/** Any signed-in user may start a group; they become its first owner. */
export async function createGroup({ db, actor, input }: CreateGroupOptions): Promise<CreatedGroup> {
  const ownerId = actor.userId;
  return db.$transaction(async (tx) => {
    const group = await tx.group.create({ data: { name: input.name }, select: { id: true, name: true } });
    await tx.membership.create({ data: { groupId: group.id, userId: ownerId, role: "owner" } });
    return group;
  });
}
