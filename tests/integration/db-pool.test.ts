import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { freshDatabase, testDatabaseUrl } from "./support/database";

// Under load every pooled connection can be busy for a few seconds (the load run saw
// Prisma's default 2 s wait for a transaction's connection expire: 500, P2028). A
// transaction queued behind a busy pool must wait its turn, not fail.
let setup: Db;
let small: Db;

beforeAll(async () => {
  setup = await freshDatabase();
  small = createDb(testDatabaseUrl(), 1);
});
afterAll(async () => {
  await small.$disconnect();
  await setup.$disconnect();
});

it("a transaction waits for a pool whose only connection is busy for 3 s", async () => {
  const busy = small.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SELECT pg_sleep(3)");
    return "first";
  }, { timeout: 10_000 });
  // Let the first transaction take the connection.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const queued = small.$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<{ one: number }[]>("SELECT 1 AS one");
    return rows[0]?.one;
  });
  await expect(Promise.all([busy, queued])).resolves.toEqual(["first", 1]);
});
