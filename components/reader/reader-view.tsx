import type { ReaderSource } from "@/lib/sources/types";
import type { RangeParam } from "@/lib/reader/parse-range";
import { buildToc, headingLevels } from "@/lib/reader/toc";
import { countWords } from "@/lib/reader/format";
import { encodeLayout } from "@/lib/reader/text-layout";
import { SourceHeader } from "./source-header";
import { SourceText } from "./source-text";
import { TocNav } from "./toc-nav";
import { RangeHighlight } from "./range-highlight";
import { AnnotationLayer, type AnnotationLayerProps } from "@/components/annotations/annotation-layer";
import "./reader.css";
import "./text.css";

type LayerOptions = Omit<AnnotationLayerProps, "sourceId" | "versionId">;

/**
 * The reading page of one source: contents beside the text on wide screens, above
 * it on a phone; with `annotations`, the annotation panel beside (or under) the text.
 */
export function ReaderView({ source, range, annotations }: { source: ReaderSource; range: RangeParam; annotations?: LayerOptions }) {
  const { text, blocks, marks, sections } = source;
  const levels = headingLevels(blocks, sections);
  const toc = buildToc(text, blocks, sections, levels);
  const layout = `${toc.length > 0 ? "rd" : "rd solo"}${annotations === undefined ? "" : " an"}`;
  return (
    <div className={layout}>
      {/* Past the contents and the text, straight to the annotation tools (a keyboard user's Find field). */}
      {annotations === undefined ? null : (
        <a className="skip an-skip" href="#an-find">
          Skip to annotations
        </a>
      )}
      {toc.length > 0 ? <TocNav entries={toc} /> : null}
      <main id="main" tabIndex={-1}>
        <article>
          <SourceHeader source={source} words={countWords(text)} />
          {range.kind === "none" ? null : (
            <RangeHighlight
              start={range.kind === "ok" ? range.start : undefined}
              end={range.kind === "ok" ? range.end : undefined}
              error={range.kind === "invalid" ? range.message : undefined}
            />
          )}
          <SourceText text={text} layout={encodeLayout(text, blocks, marks, levels)} lang={source.language ?? undefined} />
        </article>
      </main>
      {annotations === undefined ? null : <AnnotationLayer sourceId={source.id} versionId={source.versionId} {...annotations} />}
    </div>
  );
}
