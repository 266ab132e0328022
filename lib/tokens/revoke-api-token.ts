import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/http";
import { RevokeApiTokenInput } from "./schemas";

/** Revokes one of the caller's tokens; someone else's is as absent as an unknown one. */
export async function revokeApiToken({ db, actor, input }: { db: Db; actor: Access; input: unknown }): Promise<{ id: string }> {
  const { tokenId } = parseInput(RevokeApiTokenInput, input);
  // The owner is part of the write's scope: the check and the write cannot drift apart.
  const written = await db.apiToken.updateMany({ where: { id: tokenId, userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (written.count === 0) throw new AppError("not_found", "Token not found.");
  return { id: tokenId };
}
