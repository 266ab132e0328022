import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor, Role } from "@/lib/policy";
import { requireUserId } from "@/lib/policy/actor";

/** The app's client or a transaction on it. */
export type DbOrTx = Db | Prisma.TransactionClient;

/** The user's role in the group; null when they are not a member. */
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

/** Every group the user belongs to, whatever the role (viewers read too). */
export async function groupIdsForUser(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.membership.findMany({
    where: { userId: requireUserId(userId) },
    select: { groupId: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => row.groupId);
}

/** The policy's actor for a group-scoped decision. */
export async function actorInGroup(db: DbOrTx, userId: string, groupId: string): Promise<Actor> {
  return { userId: requireUserId(userId), role: await roleInGroup(db, userId, groupId) };
}
