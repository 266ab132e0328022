import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes as base64url: unguessable, and safe in a URL path. */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * What the database keeps: a leaked Invite table does not yield working links.
 * A plain sha256 is enough (unlike passwords) because the token is random.
 */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function invitePath(token: string): string {
  return `/invite/${token}`;
}
