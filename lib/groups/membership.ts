import type { DbOrTx } from "@/lib/access";
import type { Role } from "@/lib/policy";
import { requireUserId } from "@/lib/policy/actor";

/**
 * The user's role in the group as the database holds it now; null when they are
 * not a member. For reads inside a transaction that changes memberships (joining);
 * everything else asks the request's resolved access (lib/access).
 */
export async function roleInGroup(db: DbOrTx, userId: string, groupId: string): Promise<Role | null> {
  // Explicit checks: an empty id must not turn into a filter that matches someone else's row.
  const user = requireUserId(userId);
  if (typeof groupId !== "string" || groupId === "") return null;
  const membership = await db.membership.findUnique({
    where: { groupId_userId: { groupId, userId: user } },
    select: { role: true },
  });
  return membership?.role ?? null;
}
