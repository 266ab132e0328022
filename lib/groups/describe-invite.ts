import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/policy";
import { requireUserId } from "@/lib/policy/actor";
import { inviteError, inviteProblem } from "./invite-status";
import { hashInviteToken } from "./invite-token";
import { roleInGroup } from "./membership";
import type { AcceptInviteInput } from "./schemas";

export interface InviteDescription {
  groupId: string;
  groupName: string;
  role: Role;
  expiresAt: Date;
  /** The reader's current role when they already belong to the group. */
  currentRole: Role | null;
}

/**
 * What the invite page shows before anyone clicks "Join": opening a link does
 * not join (link previews and scanners open links too). Holding the token is
 * the permission to see the group's name; unusable links throw an AppError.
 */
export async function describeInvite(db: Db, userId: string, input: AcceptInviteInput, now = new Date()): Promise<InviteDescription> {
  const reader = requireUserId(userId);
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(input.token) },
    select: { groupId: true, role: true, expiresAt: true, usedAt: true, group: { select: { name: true } } },
  });
  const currentRole = invite === null ? null : await roleInGroup(db, reader, invite.groupId);
  // A member re-opening a used or expired link is told where they stand, not refused.
  const problem = inviteProblem(invite, now);
  if (invite === null || (problem !== null && currentRole === null)) throw inviteError(problem ?? "unknown");
  return { groupId: invite.groupId, groupName: invite.group.name, role: invite.role, expiresAt: invite.expiresAt, currentRole };
}
