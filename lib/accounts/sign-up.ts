import type { Db } from "@/lib/db/client";
import { parseInput, RateLimitedError } from "@/lib/http";
import { type LimitRule, limiterFor } from "@/lib/rate-limit";
import { minutesToWait } from "@/lib/auth/sign-in-errors";
import { createAccount } from "./create-account";
import { signUpInput } from "./schemas";

/**
 * Sign-ups from one address: enough for a seminar signing up together behind one
 * router, far too few to sweep emails or to keep a core busy with bcrypt.
 */
export const SIGN_UP_RULE: LimitRule = { name: "sign-up-address", points: 30, durationSeconds: 60 * 60 };

export interface SignUpOptions {
  db: Db;
  /** The client's address (lib/auth/client-address.ts). */
  address: string;
  /** The form's fields, not yet validated. */
  input: unknown;
}

/**
 * The sign-up form's service. The limit and the input are checked before the
 * password is hashed, so a refused or malformed request costs no bcrypt work.
 * The answer is the same whether or not the email already had an account
 * (createAccount changes nothing then), so the form cannot be asked which exist.
 */
export async function signUp({ db, address, input }: SignUpOptions): Promise<{ email: string }> {
  const decision = await limiterFor(db, SIGN_UP_RULE).consume(address);
  if (!decision.allowed) {
    const minutes = minutesToWait(decision.retryAfterMs);
    throw new RateLimitedError(decision.retryAfterMs, `Too many sign-ups from your network; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
  const parsed = parseInput(signUpInput, input);
  await createAccount(db, parsed);
  return { email: parsed.email };
}
