import type { Db } from "@/lib/db/client";
import { createRateLimiter, enforceLimit, type LimitRule, type RateLimiter } from "@/lib/rate-limit";

/** Drawing a link is a considered act; a burst beyond this is a script. */
export const LINK_RATE_RULE: LimitRule = { name: "link-create", points: 30, durationSeconds: 600 };

// One limiter per database client (the app has one; each test suite its own).
const limiters = new WeakMap<Db, RateLimiter>();

/** Counts one link by `userId`; throws RateLimitedError (429 with Retry-After) past the rule. */
export async function countLinkCreation(db: Db, userId: string): Promise<void> {
  let limiter = limiters.get(db);
  if (limiter === undefined) {
    limiter = createRateLimiter({ kind: "postgres", db }, LINK_RATE_RULE);
    limiters.set(db, limiter);
  }
  await enforceLimit(limiter, userId, "You drew many links in a short time. Wait a few minutes, then try again.");
}
