import type { ReactNode } from "react";
import type { ReaderSource } from "@/lib/sources/types";
import type { RangeParam } from "@/lib/reader/parse-range";
import { readerTextOf } from "@/lib/reader/reader-text";
import { AnnotationLayer, type AnnotationLayerProps } from "@/components/annotations/annotation-layer";
import { ReaderBody } from "./reader-body";
import "./reader.css";
import "./text.css";

type LayerOptions = Omit<AnnotationLayerProps, "sourceId" | "versionId">;

/**
 * The reading page of one source: contents beside the text on wide screens, above
 * it on a phone; with `annotations`, the annotation panel beside (or under) the text.
 */
interface Props {
  source: ReaderSource;
  range: RangeParam;
  annotations?: LayerOptions;
  /** lib/policy "source:edit-metadata" for the viewer. */
  canEditMetadata?: boolean;
  /** Streamed after the text: the highlights painted before hydration (./highlight-seed.tsx). */
  seed?: ReactNode;
}

export function ReaderView({ source, range, annotations, canEditMetadata = false, seed }: Props) {
  const { words, entries, blockCount } = readerTextOf(source);
  // Only the metadata the header shows travels with it, not the text and its structure again.
  const { id, slug, title, author, site, url, published, language, kind, perspective, length, versionNumber } = source;
  const summary = { id, slug, title, author, site, url, published, language, kind, perspective, length, versionNumber };
  return (
    <ReaderBody
      source={summary}
      versionId={source.versionId}
      words={words}
      entries={entries}
      blockCount={blockCount}
      lang={language ?? undefined}
      range={range}
      citations={source.citations}
      canEditMetadata={canEditMetadata}
    >
      {annotations === undefined ? null : (
        <>
          {seed}
          <AnnotationLayer sourceId={id} versionId={source.versionId} citations={source.citations} {...annotations} />
        </>
      )}
    </ReaderBody>
  );
}
