import type { ReaderSource } from "@/lib/sources/types";
import type { RangeParam } from "@/lib/reader/parse-range";
import { headingLevels, tocHeads } from "@/lib/reader/toc";
import { countWords } from "@/lib/reader/format";
import { encodeLayout } from "@/lib/reader/text-layout";
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
  const { text, blocks, marks, sections } = source;
  // Only the metadata travels with the header, not the text and its structure a second time.
  const { id, slug, title, author, site, url, published, language, kind, perspective, length, versionNumber } = source;
  const summary = { id, slug, title, author, site, url, published, language, kind, perspective, length, versionNumber };
  const levels = headingLevels(blocks, sections);
  return (
    <ReaderBody
      source={summary}
      words={countWords(text)}
      text={text}
      layout={encodeLayout(text, blocks, marks, levels)}
      toc={tocHeads(blocks, sections, levels)}
      lang={source.language ?? undefined}
      range={range}
    >
      {annotations === undefined ? null : <AnnotationLayer sourceId={source.id} versionId={source.versionId} {...annotations} />}
    </ReaderBody>
  );
}
