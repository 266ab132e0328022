// Search's numbers (issue 11): full-text search p95 over the starter corpus with 10,000
// annotations, on the embedded database and on a server (target < 50 ms), and "find
// elsewhere" p95 (target < 100 ms). Calls the lib functions the routes call, so the
// figures are the database's and the service's, without HTTP.
import path from "node:path";
import { createDb, type Db } from "@/lib/db/client";
import { markEmbedded } from "@/lib/db/database-url";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { findElsewhere } from "@/lib/search/find-elsewhere";
import { searchCorpus } from "@/lib/search/search-corpus";
import { loadStarterCorpus } from "@/lib/sources/starter-corpus";
import { createTestDatabase } from "../lib/test-databases";
import { seedAnnotations } from "./seed-annotations";

const ANNOTATIONS = 10_000;
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 10);
// Names, stems, phrases, OR and -word, and one that every seeded note holds.
const QUERIES = ["Rakovsky", "Bukharin confession", '"show trials"', "Trotsky -Stalin", "archive OR archival", "Vyshinsky", "Kirov assassination", "Pyatakov Oslo", "executed", "bench note"];

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return times;
}

async function seed(url: string): Promise<Db> {
  const migrated = await migrate(url, path.resolve("prisma/migrations"));
  if (!migrated.ok) throw new Error(migrated.error);
  const db = createDb(url);
  await loadStarterCorpus(db, path.resolve("prisma/corpus"));
  const sources = await db.source.findMany({ select: { id: true } });
  for (const source of sources) await seedAnnotations(db, source.id, Math.floor(ANNOTATIONS / sources.length));
  return db;
}

async function measure(label: string, db: Db): Promise<void> {
  const search: number[] = [];
  for (const q of QUERIES) search.push(...(await timed(RUNS, () => searchCorpus({ db, actor: null, input: { q } }))));
  const paged = await searchCorpus({ db, actor: null, input: { q: "bench note" } });
  const versions = await db.source.findMany({ select: { id: true, currentVersion: { select: { text: true } } } });
  const selections = (size: number) =>
    versions.flatMap((v) => {
      const length = v.currentVersion?.text.length ?? 0;
      return [0.2, 0.5, 0.8].map((at) => ({ sourceId: v.id, start: Math.floor(length * at), end: Math.floor(length * at) + size }));
    });
  const findAll = async (size: number) => {
    const times: number[] = [];
    for (const s of selections(size)) times.push(...(await timed(3, () => findElsewhere({ db, actor: null, sourceId: s.sourceId, input: { start: s.start, end: s.end } }))));
    return times;
  };
  const similar = await findAll(120);
  // A paragraph-long selection is looked up in pieces of 40 words (lib/search/find-elsewhere.ts).
  const long = await findAll(600);
  console.log(`${label}: search p95 ${p95(search).toFixed(1)} ms over ${search.length} searches of ${QUERIES.length} queries (target < 50); ` +
    `"bench note" matches ${paged.totalExact ? "" : "more than "}${paged.total} notes`);
  console.log(`${label}: find elsewhere p95 ${p95(similar).toFixed(1)} ms over ${similar.length} selections of 120 characters (target < 100)`);
  console.log(`${label}: find elsewhere p95 ${p95(long).toFixed(1)} ms over ${long.length} selections of 600 characters`);
}

export async function benchSearch(): Promise<void> {
  console.log(`\n== Search, starter corpus with ${ANNOTATIONS.toLocaleString("en")} annotations, ${RUNS} runs of each query ==`);
  const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (server !== undefined && server !== "") {
    const database = await createTestDatabase("bench_search");
    const db = await seed(database.url);
    try {
      await measure("Postgres server", db);
    } finally {
      await db.$disconnect();
      await database.drop();
    }
  } else console.log("Postgres server: skipped (set DATABASE_URL or TEST_DATABASE_URL to measure on a server)");

  // Last: markEmbedded switches this process's clients to the embedded pool settings.
  const was = process.env.PALIMPSEST_EMBEDDED_DB;
  const embedded = await startEmbeddedPostgres();
  markEmbedded();
  const db = await seed(embedded.url);
  try {
    await measure("embedded PGlite", db);
  } finally {
    await db.$disconnect();
    await embedded.stop();
    if (was === undefined) delete process.env.PALIMPSEST_EMBEDDED_DB;
    else process.env.PALIMPSEST_EMBEDDED_DB = was;
  }
}
