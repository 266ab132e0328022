import type { Block } from "@/lib/corpus/types";

// Consecutive list items share one <ul> (an <li> needs a list parent); every other
// block stands alone. Runs hold block indexes so element ids stay `b-<index>`.

export type BlockRun = { kind: "list"; from: number; to: number } | { kind: "single"; index: number };

export function blockRuns(blocks: readonly Block[]): BlockRun[] {
  const runs: BlockRun[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.kind !== "list-item") {
      runs.push({ kind: "single", index: i });
      continue;
    }
    let j = i;
    while (j + 1 < blocks.length && blocks[j + 1]!.kind === "list-item") j++;
    runs.push({ kind: "list", from: i, to: j + 1 });
    i = j;
  }
  return runs;
}

/** The marker to print before a list item, or undefined when the text already starts with it. */
export function listMarker(ordinal: string | undefined, blockText: string): string | undefined {
  if (ordinal === undefined || ordinal.trim() === "") return undefined;
  const marker = /[.)]$/.test(ordinal) ? ordinal : `${ordinal}.`;
  return blockText.trimStart().startsWith(ordinal) ? undefined : marker;
}
