// Issue 10's bench for the interchange formats: 10,000 annotations exported in each
// format, time and peak memory against JSON.stringify of the same rows (target: at
// most 3x the time, memory flat). Rows are made batch by batch, never held together,
// so the peak is what a format itself keeps; 20,000 rows show whether it grows.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describeRange } from "@/lib/anchoring";
import { importCapture } from "@/lib/corpus";
import type { ExportContext, ExportFormat, ExportRow } from "@/lib/export";
import { FORMATS } from "@/lib/export/formats";

const FORMAT_IDS = ["jsonld", "tei", "csl-json", "bibtex", "ris", "archive"] as const;
const BATCH = 500;
const SOURCES = 10;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function rowsOf(text: string): (i: number) => ExportRow {
  return (i) => {
    const s = i % SOURCES;
    const start = (i * 97) % (text.length - 200);
    const anchor = describeRange(text, start, start + 60 + (i % 90));
    const slug = `source-${s}`;
    const base = "https://palimpsest.example";
    return {
      id: `ann${i}`,
      source: { id: `src${s}`, slug, title: `Source ${s}`, author: "Panagiotis Vogiatzis", site: "xekinima.org", url: `https://example.org/${s}`, published: "2019-08-25", language: "en", kind: "article", perspective: null, groupId: null, readerUrl: `${base}/sources/${slug}` },
      versionId: `ver${s}`,
      ...anchor,
      anchorStatus: "exact",
      layer: "rebuttal",
      layerLabel: "Rebuttal",
      visibility: "public",
      groupId: null,
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Note ${i}: ` }, { type: "text", text: "see the archive", marks: [{ type: "bold" }] }] }] },
      bodyText: `Note ${i}: see the archive`,
      tags: ["trial", `t${i % 7}`],
      author: { id: "u1", name: "Anna Reader" },
      createdAt: "2026-11-30T09:00:00.000Z",
      updatedAt: "2026-11-30T10:00:00.000Z",
      links: i % 10 === 0 ? [{ id: `l${i}`, kind: "refutes", direction: "from", note: null, other: { id: `ann${i + 1}`, exact: "x", layer: "apologist_claim", sourceId: `src${s}`, sourceSlug: slug, sourceTitle: `Source ${s}`, passageUrl: `${base}/sources/${slug}` } }] : [],
      citations: [],
      passageUrl: `${base}/sources/${slug}?annotation=ann${i}`,
    };
  };
}

async function* batches(make: (i: number) => ExportRow, total: number): AsyncGenerator<ExportRow[]> {
  for (let i = 0; i < total; i += BATCH) yield Array.from({ length: Math.min(BATCH, total - i) }, (_, j) => make(i + j));
}

const memory = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Time and peak memory over the baseline of draining `chunks`, and the bytes it made. */
async function measure(chunks: AsyncIterable<Uint8Array | string>): Promise<{ ms: number; peakMb: number; mb: number }> {
  gc();
  const before = memory();
  let peak = before;
  let bytes = 0;
  const t0 = performance.now();
  for await (const chunk of chunks) {
    bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
    peak = Math.max(peak, memory());
  }
  return { ms: performance.now() - t0, peakMb: (peak - before) / 2 ** 20, mb: bytes / 2 ** 20 };
}

async function* stringified(rows: AsyncIterable<ExportRow[]>): AsyncGenerator<string> {
  for await (const batch of rows) yield JSON.stringify(batch);
}

export async function benchInterchange(corpusDir: string): Promise<void> {
  const file = "000_2c9b017290b247bf.txt";
  const parsed = importCapture(await readFile(path.join(corpusDir, file)), file);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const make = rowsOf(parsed.document.text);
  const context = (total: number): ExportContext => ({ title: "Bench", baseUrl: "https://palimpsest.example", generatedAt: new Date().toISOString(), total, versionText: async () => parsed.document.text });
  for (const total of [10_000, 20_000]) {
    console.log(`\n== Interchange exports, ${total.toLocaleString("en")} annotations (target <= 3x JSON.stringify's time, memory flat) ==`);
    const base = await measure(stringified(batches(make, total)));
    console.log(`JSON.stringify: ${base.ms.toFixed(0)} ms, peak +${base.peakMb.toFixed(1)} MB, ${base.mb.toFixed(1)} MB out`);
    for (const id of FORMAT_IDS) {
      const format: ExportFormat = FORMATS[id];
      const r = await measure(format.write(batches(make, total), context(total)));
      console.log(`${id.padEnd(9)}: ${r.ms.toFixed(0)} ms = ${(r.ms / base.ms).toFixed(2)}x, peak +${r.peakMb.toFixed(1)} MB, ${r.mb.toFixed(1)} MB out`);
    }
  }
}
