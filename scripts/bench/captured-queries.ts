// The SQL a service call sends, captured from Prisma's query log, so a benchmark
// can run exactly the same statements directly with pg and compare.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

export async function captureQueries(databaseUrl: string, call: (db: Db) => Promise<unknown>): Promise<CapturedQuery[]> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 1 }), log: [{ emit: "event", level: "query" }] });
  const captured: CapturedQuery[] = [];
  db.$on("query", (event) => {
    const params: unknown = JSON.parse(event.params);
    captured.push({ sql: event.query, params: Array.isArray(params) ? params : [] });
  });
  await call(db); // warm: the first call also loads the query plans
  captured.length = 0;
  await call(db);
  await db.$disconnect();
  return captured;
}

/** Runs the captured statements one after another on one connection; returns each run's milliseconds. */
export async function replayQueries(databaseUrl: string, queries: CapturedQuery[], runs: number): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const times: number[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      for (const q of queries) await client.query(q.sql, q.params);
      if (i > 0) times.push(performance.now() - t0); // the first run warms the cache
    }
  } finally {
    await client.end();
  }
  return times;
}
