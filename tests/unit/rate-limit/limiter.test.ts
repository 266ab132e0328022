import { describe, expect, it } from "vitest";
import { createRateLimiter } from "@/lib/rate-limit/limiter";

describe("rate limiter (memory store)", () => {
  it("refuses the hit after the rule's points, with the time left in the window", async () => {
    const limiter = createRateLimiter({ kind: "memory" }, { name: "unit", points: 2, durationSeconds: 30 });
    expect(await limiter.consume("a")).toEqual({ allowed: true, remaining: 1 });
    expect(await limiter.consume("a")).toEqual({ allowed: true, remaining: 0 });
    const refused = await limiter.consume("a");
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterMs).toBeGreaterThan(29_000);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(30_000);
    }
  });

  it("counts several points at once and reports what was spent", async () => {
    const limiter = createRateLimiter({ kind: "memory" }, { name: "unit-points", points: 5, durationSeconds: 30 });
    expect(await limiter.spent("p")).toBe(0);
    await limiter.consume("p", 4);
    expect(await limiter.spent("p")).toBe(4);
    expect((await limiter.consume("p", 2)).allowed).toBe(false);
  });
});
