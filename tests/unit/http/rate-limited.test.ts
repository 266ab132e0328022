import { describe, expect, it } from "vitest";
import { errorResponse, RateLimitedError, retryAfterSeconds, runAction } from "@/lib/http";

describe("RateLimitedError", () => {
  it("answers 429 with Retry-After in whole seconds, rounded up", async () => {
    const response = errorResponse(new RateLimitedError(1_200, "Slow down."));
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("2");
    expect(await response.json()).toEqual({ error: { code: "rate_limited", message: "Slow down.", retryAfterSeconds: 2 } });
  });

  it("reaches a form as a 429 result with the same wait", async () => {
    const result = await runAction(() => Promise.reject(new RateLimitedError(61_000, "Too many.")));
    expect(result).toEqual({ ok: false, status: 429, code: "rate_limited", message: "Too many.", retryAfterSeconds: 61 });
  });

  it("never says 0 seconds", () => {
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(60_000)).toBe(60);
  });
});
