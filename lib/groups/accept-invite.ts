import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/policy";
import { inviteError, inviteProblem } from "./invite-status";
import { hashInviteToken } from "./invite-token";
import { roleInGroup } from "./membership";
import type { AcceptInviteInput } from "./schemas";

export interface AcceptedInvite {
  groupId: string;
  role: Role;
  /** True when the user was a member already: their role stays, the invite stays unused. */
  alreadyMember: boolean;
}

export interface AcceptInviteOptions {
  db: Db;
  /** The caller's access (lib/access). */
  actor: Access;
  input: AcceptInviteInput;
  now?: Date;
}

/**
 * Joins the group with the invite's role. Invites are single-use; whoever
 * holds a valid link may join, so the token is the authorization here and the
 * policy governs everything the new member does afterwards.
 */
export async function acceptInvite({ db, actor, input, now = new Date() }: AcceptInviteOptions): Promise<AcceptedInvite> {
  const joiner = actor.userId;
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({
      where: { tokenHash: hashInviteToken(input.token) },
      select: { id: true, groupId: true, role: true, expiresAt: true, usedAt: true },
    });
    if (invite === null) throw inviteError("unknown");

    const current = await roleInGroup(tx, joiner, invite.groupId);
    if (current !== null) return { groupId: invite.groupId, role: current, alreadyMember: true };

    const problem = inviteProblem(invite, now);
    if (problem !== null) throw inviteError(problem);

    // Claim the invite in the write itself, so two people racing on one link cannot both join.
    const claimed = await tx.invite.updateMany({
      where: { id: invite.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) throw inviteError("used");

    await tx.membership.createMany({ data: [{ groupId: invite.groupId, userId: joiner, role: invite.role }], skipDuplicates: true });
    const role = (await roleInGroup(tx, joiner, invite.groupId)) ?? invite.role;
    return { groupId: invite.groupId, role, alreadyMember: false };
  });
}
