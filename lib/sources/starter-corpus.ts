import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { prepareSource, storeSource, type PrepareError, type StoreResult } from "./import-source";
import { manifestSchema, type Manifest } from "./metadata";

export async function readManifest(corpusDir: string): Promise<Manifest> {
  const raw: unknown = JSON.parse(await readFile(path.join(corpusDir, "manifest.json"), "utf8"));
  return manifestSchema.parse(raw);
}

export interface StarterCorpusResult {
  loaded: boolean;
  results: { file: string; result: { ok: true; stored: StoreResult } | { ok: false; error: PrepareError } }[];
}

/** Loads the starter corpus into a database that has no sources yet. */
export async function loadStarterCorpus(db: Db, corpusDir: string): Promise<StarterCorpusResult> {
  if ((await db.source.count()) > 0) return { loaded: false, results: [] };
  const manifest = await readManifest(corpusDir);
  const results: StarterCorpusResult["results"] = [];
  for (const { file, ...metadata } of manifest.sources) {
    const bytes = await readFile(path.join(corpusDir, file));
    const prepared = prepareSource(bytes, file, metadata);
    results.push({
      file,
      result: prepared.ok ? { ok: true, stored: await storeSource({ db, prepared: prepared.prepared, createdById: null, groupId: null }) } : prepared,
    });
  }
  return { loaded: true, results };
}
