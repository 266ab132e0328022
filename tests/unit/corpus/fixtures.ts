import { readFileSync } from "node:fs";
import path from "node:path";
import { importCapture } from "@/lib/corpus";
import type { Block, SourceDocument } from "@/lib/corpus/types";

// The five real captures, parsed once per test file. They are user data: read only.

export const CORPUS_DIR = path.join(process.cwd(), "prisma", "corpus");

export const FILES = {
  f000: "000_2c9b017290b247bf.txt",
  f001: "001_d1cafe7658540bb9.txt",
  f002: "002_fba6f277ba2da556.txt",
  f003: "003_31eff587c27dff4a.txt",
  f004: "004_ca465ff2284e04ee.txt",
} as const;

export function readCapture(file: string): { bytes: Uint8Array; text: string; lines: string[] } {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS_DIR, file)));
  const text = new TextDecoder().decode(bytes);
  return { bytes, text, lines: text.split("\n") };
}

const cache = new Map<string, SourceDocument>();

export function parsed(file: string): SourceDocument {
  const hit = cache.get(file);
  if (hit !== undefined) return hit;
  const result = importCapture(readCapture(file).bytes, file);
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  cache.set(file, result.document);
  return result.document;
}

export function textOf(doc: SourceDocument, block: Block): string {
  return doc.text.slice(block.start, block.end);
}

export function blocksOf(doc: SourceDocument, kind: Block["kind"]): { block: Block; text: string }[] {
  return doc.blocks.filter((b) => b.kind === kind).map((block) => ({ block, text: textOf(doc, block) }));
}

/** The block whose text starts with `prefix` (exactly one, or the test fails loudly). */
export function blockStartingWith(doc: SourceDocument, prefix: string): Block {
  const found = doc.blocks.filter((b) => textOf(doc, b).startsWith(prefix));
  if (found.length !== 1) throw new Error(`${found.length} blocks start with ${JSON.stringify(prefix)}`);
  return found[0] as Block;
}

/** Word tokens: letters and digits only, so markup characters never count. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Runs `work` `runs` times and keeps the fastest time: timing budgets then measure the code, not the machine's load. */
export function fastestOf<T>(runs: number, work: () => T): { ms: number; result: T } {
  let best = Number.POSITIVE_INFINITY;
  let result = work();
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    result = work();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, result };
}
