import type { ReaderSource } from "@/lib/sources/types";
import type { RangeParam } from "@/lib/reader/parse-range";
import { preparedTextOf } from "@/lib/reader/prepared-text";
import { AnnotationLayer, type AnnotationLayerProps } from "@/components/annotations/annotation-layer";
import { ReaderBody } from "./reader-body";
import "./reader.css";
import "./text.css";

type LayerOptions = Omit<AnnotationLayerProps, "sourceId" | "versionId">;

/**
 * The reading page of one source: contents beside the text on wide screens, above
 * it on a phone; with `annotations`, the annotation panel beside (or under) the text.
 */
export function ReaderView({ source, range, annotations }: { source: ReaderSource; range: RangeParam; annotations?: LayerOptions }) {
  const { words, layout, toc } = preparedTextOf(source);
  // Only the metadata the header shows travels with it, not the text and its structure again.
  const { id, slug, title, author, site, url, published, language, kind, perspective, length, versionNumber } = source;
  const summary = { id, slug, title, author, site, url, published, language, kind, perspective, length, versionNumber };
  return (
    <ReaderBody
      source={summary}
      words={words}
      text={source.text}
      layout={layout}
      toc={toc}
      lang={language ?? undefined}
      range={range}
      citations={source.citations}
    >
      {annotations === undefined ? null : <AnnotationLayer sourceId={id} versionId={source.versionId} citations={source.citations} {...annotations} />}
    </ReaderBody>
  );
}
