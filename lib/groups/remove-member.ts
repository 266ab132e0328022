import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/http";
import { assertCan } from "@/lib/policy";
import { actorInGroup } from "./membership";
import { lastOwnerError, otherOwnerRemains } from "./owners";
import type { RemoveMemberInput } from "./schemas";

/** Owners remove members (themselves included) as long as an owner remains. */
export async function removeMember(db: Db, userId: string, input: RemoveMemberInput): Promise<{ userId: string }> {
  const { groupId } = input;
  return db.$transaction(async (tx) => {
    assertCan(await actorInGroup(tx, userId, groupId), "group:manage-members", { kind: "group", groupId });
    const target = await tx.membership.findUnique({
      where: { groupId_userId: { groupId, userId: input.userId } },
      select: { role: true },
    });
    if (target === null) throw new AppError("not_found", "That person is not a member of this group.");
    if (target.role === "owner" && !(await otherOwnerRemains(tx, groupId, input.userId))) throw lastOwnerError("remove");

    const removed = await tx.membership.deleteMany({ where: { groupId, userId: input.userId } });
    if (removed.count === 0) throw new AppError("not_found", "That person is not a member of this group.");
    return { userId: input.userId };
  });
}
