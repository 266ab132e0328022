import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/policy";
import { managedMember, notAMember } from "./managed-member";
import { lastOwnerError, otherOwnerRemains } from "./owners";
import type { ChangeMemberRoleInput } from "./schemas";

export interface ChangedRole {
  userId: string;
  role: Role;
}

export interface ChangeMemberRoleOptions {
  db: Db;
  /** The caller's access (lib/access). */
  actor: Access;
  input: ChangeMemberRoleInput;
}

/** Owners set any member's role, their own included, as long as an owner remains. */
export async function changeMemberRole({ db, actor, input }: ChangeMemberRoleOptions): Promise<ChangedRole> {
  const { groupId } = input;
  return db.$transaction(async (tx) => {
    const target = await managedMember(tx, actor, groupId, input.userId);
    if (target.role === input.role) return { userId: input.userId, role: input.role };
    if (target.role === "owner" && !(await otherOwnerRemains(tx, groupId, input.userId))) throw lastOwnerError("demote");

    // Scoped to the group in the write itself: the check above and the update cannot drift apart.
    const updated = await tx.membership.updateMany({ where: { groupId, userId: input.userId }, data: { role: input.role } });
    if (updated.count === 0) throw notAMember();
    return { userId: input.userId, role: input.role };
  });
}
