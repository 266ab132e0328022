// The list's own SQL run directly with pg while the load runs: the statements the
// list service sends for a signed-out reader, captured from Prisma's query log, then
// replayed in a loop on one connection. The ratio of the endpoint's p95 to this p95
// is what the app adds on top of Postgres under the same load.
import pg from "pg";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { captureQueries } from "../bench/captured-queries";

export async function directListSql(databaseUrl: string, sourceId: string, until: () => boolean): Promise<{ times: number[]; statements: number }> {
  const queries = await captureQueries(databaseUrl, (db) => listAnnotations({ db, actor: null, sourceId }));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const times: number[] = [];
  try {
    while (!until()) {
      const t0 = performance.now();
      for (const q of queries) await client.query(q.sql, q.params);
      times.push(performance.now() - t0);
    }
  } finally {
    await client.end();
  }
  return { times, statements: queries.length };
}
