import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/create-account";
import { signUpInput } from "@/lib/accounts/schemas";
import { ADDRESS_RULE, FREE_ACCOUNT_FAILURES, MAX_SLOW_DOWN_MS, PAIR_RULE } from "@/lib/accounts/sign-in-limits";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import type { Db } from "@/lib/db/client";
import { freshDatabase } from "./support/database";
import { isEmbeddedPostgres } from "./support/database-kind";

let db: Db;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.$disconnect();
});

const signUp = (email: string, password: string) => createAccount(db, signUpInput.parse({ email, password }));

/** A slow-down that records what it would have waited instead of sleeping. */
function recorder() {
  const waits: number[] = [];
  return { waits, wait: async (ms: number) => void waits.push(ms) };
}
const check = (email: string, password: string, address: string, wait = recorder().wait) => verifyCredentials(db, { email, password }, { address, wait });

// Each check costs a bcrypt comparison (about a second on a busy CI core): allow for dozens.
describe("sign-in limits", { timeout: 240_000 }, () => {
  it("five wrong passwords from an attacker's address do not stop the owner signing in from theirs", async () => {
    await signUp("owner@example.org", "the owner's password");
    for (let i = 0; i < 5; i++) expect(await check("owner@example.org", `guess ${i}`, "203.0.113.66")).toEqual({ ok: false, reason: "invalid" });
    const owner = await check("owner@example.org", "the owner's password", "192.0.2.10");
    expect(owner.ok).toBe(true);
  });

  it("refuses one address at one account after five failures, with the time left, even the right password", async () => {
    await signUp("pair@example.org", "pair password");
    for (let i = 0; i < PAIR_RULE.points; i++) await check("pair@example.org", `guess ${i}`, "203.0.113.67");
    const refused = await check("pair@example.org", "pair password", "203.0.113.67");
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    if (!refused.ok && refused.reason === "throttled") {
      expect(refused.retryAfterMs).toBeGreaterThan(14 * 60_000);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(15 * 60_000);
    }
    // The same address at another account is not refused.
    expect(await check("someone-else@example.org", "x", "203.0.113.67")).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows an account guessed from many addresses, growing to a cap, yet lets the right password in", async () => {
    await signUp("targeted@example.org", "targeted password");
    const attacker = recorder();
    for (let i = 0; i < FREE_ACCOUNT_FAILURES + 6; i++) await check("targeted@example.org", `guess ${i}`, `198.51.100.${i}`, attacker.wait);
    // The first free failures pass at once, then each waits longer: 0.5 s, 1 s, 2 s ...
    expect(attacker.waits).toEqual([500, 1_000, 2_000, 4_000, 8_000, MAX_SLOW_DOWN_MS]);
    const owner = recorder();
    const result = await check("targeted@example.org", "targeted password", "192.0.2.11", owner.wait);
    expect(result.ok).toBe(true);
    expect(owner.waits).toEqual([MAX_SLOW_DOWN_MS]);
  });

  it("refuses an address after 20 failures across many accounts, and no other address", async () => {
    await signUp("bystander@example.org", "bystander password");
    for (let i = 0; i < ADDRESS_RULE.points; i++) {
      expect(await check(`sprayed${i}@example.org`, "Password1", "233.252.0.9")).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await check("bystander@example.org", "bystander password", "233.252.0.9")).toMatchObject({ ok: false, reason: "throttled" });
    expect((await check("bystander@example.org", "bystander password", "233.252.0.10")).ok).toBe(true);
  });

  it("right sign-ins from an address do not buy it extra guesses at other accounts", async () => {
    await signUp("insider@example.org", "insider password");
    for (let i = 0; i < ADDRESS_RULE.points; i++) {
      expect((await check("insider@example.org", "insider password", "233.252.0.77")).ok).toBe(true);
      await check(`target${i}@example.org`, "Password1", "233.252.0.77");
    }
    expect(await check("target-next@example.org", "Password1", "233.252.0.77")).toMatchObject({ reason: "throttled" });
  });

  it("counts parallel guesses before checking them, so a burst gets no extra tries", async () => {
    if (await isEmbeddedPostgres()) return; // one backend: concurrency is not real there
    await signUp("burst@example.org", "not guessed");
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => check("burst@example.org", `parallel ${i}`, "192.0.2.200")));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(PAIR_RULE.points);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(10 - PAIR_RULE.points);
  });
});
