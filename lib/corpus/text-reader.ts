import type { DraftBlock, ReadResult } from "./draft";
import type { FoundMetadata } from "./types";
import { classifyBlocks, type ClassifyInput } from "./classify-blocks";
import { readThread, threadEnd } from "./comment-threads";
import { blocksOfGroup, joinLines, type RawBlock } from "./line-blocks";
import { scanLines, type LineGroup } from "./line-scan";

// The reader for .txt and .md captures (the captures are markdown-ish either way).

const MIN_SPLIT_PARAGRAPH = 100;
const MAX_TITLE = 500;
const ENDS_SENTENCE = /[.!?…:]["”’'»)\]]*$/;

/**
 * A cookie banner or a close button dropped into the middle of a paragraph leaves
 * two halves (file 003: "...plot" / banner / "thickened they did not hesitate...").
 * The halves are rejoined when the first does not end a sentence or the second
 * starts in lower case.
 */
function continuesAcrossJunk(prev: RawBlock | undefined, group: LineGroup, next: RawBlock | undefined): boolean {
  if (!group.afterJunk || prev === undefined || next === undefined) return false;
  if (prev.kind !== undefined || prev.verse || next.verse || next.marker !== undefined) return false;
  // A short line before the junk is a title or a label ("Moscow Trials" above file
  // 004's "Jump to: navigation"), not half a paragraph.
  if (prev.raw.length < MIN_SPLIT_PARAGRAPH) return false;
  return !ENDS_SENTENCE.test(prev.raw) || /^\p{Ll}/u.test(next.raw);
}

export function readText(text: string): ReadResult {
  const { groups, removed } = scanLines(text);
  const inputs: ClassifyInput[] = [];
  let g = 0;
  while (g < groups.length) {
    const end = threadEnd(groups, g);
    if (end !== undefined) {
      for (const block of readThread(groups.slice(g, end))) inputs.push({ block, alone: false });
      g = end;
      continue;
    }
    const group = groups[g] as LineGroup;
    const blocks = blocksOfGroup(group, removed);
    const prev = inputs[inputs.length - 1];
    if (continuesAcrossJunk(prev?.block, group, blocks[0]) && prev !== undefined) {
      const first = blocks.shift() as RawBlock;
      prev.block.raw = joinLines(prev.block.raw, first.raw);
      prev.block.toLine = first.toLine;
      prev.block.widont = false;
    }
    for (const block of blocks) inputs.push({ block, alone: blocks.length === 1 });
    g += 1;
  }
  removed.sort((a, b) => a.fromLine - b.fromLine || a.toLine - b.toLine);
  const blocks = classifyBlocks(inputs);
  return { blocks, removed, found: markdownTitle(blocks) };
}

/** A Markdown file's "# Title" (the first level-one heading) names it. */
function markdownTitle(blocks: DraftBlock[]): FoundMetadata {
  const head = blocks.find((b) => b.kind === "heading" && b.marker?.type === "md-heading" && b.marker.level === 1);
  const title = head?.text.trim().slice(0, MAX_TITLE);
  return title === undefined || title === "" ? {} : { title: { value: title, from: "the Markdown heading (# …)" } };
}
