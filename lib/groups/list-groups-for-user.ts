import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/policy";

export interface GroupSummary {
  id: string;
  name: string;
  role: Role;
  memberCount: number;
  createdAt: Date;
}

export interface ListGroupsForUserOptions {
  db: Db;
  /** The caller's access (lib/access). */
  actor: Access;
}

/** The user's groups with their role in each, newest membership first. */
export async function listGroupsForUser({ db, actor }: ListGroupsForUserOptions): Promise<GroupSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId: actor.userId },
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
