import type { Db } from "@/lib/db/client";
import { assertCan, type Role } from "@/lib/policy";
import { hashInviteToken, invitePath, newInviteToken } from "./invite-token";
import { actorInGroup } from "./membership";
import type { CreateInviteInput } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CreatedInvite {
  id: string;
  /** Shown once, to the inviter: only its hash is stored. */
  token: string;
  path: string;
  role: Role;
  expiresAt: Date;
}

export async function createInvite(db: Db, userId: string, input: CreateInviteInput, now = new Date()): Promise<CreatedInvite> {
  assertCan(await actorInGroup(db, userId, input.groupId), "group:invite", { kind: "group", groupId: input.groupId });
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const invite = await db.invite.create({
    data: { groupId: input.groupId, tokenHash: hashInviteToken(token), role: input.role, expiresAt, createdById: userId },
    select: { id: true },
  });
  return { id: invite.id, token, path: invitePath(token), role: input.role, expiresAt };
}
