import { db } from "@/lib/db/client";
import { RateLimitedError } from "@/lib/http";
import { createRateLimiter, type LimitRule, type RateLimiter } from "./limiter";

export { createRateLimiter, type LimitDecision, type LimitRule, type LimitStore, RATE_LIMIT_TABLE, type RateLimiter } from "./limiter";

const globalForLimits: typeof globalThis & { palimpsestLimiters?: Map<string, RateLimiter> } = globalThis;

/**
 * The app's limiter for a rule, on the shared RateLimit table, made once per
 * process. A second rule under a taken name is a bug: both would count together.
 */
export function rateLimiter(rule: LimitRule): RateLimiter {
  const limiters = (globalForLimits.palimpsestLimiters ??= new Map());
  const existing = limiters.get(rule.name);
  if (existing !== undefined) {
    const same = existing.rule.points === rule.points && existing.rule.durationSeconds === rule.durationSeconds && existing.rule.blockSeconds === rule.blockSeconds;
    if (!same) throw new Error(`Rate limiter "${rule.name}" is defined twice with different rules.`);
    return existing;
  }
  const limiter = createRateLimiter({ kind: "postgres", db: db() }, rule);
  limiters.set(rule.name, limiter);
  return limiter;
}

/** Counts one hit and throws RateLimitedError (429 with Retry-After) when it does not fit. */
export async function enforceLimit(limiter: RateLimiter, key: string, message: string): Promise<void> {
  const decision = await limiter.consume(key);
  if (!decision.allowed) throw new RateLimitedError(decision.retryAfterMs, message);
}
