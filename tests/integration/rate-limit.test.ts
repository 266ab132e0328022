import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createDb } from "@/lib/db/client";
import { createRateLimiter } from "@/lib/rate-limit";
import { freshDatabase, testDatabaseUrl } from "./support/database";
import { isEmbeddedPostgres } from "./support/database-kind";

let db: Db;
let other: Db;
beforeAll(async () => {
  db = await freshDatabase();
  // A second client stands for a second app instance on the same database.
  other = createDb(testDatabaseUrl());
});
afterAll(async () => {
  await db.$disconnect();
  await other.$disconnect();
});

let serial = 0;
const rule = (points: number, extra: { blockSeconds?: number; durationSeconds?: number } = {}) => {
  serial += 1;
  return { name: `test-${serial}`, points, durationSeconds: extra.durationSeconds ?? 60, ...extra };
};

describe("rate limiter on the RateLimit table", () => {
  it("allows the rule's points per window, then refuses with the time left", async () => {
    const limiter = createRateLimiter({ kind: "postgres", db }, rule(3));
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await limiter.consume("k"));
    expect(answers.slice(0, 3).map((a) => a.allowed)).toEqual([true, true, true]);
    expect(answers[2]).toEqual({ allowed: true, remaining: 0 });
    const refused = answers[3];
    expect(refused?.allowed).toBe(false);
    if (refused?.allowed === false) {
      expect(refused.retryAfterMs).toBeGreaterThan(55_000);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000);
    }
    // Another key has its own count.
    expect((await limiter.consume("other key")).allowed).toBe(true);
  });

  it("stores its counts in the RateLimit table, under the limiter's name", async () => {
    const r = rule(5);
    await createRateLimiter({ kind: "postgres", db }, r).consume("row key", 2);
    const rows = await db.$queryRawUnsafe<{ key: string; points: number }[]>(`SELECT "key", "points" FROM "RateLimit" WHERE "key" = $1`, `${r.name}:row key`);
    expect(rows).toEqual([{ key: `${r.name}:row key`, points: 2 }]);
  });

  it("counts hits from every instance together", async () => {
    const r = rule(4);
    const one = createRateLimiter({ kind: "postgres", db }, r);
    const two = createRateLimiter({ kind: "postgres", db: other }, r);
    await one.consume("shared");
    await two.consume("shared");
    await one.consume("shared");
    expect(await two.spent("shared")).toBe(3);
    expect((await two.consume("shared")).allowed).toBe(true);
    expect((await one.consume("shared")).allowed).toBe(false);
  });

  it("blocks for blockSeconds once the points are spent", async () => {
    const limiter = createRateLimiter({ kind: "postgres", db }, rule(1, { durationSeconds: 1, blockSeconds: 120 }));
    await limiter.consume("b");
    const refused = await limiter.consume("b");
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterMs).toBeGreaterThan(100_000);
  });

  it("gives hits back with reward and forgets a key with reset", async () => {
    const limiter = createRateLimiter({ kind: "postgres", db }, rule(2));
    await limiter.consume("r");
    await limiter.consume("r");
    await limiter.reward("r");
    expect(await limiter.spent("r")).toBe(1);
    await limiter.reset("r");
    expect(await limiter.spent("r")).toBe(0);
  });

  it("a window that ran out starts afresh", async () => {
    const limiter = createRateLimiter({ kind: "postgres", db }, rule(1, { durationSeconds: 1 }));
    await limiter.consume("w");
    expect((await limiter.consume("w")).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await limiter.consume("w")).allowed).toBe(true);
  });

  it("lets exactly the rule's points through when hits arrive at once", async () => {
    if (await isEmbeddedPostgres()) return; // one backend: concurrency is not real there
    const limiter = createRateLimiter({ kind: "postgres", db }, rule(10));
    const answers = await Promise.all(Array.from({ length: 30 }, () => limiter.consume("burst")));
    expect(answers.filter((a) => a.allowed)).toHaveLength(10);
  });
});
