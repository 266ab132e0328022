import { accessOf } from "@/lib/access";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANNOTATION_WRITE_RULE, limitAnnotationWrites } from "@/lib/annotations/write-limit";
import type { Db } from "@/lib/db/client";
import { RateLimitedError } from "@/lib/http";
import { freshDatabase, testDatabaseUrl } from "./support/database";
import { makeUser } from "./support/users";

let db: Db;
beforeAll(async () => {
  db = await freshDatabase();
  // The limiter uses the app's client, which reads DATABASE_URL.
  process.env.DATABASE_URL = testDatabaseUrl();
});
afterAll(async () => {
  await db.$disconnect();
});

describe("annotation writes per user", () => {
  it("allow the rule's writes a minute, then refuse with 429 and the wait, for that user only", async () => {
    const writer = accessOf((await makeUser(db)).id, []);
    const neighbour = accessOf((await makeUser(db)).id, []);
    for (let i = 0; i < ANNOTATION_WRITE_RULE.points; i++) await limitAnnotationWrites(writer);
    const refused = await limitAnnotationWrites(writer).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused).toMatchObject({ status: 429, code: "rate_limited" });
    if (refused instanceof RateLimitedError) {
      expect(refused.retryAfterMs).toBeGreaterThan(0);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(ANNOTATION_WRITE_RULE.durationSeconds * 1000);
    }
    await expect(limitAnnotationWrites(neighbour)).resolves.toBeUndefined();
  });

  it("count nothing for a signed-out caller, whom the service refuses itself", async () => {
    const rows = () => db.rateLimit.count({ where: { key: { startsWith: `${ANNOTATION_WRITE_RULE.name}:` } } });
    const before = await rows();
    for (let i = 0; i <= ANNOTATION_WRITE_RULE.points; i++) await limitAnnotationWrites(null);
    expect(await rows()).toBe(before);
  });
});
