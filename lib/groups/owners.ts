import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/http";

/**
 * Locks the group's owner rows for the rest of the transaction and says
 * whether any owner other than `userId` remains. Two owners demoting each other
 * at once queue on these locks, and the second sees the first one's change.
 */
export async function otherOwnerRemains(tx: Prisma.TransactionClient, groupId: string, userId: string): Promise<boolean> {
  const owners = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "Membership" WHERE "groupId" = ${groupId} AND "role" = 'owner' FOR UPDATE`;
  return owners.some((owner) => owner.userId !== userId);
}

export function lastOwnerError(verb: "remove" | "demote"): AppError {
  return new AppError(
    "last_owner",
    verb === "remove"
      ? "A group needs at least one owner: make another member an owner before removing this one."
      : "A group needs at least one owner: make another member an owner first.",
  );
}
