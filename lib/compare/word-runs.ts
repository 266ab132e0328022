import { diffArrays } from "diff";

/**
 * A stretch of the word diff: words both sides have ("both"), or words only one side
 * has, with where the stretch starts on each side (word indices).
 */
export type Run = { side: "both" | "left" | "right"; left: number; right: number; count: number };

function sameWords(words: string[], a: number, b: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (words[a + k] !== words[b + k]) return false;
  return true;
}

/**
 * Myers' diff is minimal but not always readable: where one side cut a stretch, it may
 * match a word of the cut ("all treasonable elements") to the same word just after the
 * cut ("All doubts"), splitting one cut in two around that word. When the word(s)
 * matched between two runs of one side equal the end of the second run, matching that
 * end instead costs the same edits and keeps the cut in one piece.
 */
function keepRunsWhole(runs: Run[], left: string[], right: string[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const island = out.at(-1);
    const first = out.at(-2);
    if (island?.side === "both" && run.side !== "both" && first?.side === run.side && island.count <= run.count) {
      const words = run.side === "left" ? left : right;
      const islandAt = run.side === "left" ? island.left : island.right;
      const runAt = run.side === "left" ? run.left : run.right;
      if (sameWords(words, islandAt, runAt + run.count - island.count, island.count)) {
        first.count += run.count;
        island.left = run.side === "left" ? runAt + run.count - island.count : island.left;
        island.right = run.side === "right" ? runAt + run.count - island.count : island.right;
        continue;
      }
    }
    const last = out.at(-1);
    if (last?.side === "both" && run.side === "both") last.count += run.count;
    else out.push({ ...run });
  }
  return out;
}

/** The word diff of two word lists (jsdiff's diffArrays), as runs. */
export function wordRuns(left: string[], right: string[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays(left, right)) {
    const side = change.removed ? "left" : change.added ? "right" : "both";
    runs.push({ side, left: i, right: j, count: change.count });
    if (side !== "right") i += change.count;
    if (side !== "left") j += change.count;
  }
  return keepRunsWhole(runs, left, right);
}
