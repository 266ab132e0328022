import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { requireUserId } from "@/lib/policy/actor";
import { type Access, accessOf } from "./access";

/** The app's client or a transaction on it. */
export type DbOrTx = Db | Prisma.TransactionClient;

/**
 * The caller's access, in one membership query: once per request (lib/auth's
 * getRequestAccess), then handed to every service. `user` is the session's
 * user as lib/auth/session returns it; null (signed out) stays null.
 */
export async function resolveAccess(db: DbOrTx, user: { id: string } | null): Promise<Access | null> {
  if (user === null) return null;
  const userId = requireUserId(user.id);
  const memberships = await db.membership.findMany({ where: { userId }, select: { groupId: true, role: true }, orderBy: { createdAt: "asc" } });
  return accessOf(userId, memberships);
}
