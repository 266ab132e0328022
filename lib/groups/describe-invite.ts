import { type Access, roleIn } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/policy";
import { inviteError, inviteProblem } from "./invite-status";
import { hashInviteToken } from "./invite-token";
import type { AcceptInviteInput } from "./schemas";

export interface InviteDescription {
  groupId: string;
  groupName: string;
  role: Role;
  expiresAt: Date;
  /** The reader's current role when they already belong to the group. */
  currentRole: Role | null;
}

export interface DescribeInviteOptions {
  db: Db;
  /** The caller's access (lib/access). */
  actor: Access;
  input: AcceptInviteInput;
  now?: Date;
}

/**
 * What the invite page shows before anyone clicks "Join": opening a link does
 * not join (link previews and scanners open links too). Holding the token is
 * the permission to see the group's name; unusable links throw an AppError.
 */
export async function describeInvite({ db, actor, input, now = new Date() }: DescribeInviteOptions): Promise<InviteDescription> {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(input.token) },
    select: { groupId: true, role: true, expiresAt: true, usedAt: true, group: { select: { name: true } } },
  });
  const currentRole = invite === null ? null : roleIn(actor, invite.groupId);
  // A member re-opening a used or expired link is told where they stand, not refused.
  const problem = inviteProblem(invite, now);
  if (invite === null || (problem !== null && currentRole === null)) throw inviteError(problem ?? "unknown");
  return { groupId: invite.groupId, groupName: invite.group.name, role: invite.role, expiresAt: invite.expiresAt, currentRole };
}
