import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/policy";
import { requireUserId } from "@/lib/policy/actor";

export interface GroupSummary {
  id: string;
  name: string;
  role: Role;
  memberCount: number;
  createdAt: Date;
}

/** The user's groups with their role in each, newest membership first. */
export async function listGroupsForUser(db: Db, userId: string): Promise<GroupSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId: requireUserId(userId) },
    orderBy: { createdAt: "desc" },
    select: {
      role: true,
      group: { select: { id: true, name: true, createdAt: true, _count: { select: { memberships: true } } } },
    },
  });
  return memberships.map(({ role, group }) => ({
    id: group.id,
    name: group.name,
    role,
    memberCount: group._count.memberships,
    createdAt: group.createdAt,
  }));
}
