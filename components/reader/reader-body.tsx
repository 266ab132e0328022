"use client";

import { useEffect, type ReactNode } from "react";
import type { ReaderCitation, SourceSummary } from "@/lib/sources/types";
import type { RangeParam } from "@/lib/reader/parse-range";
import type { TocEntry } from "@/lib/reader/toc";
import { SourceHeader } from "./source-header";
import { TocNav } from "./toc-nav";
import { BlockHashNotice } from "./block-hash-notice";
import { RangeHighlight } from "./range-highlight";
import { StaticText } from "./static-text";
import { CitationPopover } from "./citation-popover";
import { useReaderText } from "./use-reader-text";

// The contents, the metadata header and the text, as one client component on purpose:
// App Router sends a server component's output twice, as HTML and again as an element
// tree in the RSC payload, which for the text costs more than the text itself. A
// client component's props travel instead, and the text is not among them: it is sent
// once, as HTML (./static-text.tsx), with the contents' titles and the block count.

interface Props {
  source: SourceSummary;
  /** The version whose text the server rendered (lib/reader/reader-text.ts). */
  versionId: string;
  words: number;
  entries: TocEntry[];
  blockCount: number;
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

export function ReaderBody({ source, versionId, words, entries, blockCount, lang, range, citations = NO_CITATIONS, canEditMetadata = false, children }: Props) {
  const annotated = children !== undefined && children !== null;
  // What reads the text's DOM waits for it after a client-side navigation (./use-reader-text.ts).
  const textReady = useReaderText(source.id, versionId);
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
      {/* Remounted once the text is in, so the current section is watched on its headings. */}
      {entries.length > 0 ? <TocNav key={textReady ? "text" : "waiting"} entries={entries} /> : null}
      <main id="main" tabIndex={-1}>
        <article>
          <SourceHeader source={source} words={words} compare canEditMetadata={canEditMetadata} />
          {range.kind === "none" || !textReady ? null : (
            <RangeHighlight
              start={range.kind === "ok" ? range.start : undefined}
              end={range.kind === "ok" ? range.end : undefined}
              error={range.kind === "invalid" ? range.message : undefined}
            />
          )}
          <BlockHashNotice blockCount={blockCount} />
          {/* A new version is a new text: remounted, not patched. */}
          <StaticText key={versionId} versionId={versionId} lang={lang} />
          {citations.length === 0 || !textReady ? null : <CitationPopover citations={citations} />}
        </article>
      </main>
      {textReady ? children : null}
    </div>
  );
}
