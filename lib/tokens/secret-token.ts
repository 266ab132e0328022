import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes as base64url: unguessable, and safe in a URL path or a header. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * What the database keeps: a leaked table does not yield working secrets. A plain
 * sha256 is enough (unlike passwords) because the token is random.
 */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
