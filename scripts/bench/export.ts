// Export (issue 10, "Tests and numbers"): 10,000 annotations of one source in each
// format, time and peak memory against JSON.stringify of the same rows through the
// same pipeline (read in batches, serialized, discarded). Targets: at most 3x the
// time; memory flat, i.e. what an export holds for 10,000 rows about what it holds for 2,000.
import v8 from "node:v8";
import vm from "node:vm";
import type { Db } from "@/lib/db/client";
import { EXPORT_FORMAT_IDS, ExportQuery, exportAnnotations, OPERATOR } from "@/lib/export";
import { readExportRows } from "@/lib/export/read-rows";
import { resolveScope } from "@/lib/export/resolve-scope";
import { warmCitationEngine } from "@/lib/export/citation/source-citations";
import { seedAnnotations } from "./seed-annotations";

const COUNT = 10_000;
const SMALL = 2_000;

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

/**
 * One export drained to nowhere, twice: timed, then again collecting garbage every
 * 20 ms and at every chunk, so the peak counts what the export holds, not garbage
 * the collector had not got to yet.
 */
async function measure(consume: () => AsyncIterable<Uint8Array>): Promise<Run> {
  const t0 = performance.now();
  let bytes = 0;
  for await (const chunk of consume()) bytes += chunk.byteLength;
  const ms = performance.now() - t0;
  gc();
  const base = used();
  let peak = base;
  const sample = () => {
    gc();
    peak = Math.max(peak, used());
  };
  const timer = setInterval(sample, 20);
  for await (const chunk of consume()) {
    void chunk;
    sample();
  }
  clearInterval(timer);
  return { ms, bytes, heldMb: (peak - base) / 1048576 };
}

async function* jsonOfRows(db: Db, input: Record<string, string>): AsyncGenerator<Uint8Array> {
  // The baseline: the same rows, read the same way, each batch JSON.stringify'd.
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

export async function benchExport({ db, sourceSlug }: { db: Db; sourceSlug: string }): Promise<void> {
  console.log(`\n== Export of ${COUNT.toLocaleString()} annotations, each format vs JSON.stringify of the same rows (target <= 3x time, memory flat) ==`);
  // Compiling the CSL style blocks the event loop for seconds on a busy machine;
  // done in the middle of a run, the pool's pending connections timed out.
  warmCitationEngine();
  const source = await db.source.findUniqueOrThrow({ where: { slug: sourceSlug }, select: { id: true } });
  const inputs: Record<number, Record<string, string>> = {};
  for (const count of [SMALL, COUNT]) {
    await seedAnnotations(db, source.id, count);
    const newest = await db.annotation.findFirstOrThrow({ where: { sourceId: source.id }, orderBy: { createdAt: "desc" }, select: { authorId: true } });
    await addLinksAndCitations(db, newest.authorId);
    inputs[count] = { source: sourceSlug, author: newest.authorId };
  }
  const run = (count: number, format: string) => measure(() => (format === "json" ? jsonOfRows(db, inputs[count]!) : exportOf(db, format, inputs[count]!)));
  // Each format's small run comes first: it also warms what a first export pays for
  // once (the citeproc engine, fonts, query plans).
  const jsonSmall = await run(SMALL, "json");
  const json = await run(COUNT, "json");
  console.log(`JSON.stringify: ${json.ms.toFixed(0)} ms, ${(json.bytes / 1048576).toFixed(1)} MB, holds +${json.heldMb.toFixed(0)} MB (${SMALL.toLocaleString()} rows: +${jsonSmall.heldMb.toFixed(0)} MB)`);
  // BENCH_EXPORT_FORMATS=markdown,csv measures some formats only.
  const formats = process.env.BENCH_EXPORT_FORMATS?.split(",") ?? EXPORT_FORMAT_IDS;
  for (const format of formats) {
    const small = await run(SMALL, format);
    const big = await run(COUNT, format);
    const growth = big.heldMb / Math.max(small.heldMb, 1);
    console.log(
      `${format}: ${big.ms.toFixed(0)} ms = ${(big.ms / json.ms).toFixed(2)}x, ${(big.bytes / 1048576).toFixed(1)} MB; ` +
        `holds +${big.heldMb.toFixed(0)} MB (${SMALL.toLocaleString()} rows: +${small.heldMb.toFixed(0)} MB, ${growth.toFixed(1)}x for 5x the rows${growth < 1.6 ? ", flat" : ", grows"})`,
    );
  }
}

async function* exportOf(db: Db, format: string, input: Record<string, string>): AsyncGenerator<Uint8Array> {
  const file = await exportAnnotations({ db, viewer: OPERATOR, input: { ...input, format }, baseUrl: "http://127.0.0.1" });
  yield* file.body;
}
