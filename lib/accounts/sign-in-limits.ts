import type { Db } from "@/lib/db/client";
import { type LimitRule, limiterFor } from "@/lib/rate-limit";

const MINUTE_SECONDS = 60;

/**
 * One address guessing one account: five tries a quarter hour. Keyed on both, so
 * a stranger's guesses never lock the owner out from the owner's own address.
 */
export const PAIR_RULE: LimitRule = { name: "sign-in-pair", points: 5, durationSeconds: 15 * MINUTE_SECONDS, blockSeconds: 15 * MINUTE_SECONDS };

/**
 * One address guessing many accounts: looser, because a classroom or office
 * shares one address, but it stops one machine from sweeping emails.
 */
export const ADDRESS_RULE: LimitRule = { name: "sign-in-address", points: 20, durationSeconds: 15 * MINUTE_SECONDS, blockSeconds: 15 * MINUTE_SECONDS };

/**
 * Failures at one account from every address. It never refuses (that would hand
 * strangers a lock); past the free failures each attempt waits before the
 * password is checked, so a right password still gets in, a little later.
 */
export const ACCOUNT_RULE: LimitRule = { name: "sign-in-account", points: 1_000_000, durationSeconds: 15 * MINUTE_SECONDS };
export const FREE_ACCOUNT_FAILURES = 5;
export const MAX_SLOW_DOWN_MS = 10_000;

/** The wait before checking a password, given the account's failures in the window before this attempt. */
export function slowDownMs(failuresBefore: number): number {
  const over = failuresBefore - FREE_ACCOUNT_FAILURES;
  if (over < 0) return 0;
  return Math.min(MAX_SLOW_DOWN_MS, 500 * 2 ** over);
}

export type Reservation = { ok: true; slowDownMs: number } | { ok: false; retryAfterMs: number };

export interface SignInAttempt {
  email: string;
  address: string;
}

function limiters(db: Db) {
  return { pair: limiterFor(db, PAIR_RULE), address: limiterFor(db, ADDRESS_RULE), account: limiterFor(db, ACCOUNT_RULE) };
}

const pairKey = ({ email, address }: SignInAttempt) => `${address} ${email}`;

/**
 * Counts the attempt before the password is checked, so parallel guesses cannot
 * outrun the count; a right password gives the points back (settleSuccess).
 */
export async function reserveAttempt(db: Db, attempt: SignInAttempt): Promise<Reservation> {
  const l = limiters(db);
  const [pair, address] = await Promise.all([l.pair.consume(pairKey(attempt)), l.address.consume(attempt.address)]);
  const refusals = [pair, address].flatMap((d) => (d.allowed ? [] : [d.retryAfterMs]));
  if (refusals.length > 0) return { ok: false, retryAfterMs: Math.max(...refusals) };
  const account = await l.account.consume(attempt.email);
  const failuresBefore = account.allowed ? ACCOUNT_RULE.points - account.remaining - 1 : ACCOUNT_RULE.points;
  return { ok: true, slowDownMs: slowDownMs(failuresBefore) };
}

/** The password was right: this attempt was no failure, and the pair starts afresh. */
export async function settleSuccess(db: Db, attempt: SignInAttempt): Promise<void> {
  const l = limiters(db);
  await Promise.all([l.pair.reset(pairKey(attempt)), l.address.reward(attempt.address), l.account.reward(attempt.email)]);
}
