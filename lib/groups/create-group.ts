import type { Db } from "@/lib/db/client";
import { requireUserId } from "@/lib/policy/actor";
import type { CreateGroupInput } from "./schemas";

export interface CreatedGroup {
  id: string;
  name: string;
}

/** Any signed-in user may start a group; they become its first owner. */
export async function createGroup(db: Db, userId: string, input: CreateGroupInput): Promise<CreatedGroup> {
  const ownerId = requireUserId(userId);
  return db.$transaction(async (tx) => {
    const group = await tx.group.create({ data: { name: input.name }, select: { id: true, name: true } });
    await tx.membership.create({ data: { groupId: group.id, userId: ownerId, role: "owner" } });
    return group;
  });
}
