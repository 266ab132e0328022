import type { Block, Mark, Section } from "@/lib/corpus/types";
import { preparedTextOf } from "./prepared-text";
import { textHtml } from "./text-html";
import { decodeLayout } from "./text-layout";
import { storedReaderText, storeReaderText, type ReaderText } from "./text-html-store";
import { nestToc } from "./toc";

// What the reader page sends of a version: its text as HTML made once per version
// and kept (./text-html-store.ts) for the client component that emits it
// (components/reader/static-text.tsx), and the contents with their titles, so neither
// the text nor its layout travel in the RSC payload.

interface Version {
  versionId: string;
  text: string;
  blocks: readonly Block[];
  marks: readonly Mark[];
  sections: readonly Section[];
  /** The text's citations, marked in it; a version's citations are fixed once parsed. */
  citations: readonly { start: number; end: number }[];
}

export function readerTextOf(version: Version): ReaderText {
  const hit = storedReaderText(version.versionId);
  if (hit !== undefined) return hit;
  const { words, layout, toc } = preparedTextOf(version);
  const decoded = decodeLayout(layout);
  const cites = version.citations.map((c, index) => ({ kind: "cite" as const, start: c.start, end: c.end, index }));
  const made = {
    html: textHtml(version.text, decoded, "", cites),
    words,
    entries: nestToc(version.text, decoded.blocks, toc),
    blockCount: decoded.blocks.length,
  };
  storeReaderText(version.versionId, made);
  return made;
}
