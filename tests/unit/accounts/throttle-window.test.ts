import { describe, expect, it } from "vitest";
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  afterFailure,
  lockRemaining,
  minutesToWait,
  type ThrottleRule,
  type ThrottleState,
} from "@/lib/accounts/throttle-window";

const MIN = 60_000;
const t0 = new Date("2026-11-23T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);
const rule: ThrottleRule = { maxFailures: 5, windowMs: 15 * MIN, lockMs: 15 * MIN };

function fail(times: number, start: ThrottleState | null, when: (i: number) => Date): ThrottleState | null {
  let state = start;
  for (let i = 0; i < times; i++) state = afterFailure(state, when(i), rule);
  return state;
}

describe("throttle window", () => {
  it("uses 5 per account and 20 per address, each over 15 minutes with a 15-minute lock", () => {
    expect(ACCOUNT_RULE).toEqual({ maxFailures: 5, windowMs: 15 * MIN, lockMs: 15 * MIN });
    expect(ADDRESS_RULE).toEqual({ maxFailures: 20, windowMs: 15 * MIN, lockMs: 15 * MIN });
  });

  it("is free with no history", () => {
    expect(lockRemaining(null, t0)).toBe(0);
  });

  it("counts failures without locking below the limit", () => {
    const state = fail(4, null, (i) => at(i));
    expect(state).toEqual({ failures: 4, windowStart: t0, lockedUntil: null });
    expect(lockRemaining(state, at(4))).toBe(0);
  });

  it("locks for 15 minutes from the fifth failure inside the window", () => {
    const state = fail(5, null, (i) => at(i * 2)); // failures at 0, 2, 4, 6, 8 minutes
    expect(state?.lockedUntil).toEqual(at(8 + 15));
    expect(lockRemaining(state, at(11))).toBe(12 * MIN);
    expect(minutesToWait(lockRemaining(state, at(11)))).toBe(12);
    expect(lockRemaining(state, at(23))).toBe(0);
  });

  it("starts a new window when the old one has passed, so slow failures never lock", () => {
    const state = fail(10, null, (i) => at(i * 4)); // one every 4 minutes
    expect(state?.lockedUntil).toBeNull();
    expect(state?.failures).toBeLessThan(5);
  });

  it("does not extend or lift a lock when more failures arrive during it", () => {
    const locked = fail(5, null, (i) => at(i));
    const again = afterFailure(locked, at(6), rule);
    expect(again).toEqual(locked);
  });

  it("starts afresh once a lock has run out", () => {
    const locked = fail(5, null, (i) => at(i));
    const after = afterFailure(locked, at(30), rule);
    expect(after).toEqual({ failures: 1, windowStart: at(30), lockedUntil: null });
  });

  it("rounds waiting time up to whole minutes, at least one", () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(MIN)).toBe(1);
    expect(minutesToWait(MIN + 1)).toBe(2);
    expect(minutesToWait(0)).toBe(1);
  });
});
