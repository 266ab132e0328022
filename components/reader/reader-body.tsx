"use client";

import { useEffect, useMemo, type ReactNode } from "react";
import type { ReaderCitation, SourceSummary } from "@/lib/sources/types";
import type { RangeParam } from "@/lib/reader/parse-range";
import { decodeLayout, type TextLayout } from "@/lib/reader/text-layout";
import { nestToc, type TocHead } from "@/lib/reader/toc";
import { SourceHeader } from "./source-header";
import { TocNav } from "./toc-nav";
import { BlockHashNotice } from "./block-hash-notice";
import { RangeHighlight } from "./range-highlight";
import { textElements } from "./text-elements";
import { CitationPopover } from "./citation-popover";

// The contents, the metadata header and the text, as one client component on purpose:
// App Router sends a server component's output twice, as HTML and again as an element
// tree in the RSC payload, which for the text costs more than the text itself. A
// client component's props travel instead: the text once, as one string, its layout
// as a few short arrays, and the contents as block indexes (titles are the text's).

interface Props {
  source: SourceSummary;
  words: number;
  text: string;
  layout: TextLayout;
  toc: TocHead[];
  lang?: string;
  range: RangeParam;
  /** The text's citations, underlined with a popover of their fields. */
  citations?: readonly ReaderCitation[];
  /** May the viewer edit the source's details (lib/policy "source:edit-metadata"). */
  canEditMetadata?: boolean;
  /** The annotation layer, when the page has one. */
  children?: ReactNode;
}

const NO_CITATIONS: readonly ReaderCitation[] = [];

/** Marked when the reader has hydrated (its effects run after its children's), for the bench. */
export const HYDRATED_MARK = "palimpsest:reader-hydrated";

export function ReaderBody({ source, words, text, layout, toc, lang, range, citations = NO_CITATIONS, canEditMetadata = false, children }: Props) {
  const decoded = useMemo(() => decodeLayout(layout), [layout]);
  const entries = useMemo(() => nestToc(text, decoded.blocks, toc), [text, decoded, toc]);
  const body = useMemo(
    () => textElements(text, decoded, lang, "", citations.map((c, index) => ({ kind: "cite" as const, start: c.start, end: c.end, index }))),
    [text, decoded, lang, citations],
  );
  const annotated = children !== undefined && children !== null;
  useEffect(() => {
    performance.mark(HYDRATED_MARK);
  }, []);
  return (
    <div className={`${entries.length > 0 ? "rd" : "rd solo"}${annotated ? " an" : ""}`}>
      {/* Past the contents and the text, straight to the annotation tools (a keyboard user's Find field). */}
      {annotated ? (
        <a className="skip an-skip" href="#an-find">
          Skip to annotations
        </a>
      ) : null}
      {entries.length > 0 ? <TocNav entries={entries} /> : null}
      <main id="main" tabIndex={-1}>
        <article>
          <SourceHeader source={source} words={words} compare canEditMetadata={canEditMetadata} />
          {range.kind === "none" ? null : (
            <RangeHighlight
              start={range.kind === "ok" ? range.start : undefined}
              end={range.kind === "ok" ? range.end : undefined}
              error={range.kind === "invalid" ? range.message : undefined}
            />
          )}
          <BlockHashNotice blockCount={decoded.blocks.length} />
          {body}
          {citations.length === 0 ? null : <CitationPopover citations={citations} />}
        </article>
      </main>
      {children}
    </div>
  );
}
