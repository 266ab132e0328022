import { type Access, resolveAccess } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { PolicyError, type TokenScope } from "@/lib/policy";
import { TOKEN_PREFIX } from "./schemas";
import { hashSecretToken } from "./secret-token";

export interface TokenCaller {
  tokenId: string;
  /** The token's user, with only the scoped group's role when the token has a group. */
  access: Access;
  scope: TokenScope;
}

/** "Bearer <token>" from an Authorization header; null when there is none (the session decides then). */
export function bearerTokenOf(authorization: string | null): string | null {
  if (authorization === null) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1] ?? "";
}

const lastUseWritten = new Map<string, number>();
const LAST_USE_EVERY_MS = 60_000;

/**
 * The caller a token stands for; an unknown, malformed or revoked token is 401,
 * the same answer for each, so a guess learns nothing.
 */
export async function authenticateApiToken({ db, token, now = new Date() }: { db: Db; token: string; now?: Date }): Promise<TokenCaller> {
  const refused = new PolicyError("unauthenticated", "The API token is not valid (unknown, malformed or revoked).");
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) throw refused;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { id: true, userId: true, groupId: true, canWrite: true, revokedAt: true },
  });
  if (row === null || row.revokedAt !== null) throw refused;
  const full = await resolveAccess(db, { id: row.userId });
  if (full === null) throw refused;
  // A group token sees through its group only, so every visibility filter downstream narrows with it.
  const roles = row.groupId === null ? full.roles : new Map([...full.roles].filter(([groupId]) => groupId === row.groupId));
  // lastUsedAt is for the tokens page ("used 3 minutes ago"): once a minute per token is plenty.
  if ((lastUseWritten.get(row.id) ?? 0) + LAST_USE_EVERY_MS < now.getTime()) {
    lastUseWritten.set(row.id, now.getTime());
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: row.id, access: { userId: full.userId, roles }, scope: { groupId: row.groupId, canWrite: row.canWrite } };
}
