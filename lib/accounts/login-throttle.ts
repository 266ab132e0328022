import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ACCOUNT_RULE, ADDRESS_RULE, afterFailure, lockRemaining, type ThrottleRule } from "./throttle-window";

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
  /**
   * "in-advance": counted before the password is checked and cleared by a right
   * one, so parallel guesses at one account cannot outrun the count.
   * "on-failure": counted only when the password was wrong, so one's own right
   * sign-ins cannot buy extra guesses at other accounts from the same address.
   */
  counting: "in-advance" | "on-failure";
}

/** The rows one sign-in attempt counts against: its email and its client address. */
export function loginThrottleKeys(email: string, address: string): ThrottleKey[] {
  return [
    { key: `account:${email}`, rule: ACCOUNT_RULE, counting: "in-advance" },
    { key: `address:${address}`, rule: ADDRESS_RULE, counting: "on-failure" },
  ];
}

export type Reservation = { ok: true } | { ok: false; retryAfterMs: number };

// A fixed lock order, so two attempts sharing keys cannot deadlock.
const inLockOrder = (keys: ThrottleKey[]) => [...keys].sort((a, b) => a.key.localeCompare(b.key));

async function lockRow(tx: Prisma.TransactionClient, key: string, now: Date) {
  await tx.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "windowStart") VALUES (${key}, 0, ${now}) ON CONFLICT ("key") DO NOTHING`;
  // Row lock: concurrent attempts on one key queue here instead of all reading "not locked".
  await tx.$queryRaw`SELECT 1 FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
  return tx.loginThrottle.findUniqueOrThrow({ where: { key } });
}

/** Refuses the attempt while any key is locked; otherwise counts the "in-advance" keys. */
export async function reserveAttempt(db: Db, keys: ThrottleKey[], now: Date): Promise<Reservation> {
  return db.$transaction(async (tx) => {
    const rows = [];
    for (const k of inLockOrder(keys)) rows.push({ k, state: await lockRow(tx, k.key, now) });
    const retryAfterMs = Math.max(0, ...rows.map((r) => lockRemaining(r.state, now)));
    if (retryAfterMs > 0) return { ok: false, retryAfterMs };
    for (const { k, state } of rows) {
      if (k.counting === "in-advance") await tx.loginThrottle.update({ where: { key: k.key }, data: afterFailure(state, now, k.rule) });
    }
    return { ok: true };
  });
}

/** The password was wrong: count it against the "on-failure" keys too. */
export async function settleFailure(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const k of inLockOrder(keys)) {
      if (k.counting !== "on-failure") continue;
      const state = await lockRow(tx, k.key, now);
      await tx.loginThrottle.update({ where: { key: k.key }, data: afterFailure(state, now, k.rule) });
    }
  });
}

/** The password was right: the account starts afresh. */
export async function settleSuccess(db: Db, keys: ThrottleKey[]): Promise<void> {
  const cleared = keys.filter((k) => k.counting === "in-advance").map((k) => k.key);
  await db.loginThrottle.deleteMany({ where: { key: { in: cleared } } });
}

const LONGEST_WINDOW_MS = Math.max(ACCOUNT_RULE.windowMs, ADDRESS_RULE.windowMs);

/**
 * Rows whose window and lock are both over count for nothing (afterFailure starts
 * them afresh), yet every new address leaves one: drop them, so the table holds
 * only the last quarter hour's attempts.
 */
export async function pruneExpired(db: Db, now: Date): Promise<number> {
  const { count } = await db.loginThrottle.deleteMany({
    where: {
      windowStart: { lt: new Date(now.getTime() - LONGEST_WINDOW_MS) },
      OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
    },
  });
  return count;
}
