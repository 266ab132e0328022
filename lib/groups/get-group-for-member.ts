import { type Access, actorIn } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { displayName } from "@/lib/accounts/display-name";
import { can, PolicyError, type Role } from "@/lib/policy";

export interface GroupMember {
  userId: string;
  name: string;
  /** Shown to owners only, who need it to tell members apart. */
  email: string | null;
  role: Role;
  joinedAt: Date;
}

export interface PendingInvite {
  id: string;
  role: Role;
  expiresAt: Date;
  createdAt: Date;
}

export interface GroupDetail {
  id: string;
  name: string;
  createdAt: Date;
  myRole: Role;
  /** What the page may offer; the services check again on every request. */
  canManageMembers: boolean;
  canInvite: boolean;
  canDelete: boolean;
  /** Sources the group owns: deleting the group deletes them, and only when asked to. */
  sourceCount: number;
  members: GroupMember[];
  /** Unused, unexpired invites; empty for anyone who cannot invite. */
  pendingInvites: PendingInvite[];
}

const ROLE_ORDER: Record<Role, number> = { owner: 0, editor: 1, annotator: 2, viewer: 3 };

export interface GetGroupForMemberOptions {
  db: Db;
  /** The caller's access (lib/access). */
  actor: Access;
  input: { groupId: string };
  now?: Date;
}

/** A group's page for one of its members; to anyone else the group does not exist. */
export async function getGroupForMember({ db, actor: access, input, now = new Date() }: GetGroupForMemberOptions): Promise<GroupDetail> {
  const { groupId } = input;
  const actor = actorIn(access, groupId);
  // lib/policy has no "group:read" action yet; membership of any role is what reading takes.
  if (actor === null || actor.role === null) throw new PolicyError("not_found", "Group not found.");
  const resource = { kind: "group", groupId } as const;
  const canManageMembers = can(actor, "group:manage-members", resource).allowed;
  const canInvite = can(actor, "group:invite", resource).allowed;
  const canDelete = can(actor, "group:delete", resource).allowed;

  const group = await db.group.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      name: true,
      createdAt: true,
      _count: { select: { sources: true } },
      memberships: { select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (group === null) throw new PolicyError("not_found", "Group not found.");

  const members = group.memberships
    .map((m) => ({
      userId: m.user.id,
      name: displayName(m.user),
      email: canManageMembers ? m.user.email : null,
      role: m.role,
      joinedAt: m.createdAt,
    }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name));

  const pendingInvites = canInvite
    ? await db.invite.findMany({
        where: { groupId, usedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        select: { id: true, role: true, expiresAt: true, createdAt: true },
      })
    : [];

  return {
    id: group.id,
    name: group.name,
    createdAt: group.createdAt,
    myRole: actor.role,
    canManageMembers,
    canInvite,
    canDelete,
    sourceCount: group._count.sources,
    members,
    pendingInvites,
  };
}
