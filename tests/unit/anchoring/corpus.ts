// Real corpus texts for the anchoring tests. The files are read, never
// written: every edit a test makes is on an in-memory copy.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const CORPUS_DIR = join(process.cwd(), "prisma", "corpus");

export function corpusText(filePrefix: string): string {
  const file = readdirSync(CORPUS_DIR).find((name) => name.startsWith(filePrefix) && name.endsWith(".txt"));
  if (file === undefined) throw new Error(`No corpus file starting with ${filePrefix}`);
  return readFileSync(join(CORPUS_DIR, file), "utf8");
}

/** Offset of the n-th (0-based) occurrence of `phrase`; fails loudly when the corpus changed. */
export function nthIndexOf(text: string, phrase: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`"${phrase}" occurs fewer than ${n + 1} times`);
  }
  return at;
}

export function insertAt(text: string, at: number, inserted: string): string {
  return text.slice(0, at) + inserted + text.slice(at);
}

export function removeRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(end);
}

/** A neutral sentence to insert: it shares no long phrase with the corpus. */
export const INSERTED = "An editor's note was added here when the capture was proofread against the printed edition. ";
