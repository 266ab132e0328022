// Export (issue 10, "Tests and numbers"): 10,000 annotations of one source in each
// format, time and peak memory against JSON.stringify of the same rows through the
// same pipeline (read in batches, serialized, discarded). Targets: at most 3x the
// time; memory flat, i.e. what an export holds for 10,000 rows about what it holds
// for 2,000. Needs only a database, no app server: it calls lib/export as the route does.
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { migrate } from "@/lib/db/migrate";
import { EXPORT_FORMAT_IDS, ExportQuery, exportAnnotations, OPERATOR } from "@/lib/export";
import { readExportRows } from "@/lib/export/read-rows";
import { resolveScope } from "@/lib/export/resolve-scope";
import { warmCitationEngine } from "@/lib/export/citation/source-citations";
import { loadStarterCorpus } from "@/lib/sources/starter-corpus";
import { createTestDatabase } from "../lib/test-databases";
import { seedAnnotations } from "./seed-annotations";

const COUNT = 10_000;
const SMALL = 2_000;
// Timed runs per format and for the baseline; the median is reported.
const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3);

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

interface Run {
  ms: number;
  bytes: number;
  /** Most memory held at once (heap, Buffers) above the start, live objects only. */
  heldMb: number;
}

const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function drain(consume: () => AsyncIterable<Uint8Array>): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  let bytes = 0;
  for await (const chunk of consume()) bytes += chunk.byteLength;
  return { ms: performance.now() - t0, bytes };
}

/**
 * One export drained to nowhere: RUNS timed runs (the median counts), then one more
 * that collects garbage at chunks, at most every 20 ms, so the peak counts what the
 * export holds, not garbage the collector had not got to yet. The collection happens
 * only between chunks, never from a timer: a forced collection in the middle of a
 * query's connection handshake once made the run fail.
 */
async function measure(consume: () => AsyncIterable<Uint8Array>, runs = RUNS): Promise<Run> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const timed = await drain(consume);
    times.push(timed.ms);
    bytes = timed.bytes;
  }
  gc();
  const base = used();
  let peak = base;
  let last = 0;
  for await (const chunk of consume()) {
    void chunk;
    const now = performance.now();
    if (now - last < 20) continue;
    last = now;
    gc();
    peak = Math.max(peak, used());
  }
  gc();
  peak = Math.max(peak, used());
  return { ms: median(times), bytes, heldMb: (peak - base) / 1048576 };
}

async function* jsonOfRows(db: Db, input: Record<string, string>): AsyncGenerator<Uint8Array> {
  // The baseline: the same rows, read the same way (scope resolved, counted, batched),
  // each batch JSON.stringify'd.
  const scope = await resolveScope(db, OPERATOR, ExportQuery.parse({ ...input, format: "csv" }));
  const encoder = new TextEncoder();
  for await (const batch of readExportRows({ db, viewer: OPERATOR, scope, baseUrl: "http://127.0.0.1" })) yield encoder.encode(JSON.stringify(batch));
}

async function addLinksAndCitations(db: Db, authorId: string): Promise<void> {
  const rows = await db.annotation.findMany({ where: { authorId }, select: { id: true }, orderBy: { start: "asc" } });
  const links = rows.flatMap((r, i) => (i % 10 === 0 && rows[i + 1] !== undefined ? [{ fromId: rows[i + 1]!.id, toId: r.id, kind: "rebuts" as const, createdById: authorId }] : []));
  await db.annotationLink.createMany({ data: links });
  const citations = rows.filter((_, i) => i % 7 === 0).map((r) => ({ annotationId: r.id, archive: "RGASPI", fond: "17", opis: "2", delo: "577", list: "1-12" }));
  await db.archivalCitation.createMany({ data: citations });
}

/** A client whose pool keeps its connections: none is opened anew mid-measurement. */
function benchDb(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 0 });
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

export async function benchExport(corpusDir: string): Promise<void> {
  console.log(`\n== Export of ${COUNT.toLocaleString()} annotations, each format vs JSON.stringify of the same rows, median of ${RUNS} (target <= 3x time, memory flat) ==`);
  const database = await createTestDatabase("bench_export");
  const migrated = await migrate(database.url, path.resolve("prisma/migrations"));
  if (!migrated.ok) throw new Error(migrated.error);
  const db = benchDb(database.url);
  try {
    await loadStarterCorpus(db, corpusDir);
    const sources = await db.source.findMany({ select: { id: true, slug: true, currentVersion: { select: { text: true } } } });
    const largest = sources.sort((a, b) => (b.currentVersion?.text.length ?? 0) - (a.currentVersion?.text.length ?? 0))[0];
    if (largest === undefined) throw new Error("no sources loaded");
    // Compiling the CSL style blocks the event loop for seconds; the app does it at
    // start (instrumentation.ts), so the bench does it before measuring too.
    warmCitationEngine();
    const inputs: Record<number, Record<string, string>> = {};
    for (const count of [SMALL, COUNT]) {
      await seedAnnotations(db, largest.id, count);
      const newest = await db.annotation.findFirstOrThrow({ where: { sourceId: largest.id }, orderBy: { createdAt: "desc" }, select: { authorId: true } });
      await addLinksAndCitations(db, newest.authorId);
      inputs[count] = { source: largest.slug, author: newest.authorId };
    }
    const run = (count: number, format: string) => measure(() => (format === "json" ? jsonOfRows(db, inputs[count]!) : exportOf(db, format, inputs[count]!)), count === SMALL ? 1 : RUNS);
    // Each small run comes first: it also warms what a first run pays for once
    // (query plans, fonts, the JIT), for the baseline as for the formats.
    const jsonSmall = await run(SMALL, "json");
    const json = await run(COUNT, "json");
    console.log(`JSON.stringify: ${json.ms.toFixed(0)} ms, ${(json.bytes / 1048576).toFixed(1)} MB, holds +${json.heldMb.toFixed(0)} MB (${SMALL.toLocaleString()} rows: +${jsonSmall.heldMb.toFixed(0)} MB)`);
    // BENCH_EXPORT_FORMATS=markdown,csv measures some formats only.
    const formats = process.env.BENCH_EXPORT_FORMATS?.split(",") ?? EXPORT_FORMAT_IDS;
    for (const format of formats) {
      const small = await run(SMALL, format);
      const big = await run(COUNT, format);
      const growth = big.heldMb / Math.max(small.heldMb, 1);
      // A few MB either way is the collector's timing, not rows held.
      const flat = growth < 1.6 || big.heldMb - small.heldMb < 4;
      console.log(
        `${format}: ${big.ms.toFixed(0)} ms = ${(big.ms / json.ms).toFixed(2)}x, ${(big.bytes / 1048576).toFixed(1)} MB; ` +
          `holds +${big.heldMb.toFixed(0)} MB (${SMALL.toLocaleString()} rows: +${small.heldMb.toFixed(0)} MB, ${growth.toFixed(1)}x for 5x the rows${flat ? ", flat" : ", grows"})`,
      );
    }
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

async function* exportOf(db: Db, format: string, input: Record<string, string>): AsyncGenerator<Uint8Array> {
  const file = await exportAnnotations({ db, viewer: OPERATOR, input: { ...input, format }, baseUrl: "http://127.0.0.1" });
  yield* file.body;
}
