// Archival citations (issue 11, "Numbers"): parsing every capture, rebuilding the stored
// citations of the corpus from its texts, and answering the citation index (/archives)
// from them. Target: the corpus' citation index built in under 200 ms.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArchivalCitations } from "@/lib/citations";
import { getCitationIndex } from "@/lib/archives/get-citation-index";
import type { Db } from "@/lib/db/client";
import { readManifest } from "@/lib/sources/starter-corpus";
import { backfillCitations } from "@/lib/sources/version-citations";
import { median, p95 } from "./paint";

const RUNS = 20;

async function timed(runs: number, step: () => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await step();
    times.push(performance.now() - t0);
  }
  return times;
}

const figures = (times: number[]) => `median ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms`;

export async function benchCitations({ db, corpusDir }: { db: Db; corpusDir: string }): Promise<void> {
  console.log(`\n== Archival citations (target: the corpus' citation index under 200 ms), ${RUNS} runs ==`);
  const manifest = await readManifest(corpusDir);
  const texts = await Promise.all(manifest.sources.map(({ file }) => readFile(path.join(corpusDir, file), "utf8")));
  let found = 0;
  const parse = await timed(RUNS, () => (found = texts.reduce((n, text) => n + parseArchivalCitations(text).length, 0)));
  const kb = texts.reduce((n, text) => n + Buffer.byteLength(text), 0) / 1024;
  console.log(`parse all ${texts.length} captures (${kb.toFixed(0)} KB, ${found} citations): ${figures(parse)}`);

  // What a database migrated from before citations does once: parse and store every version.
  const rebuild = await timed(5, async () => {
    await db.$transaction([db.sourceCitation.deleteMany({}), db.sourceVersion.updateMany({ data: { citationsParsedAt: null } })]);
    await backfillCitations({ db });
  });
  console.log(`parse and store the citations of every stored version: ${figures(rebuild)}`);

  let total = 0;
  await getCitationIndex({ db, actor: null }); // warm
  const index = await timed(RUNS, async () => (total = (await getCitationIndex({ db, actor: null })).total));
  console.log(`citation index of the corpus from the stored citations (${total} passages): ${figures(index)}`);
}
