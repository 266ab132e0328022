import { type Access, actorIn } from "@/lib/access";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/http";
import { assertCan, type Role } from "@/lib/policy";

export const notAMember = () => new AppError("not_found", "That person is not a member of this group.");

/**
 * The member an owner is about to change or remove: checks that the caller may
 * manage the group's members, then returns the target's current role.
 */
export async function managedMember(
  tx: Prisma.TransactionClient,
  access: Access,
  groupId: string,
  memberId: string,
): Promise<{ role: Role }> {
  assertCan(actorIn(access, groupId), "group:manage-members", { kind: "group", groupId });
  const target = await tx.membership.findUnique({
    where: { groupId_userId: { groupId, userId: memberId } },
    select: { role: true },
  });
  if (target === null) throw notAMember();
  return target;
}
