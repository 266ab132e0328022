import type { Db } from "@/lib/db/client";
import { hashForMissingAccount, verifyPassword } from "./password";
import type { SignInInput } from "./schemas";
import { reserveAttempt, settleSuccess } from "./sign-in-limits";

export interface CredentialContext {
  /** The client's network address (lib/auth/client-address.ts), or "unknown". */
  address: string;
  /** How to wait out an account's slow-down; tests pass one that records instead of sleeping. */
  wait?: (ms: number) => Promise<void>;
}

export type CredentialCheck =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The Credentials provider's `authorize`, framework-free: limits (lib/accounts/
 * sign-in-limits.ts), then the password. Unknown emails cost a full bcrypt
 * comparison too, and get the same "invalid" answer as a wrong password.
 */
export async function verifyCredentials(db: Db, input: SignInInput, context: CredentialContext): Promise<CredentialCheck> {
  const attempt = { email: input.email, address: context.address };
  const reservation = await reserveAttempt(db, attempt);
  if (!reservation.ok) return { ok: false, reason: "throttled", retryAfterMs: reservation.retryAfterMs };
  if (reservation.slowDownMs > 0) await (context.wait ?? sleep)(reservation.slowDownMs);

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const storedHash = user?.passwordHash ?? null;
  const matches = await verifyPassword(input.password, storedHash ?? (await hashForMissingAccount()));
  if (user === null || storedHash === null || user.email === null || !matches) return { ok: false, reason: "invalid" };

  await settleSuccess(db, attempt);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
