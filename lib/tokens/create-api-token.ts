import { type Access, actorIn } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/http";
import { assertCan } from "@/lib/policy";
import { CreateApiTokenInput, MAX_TOKENS_PER_USER, TOKEN_PREFIX } from "./schemas";
import { hashSecretToken, newSecretToken } from "./secret-token";

export interface CreatedApiToken {
  id: string;
  name: string;
  /** Shown once: only its hash is stored. */
  token: string;
}

export interface CreateApiTokenOptions {
  db: Db;
  actor: Access;
  /** Untrusted form fields, parsed with CreateApiTokenInput. */
  input: unknown;
}

export async function createApiToken({ db, actor, input }: CreateApiTokenOptions): Promise<CreatedApiToken> {
  const data = parseInput(CreateApiTokenInput, input);
  if (data.groupId !== null) assertCan(actorIn(actor, data.groupId), "token:scope", { kind: "group", groupId: data.groupId });
  const live = await db.apiToken.count({ where: { userId: actor.userId, revokedAt: null } });
  if (live >= MAX_TOKENS_PER_USER) {
    throw new AppError("invalid_input", `You have ${MAX_TOKENS_PER_USER} tokens; revoke one you no longer use first.`);
  }
  const token = `${TOKEN_PREFIX}${newSecretToken()}`;
  const row = await db.apiToken.create({
    data: { userId: actor.userId, name: data.name, groupId: data.groupId, canWrite: data.canWrite, tokenHash: hashSecretToken(token) },
    select: { id: true, name: true },
  });
  return { ...row, token };
}
