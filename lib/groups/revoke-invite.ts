import { actorIn, type Caller } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/http";
import { assertCan } from "@/lib/policy";
import { revokeInviteInput } from "./schemas";

export interface RevokeInviteOptions {
  db: Db;
  actor: Caller;
  /** Untrusted, parsed with revokeInviteInput. */
  input: unknown;
}

/** Whoever may invite may take a pending link back; the link then answers "not valid". */
export async function revokeInvite({ db, actor, input }: RevokeInviteOptions): Promise<{ id: string }> {
  const { groupId, inviteId } = parseInput(revokeInviteInput, input);
  assertCan(actorIn(actor, groupId), "group:invite", { kind: "group", groupId });
  // Scoped to the group and to unused links in the write itself: a used invite is a
  // membership's record, and another group's invite is not this owner's to touch.
  const removed = await db.invite.deleteMany({ where: { id: inviteId, groupId, usedAt: null } });
  if (removed.count === 0) throw new AppError("not_found", "That invite link is no longer pending.");
  return { id: inviteId };
}
