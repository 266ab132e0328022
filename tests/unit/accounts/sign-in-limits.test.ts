import { describe, expect, it } from "vitest";
import { ADDRESS_RULE, FREE_ACCOUNT_FAILURES, MAX_SLOW_DOWN_MS, PAIR_RULE, slowDownMs } from "@/lib/accounts/sign-in-limits";

describe("sign-in limits", () => {
  it("refuse 5 tries per address and account, and 20 per address, each for a quarter hour", () => {
    expect(PAIR_RULE).toMatchObject({ points: 5, durationSeconds: 900, blockSeconds: 900 });
    expect(ADDRESS_RULE).toMatchObject({ points: 20, durationSeconds: 900, blockSeconds: 900 });
  });

  it("slow an account down only after its free failures, doubling up to the cap", () => {
    expect(FREE_ACCOUNT_FAILURES).toBe(5);
    expect([0, 4, 5, 6, 7, 8, 9, 10, 50].map(slowDownMs)).toEqual([0, 0, 500, 1_000, 2_000, 4_000, 8_000, MAX_SLOW_DOWN_MS, MAX_SLOW_DOWN_MS]);
  });
});
