import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/client";
import { prismaQueryClient } from "./prisma-query-client";

/** The table made by migration 20261202000400_rate_limit (model RateLimit). */
const RATE_LIMIT_TABLE = "RateLimit";

export interface LimitRule {
  /** Names the limiter's keys in the shared table, so limiters never count each other's hits. */
  name: string;
  /** Hits allowed per window. */
  points: number;
  durationSeconds: number;
  /** Once the points are spent, refuse for this long instead of until the window ends. */
  blockSeconds?: number;
}

export type LimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  readonly rule: LimitRule;
  /** Counts `points` hits for the key and says whether they fit. */
  consume(key: string, points?: number): Promise<LimitDecision>;
  /** Hits already counted in the current window (0 for an unknown key); counts nothing. */
  spent(key: string): Promise<number>;
  /** Gives back hits, e.g. when an attempt counted in advance turned out fine. */
  reward(key: string, points?: number): Promise<void>;
  /** Forgets the key. */
  reset(key: string): Promise<void>;
}

/**
 * "postgres": shared by every app instance (the RateLimit table); "memory": this
 * process only, for tests that need no database.
 */
export type LimitStore = { kind: "postgres"; db: Db } | { kind: "memory" };

function backend(store: LimitStore, rule: LimitRule) {
  const options = {
    keyPrefix: rule.name,
    points: rule.points,
    duration: rule.durationSeconds,
    blockDuration: rule.blockSeconds ?? 0,
  };
  if (store.kind === "memory") return new RateLimiterMemory(options);
  return new RateLimiterPostgres({
    ...options,
    storeClient: prismaQueryClient(store.db),
    storeType: "client",
    tableName: RATE_LIMIT_TABLE,
    // The migration made the table; the store must not try to create it.
    tableCreated: true,
  });
}

/** The library answers a refusal by rejecting with a RateLimiterRes; anything else is a fault. */
function decisionOf(error: unknown): LimitDecision {
  if (error instanceof RateLimiterRes) return { allowed: false, retryAfterMs: Math.max(1, error.msBeforeNext) };
  throw error;
}

export function createRateLimiter(store: LimitStore, rule: LimitRule): RateLimiter {
  const limiter = backend(store, rule);
  return {
    rule,
    async consume(key, points = 1) {
      try {
        const res = await limiter.consume(key, points);
        return { allowed: true, remaining: res.remainingPoints };
      } catch (error) {
        return decisionOf(error);
      }
    },
    async spent(key) {
      const res = await limiter.get(key);
      return res?.consumedPoints ?? 0;
    },
    async reward(key, points = 1) {
      await limiter.reward(key, points);
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
