import type { Db } from "@/lib/db/client";
import { loginThrottleKeys, pruneExpired, reserveAttempt, settleFailure, settleSuccess } from "./login-throttle";
import { hashForMissingAccount, verifyPassword } from "./password";
import type { SignInInput } from "./schemas";

export interface CredentialContext {
  /** The client's network address (lib/auth/client-address.ts), or "unknown". */
  address: string;
  now?: Date;
}

export type CredentialCheck =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

/**
 * The Credentials provider's `authorize`, framework-free: throttle, then
 * compare the password. Unknown emails cost a full bcrypt comparison too, and
 * get the same "invalid" answer as a wrong password.
 */
export async function verifyCredentials(db: Db, input: SignInInput, context: CredentialContext): Promise<CredentialCheck> {
  const now = context.now ?? new Date();
  const keys = loginThrottleKeys(input.email, context.address);
  await pruneExpired(db, now);
  const reservation = await reserveAttempt(db, keys, now);
  if (!reservation.ok) return { ok: false, reason: "throttled", retryAfterMs: reservation.retryAfterMs };

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const storedHash = user?.passwordHash ?? null;
  const matches = await verifyPassword(input.password, storedHash ?? (await hashForMissingAccount()));
  if (user === null || storedHash === null || user.email === null || !matches) {
    await settleFailure(db, keys, now);
    return { ok: false, reason: "invalid" };
  }

  await settleSuccess(db, keys);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
