import type { ReaderSource } from "@/lib/sources/types";
import type { RangeParam } from "@/lib/reader/parse-range";
import { buildToc, headingLevels } from "@/lib/reader/toc";
import { countWords } from "@/lib/reader/format";
import { SourceHeader } from "./source-header";
import { SourceText } from "./source-text";
import { TocNav } from "./toc-nav";
import { RangeHighlight } from "./range-highlight";
import "./reader.css";
import "./text.css";

/** The reading page of one source: contents beside the text on wide screens, above it on a phone. */
export function ReaderView({ source, range }: { source: ReaderSource; range: RangeParam }) {
  const { text, blocks, marks, sections } = source;
  const levels = headingLevels(blocks, sections);
  const toc = buildToc(text, blocks, sections, levels);
  return (
    <div className={toc.length > 0 ? "rd" : "rd solo"}>
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
          <SourceText text={text} blocks={blocks} marks={marks} levels={levels} lang={source.language ?? undefined} />
        </article>
      </main>
    </div>
  );
}
