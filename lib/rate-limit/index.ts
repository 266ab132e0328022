import { type Db, db } from "@/lib/db/client";
import { RateLimitedError } from "@/lib/http";
import { createRateLimiter, type LimitRule, type RateLimiter } from "./limiter";

export { createRateLimiter, type LimitDecision, type LimitRule, type LimitStore, type RateLimiter } from "./limiter";

// One limiter per client and rule: each store instance keeps a timer that clears
// expired rows, so making one per request would pile them up.
const limitersByDb = new WeakMap<Db, Map<string, RateLimiter>>();

/**
 * The limiter for a rule on this client's RateLimit table. A second rule under
 * a taken name is a bug: both would count together.
 */
export function limiterFor(client: Db, rule: LimitRule): RateLimiter {
  let limiters = limitersByDb.get(client);
  if (limiters === undefined) {
    limiters = new Map();
    limitersByDb.set(client, limiters);
  }
  const existing = limiters.get(rule.name);
  if (existing !== undefined) {
    const same = existing.rule.points === rule.points && existing.rule.durationSeconds === rule.durationSeconds && existing.rule.blockSeconds === rule.blockSeconds;
    if (!same) throw new Error(`Rate limiter "${rule.name}" is defined twice with different rules.`);
    return existing;
  }
  const limiter = createRateLimiter({ kind: "postgres", db: client }, rule);
  limiters.set(rule.name, limiter);
  return limiter;
}

/** The app's limiter for a rule (on the shared client of lib/db/client). */
export function rateLimiter(rule: LimitRule): RateLimiter {
  return limiterFor(db(), rule);
}

/** Counts one hit and throws RateLimitedError (429 with Retry-After) when it does not fit. */
export async function enforceLimit(limiter: RateLimiter, key: string, message: string): Promise<void> {
  const decision = await limiter.consume(key);
  if (!decision.allowed) throw new RateLimitedError(decision.retryAfterMs, message);
}
