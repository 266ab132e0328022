import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/http";
import { assertCan, type Role } from "@/lib/policy";
import { actorInGroup } from "./membership";
import { lastOwnerError, otherOwnerRemains } from "./owners";
import type { ChangeMemberRoleInput } from "./schemas";

export interface ChangedRole {
  userId: string;
  role: Role;
}

/** Owners set any member's role, their own included, as long as an owner remains. */
export async function changeMemberRole(db: Db, userId: string, input: ChangeMemberRoleInput): Promise<ChangedRole> {
  const { groupId } = input;
  return db.$transaction(async (tx) => {
    assertCan(await actorInGroup(tx, userId, groupId), "group:manage-members", { kind: "group", groupId });
    const target = await tx.membership.findUnique({
      where: { groupId_userId: { groupId, userId: input.userId } },
      select: { role: true },
    });
    if (target === null) throw new AppError("not_found", "That person is not a member of this group.");
    if (target.role === input.role) return { userId: input.userId, role: input.role };
    if (target.role === "owner" && !(await otherOwnerRemains(tx, groupId, input.userId))) throw lastOwnerError("demote");

    // Scoped to the group in the write itself: the check above and the update cannot drift apart.
    const updated = await tx.membership.updateMany({ where: { groupId, userId: input.userId }, data: { role: input.role } });
    if (updated.count === 0) throw new AppError("not_found", "That person is not a member of this group.");
    return { userId: input.userId, role: input.role };
  });
}
