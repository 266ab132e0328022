// The real corpus captures, read only. Expected citations in the tests are written as
// the files hold them; each test also checks that the file really contains them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Citation } from "@/lib/citations";

const CORPUS_DIR = join(process.cwd(), "prisma", "corpus");

export function corpusText(filePrefix: string): string {
  const file = readdirSync(CORPUS_DIR).find((name) => name.startsWith(filePrefix) && name.endsWith(".txt"));
  if (file === undefined) throw new Error(`No corpus file starting with ${filePrefix}`);
  return readFileSync(join(CORPUS_DIR, file), "utf8");
}

/** A citation without its offsets, for comparing with an expected list. */
export type Parsed = Omit<Citation, "start" | "end">;

export function withoutOffsets(citations: Citation[]): Parsed[] {
  return citations.map(({ start: _start, end: _end, ...rest }) => rest);
}
