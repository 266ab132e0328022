import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { managedMember, notAMember } from "./managed-member";
import { lastOwnerError, otherOwnerRemains } from "./owners";
import type { RemoveMemberInput } from "./schemas";

export interface RemoveMemberOptions {
  db: Db;
  /** The caller's access (lib/access). */
  actor: Access;
  input: RemoveMemberInput;
}

/** Owners remove members (themselves included) as long as an owner remains. */
export async function removeMember({ db, actor, input }: RemoveMemberOptions): Promise<{ userId: string }> {
  const { groupId } = input;
  return db.$transaction(async (tx) => {
    const target = await managedMember(tx, actor, groupId, input.userId);
    if (target.role === "owner" && !(await otherOwnerRemains(tx, groupId, input.userId))) throw lastOwnerError("remove");

    const removed = await tx.membership.deleteMany({ where: { groupId, userId: input.userId } });
    if (removed.count === 0) throw notAMember();
    return { userId: input.userId };
  });
}
