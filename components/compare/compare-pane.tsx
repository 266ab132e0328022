"use client";

import { useMemo, type ReactNode, type RefObject } from "react";
import { AnnotationLayer } from "@/components/annotations/annotation-layer";
import { TextScopeContext } from "@/components/annotations/text-scope";
import type { PaneBridge } from "@/components/annotations/use-pane-bridge";
import { SourceHeader } from "@/components/reader/source-header";
import { textElements } from "@/components/reader/text-elements";
import { decodeLayout } from "@/lib/reader/text-layout";
import { PREFIX, type CompareSideData } from "./types";

interface Props {
  data: CompareSideData;
  /** The pane's highlight seed script, placed after its text so the text is parsed when it runs. */
  seed?: ReactNode;
  signedIn: boolean;
  bridge: PaneBridge;
  scrollRef: RefObject<HTMLDivElement | null>;
  onScroll: () => void;
}

/**
 * One side of the compare view: the reader's header, text and annotation layer, in a
 * box that scrolls on its own. Element ids carry the side's prefix (L-tx, R-b-12).
 */
export function ComparePane({ data, seed, signedIn, bridge, scrollRef, onScroll }: Props) {
  const prefix = PREFIX[data.side];
  const decoded = useMemo(() => decodeLayout(data.layout), [data.layout]);
  const body = useMemo(() => textElements(data.text, decoded, data.lang, prefix), [data.text, decoded, data.lang, prefix]);
  const scope = useMemo(() => ({ prefix, scroller: () => scrollRef.current }), [prefix, scrollRef]);
  const label = data.side === "left" ? "Left" : "Right";
  return (
    <section className={`cmp-pane cmp-${data.side}`} aria-label={`${label}: ${data.summary.title}`} data-source-id={data.summary.id}>
      {/* Focusable, so a keyboard scrolls a pane whose text holds no link. */}
      <div className="cmp-scroll" ref={scrollRef} onScroll={onScroll} data-pane={data.side} tabIndex={0}>
        <article>
          <SourceHeader source={data.summary} words={data.words} />
          {body}
          {seed}
        </article>
      </div>
      <TextScopeContext.Provider value={scope}>
        <AnnotationLayer
          sourceId={data.summary.id}
          versionId={data.versionId}
          canAnnotate={data.options.canAnnotate}
          groups={data.options.groups}
          allowPublic={data.options.allowPublic}
          signedIn={signedIn}
          focusId={null}
          pane={bridge}
        />
      </TextScopeContext.Provider>
    </section>
  );
}
