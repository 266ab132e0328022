import { type Access, actorIn } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { assertCan, type Role } from "@/lib/policy";
import { hashInviteToken, invitePath, newInviteToken } from "./invite-token";
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

export interface CreateInviteOptions {
  db: Db;
  /** The caller's access (lib/access). */
  actor: Access;
  input: CreateInviteInput;
  now?: Date;
}

export async function createInvite({ db, actor, input, now = new Date() }: CreateInviteOptions): Promise<CreatedInvite> {
  assertCan(actorIn(actor, input.groupId), "group:invite", { kind: "group", groupId: input.groupId });
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const invite = await db.invite.create({
    data: { groupId: input.groupId, tokenHash: hashInviteToken(token), role: input.role, expiresAt, createdById: actor.userId },
    select: { id: true },
  });
  return { id: invite.id, token, path: invitePath(token), role: input.role, expiresAt };
}
