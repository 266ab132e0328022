"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import type { AnnotationDto, AnnotationSummaryDto } from "@/lib/annotations/dto";
import type { PaneSide } from "@/lib/compare/connector-layout";
import { withEndLinks, withoutEnd } from "@/lib/compare/live-links";
import type { CompareDto, CompareLinkDto } from "@/lib/compare/schemas";
import type { AnnotationFilters } from "@/lib/reader/annotation-view";
import type { OffsetRange } from "@/lib/reader/selection-offsets";
import { LAYERS } from "@/components/annotations/layers";
import type { PaneBridge } from "@/components/annotations/use-pane-bridge";
import { ExportButton } from "@/components/export/export-button";
import { ComparePane } from "./compare-pane";
import { compareExportScopes } from "./export-scopes";
import { Gutter } from "./gutter";
import { LinkBar, type LinkEndChoice } from "./link-bar";
import { SharedStrip } from "./shared-strip";
import { useGutterFrame } from "./use-gutter-frame";
import { useLinkInPlace } from "./use-link-in-place";
import { useSharedMarks } from "./use-shared-marks";
import { useStops } from "./use-stops";
import type { CompareSideData } from "./types";
import "./compare.css";

const ALL: AnnotationFilters = { layers: new Set(LAYERS), author: "", tag: "", visibility: "" };
const SIDES: PaneSide[] = ["left", "right"];
const other = (side: PaneSide): PaneSide => (side === "left" ? "right" : "left");
type PerSide<T> = Record<PaneSide, T>;

interface Props {
  sides: PerSide<CompareSideData>;
  /** Each pane's highlight seed script (components/reader/highlight-seed.tsx), rendered after its text. */
  seeds?: PerSide<React.ReactNode>;
  compare: CompareDto;
  signedIn: boolean;
  at: string | null;
}

/** Two reader panes side by side, the gutter between them, and the tools that work across both. */
export function CompareView({ sides, seeds, compare, signedIn, at: initialAt }: Props) {
  const [filters, setFilters] = useState(ALL);
  const [links, setLinks] = useState<readonly CompareLinkDto[]>(compare.links);
  const [ranges, setRanges] = useState<PerSide<Map<string, Range>>>({ left: new Map(), right: new Map() });
  const [shown, setShown] = useState<PerSide<readonly AnnotationSummaryDto[]>>({ left: [], right: [] });
  const [selected, setSelected] = useState<PerSide<string | null>>({ left: null, right: null });
  const [ends, setEnds] = useState<PerSide<LinkEndChoice | null>>({ left: null, right: null });
  const [requests, setRequests] = useState<PerSide<{ id: string; seq: number } | null>>({ left: null, right: null });
  const [arrivals, setArrivals] = useState<PerSide<PaneBridge["arrivals"]>>({ left: null, right: null });
  const scrollers: PerSide<React.RefObject<HTMLDivElement | null>> = { left: useRef(null), right: useRef(null) };
  const overlay = useRef<HTMLDivElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const seq = useRef(0);
  const echo = useRef<PerSide<string | null>>({ left: null, right: null });

  const sharedRanges = { left: useSharedMarks("left", compare.shared), right: useSharedMarks("right", compare.shared) };
  // Changes only when a pane's passages are marked anew.
  const shared = useMemo(() => ({ left: sharedRanges.left, right: sharedRanges.right }), [sharedRanges.left, sharedRanges.right]);
  const { store, measure } = useGutterFrame(overlay, gutter, scrollers, { links, ranges, shared, selected });

  const ask = useCallback((side: PaneSide, id: string) => {
    seq.current += 1;
    echo.current[side] = id;
    setRequests((r) => ({ ...r, [side]: { id, seq: seq.current } }));
  }, []);
  const quoteOf = useCallback(
    (side: PaneSide, id: string) => {
      const a = shown[side].find((x) => x.id === id);
      return a === undefined ? "" : sides[side].text.slice(a.start, a.end);
    },
    [shown, sides],
  );

  const bridges = useMemo(() => {
    const bridge = (side: PaneSide): PaneBridge => ({
      filters,
      onFilters: setFilters,
      onRanges: (byId, list) => {
        setRanges((r) => ({ ...r, [side]: byId }));
        setShown((s) => ({ ...s, [side]: list }));
      },
      onSelected: (id) => {
        setSelected((s) => ({ ...s, [side]: id }));
        if (id === null) return;
        const a = shown[side].find((x) => x.id === id);
        setEnds((e) => ({ ...e, [side]: { kind: "annotation", id, quote: a === undefined ? "" : sides[side].text.slice(a.start, a.end) } }));
        // Selecting a linked highlight brings its partner into view, unless this selection was that.
        if (echo.current[side] === id) return void (echo.current[side] = null);
        const link = links.find((l) => (side === "left" ? l.leftId : l.rightId) === id);
        if (link !== undefined) ask(other(side), side === "left" ? link.rightId : link.leftId);
      },
      onPending: (p: OffsetRange | null) => {
        if (p !== null) setEnds((e) => ({ ...e, [side]: { kind: "passage", ...p, quote: sides[side].text.slice(p.start, p.end) } }));
      },
      onLive: (event) => {
        if (event.type !== "annotation") return;
        const otherSource = sides[other(side)].summary.id;
        if (event.change === "hidden" || event.change === "deleted") {
          const id = event.change === "hidden" ? event.id : event.annotation.id;
          setLinks((l) => withoutEnd(l, side, id));
        } else setLinks((l) => withEndLinks(l, side, event.annotation, otherSource));
      },
      request: requests[side],
      arrivals: arrivals[side],
    });
    return { left: bridge("left"), right: bridge("right") };
  }, [filters, requests, arrivals, links, shown, sides, ask]);

  const { at, stops, step, goTo, current } = useStops({ initialAt, links, shownLeft: shown.left, shared: compare.shared, sharedRanges: shared, ask, scrollers, measure });

  const onLinked = useCallback(
    (link: CompareLinkDto, made: AnnotationDto[]) => {
      setLinks((l) => [...l.filter((x) => x.id !== link.id), link]);
      seq.current += 1;
      const of = (side: PaneSide) => ({ annotations: made.filter((a) => a.sourceId === sides[side].summary.id), seq: seq.current });
      setArrivals({ left: of("left"), right: of("right") });
    },
    [sides],
  );
  const inPlace = useLinkInPlace(sides, onLinked);
  const canLink = signedIn && sides.left.options.canAnnotate && sides.right.options.canAnnotate;
  const partnerOf = (side: PaneSide) => {
    const id = selected[side];
    const link = id === null ? undefined : links.find((l) => (side === "left" ? l.leftId : l.rightId) === id);
    return link === undefined ? null : side === "left" ? link.rightId : link.leftId;
  };
  const exportScopes = useMemo(() => compareExportScopes(sides.left.summary, sides.right.summary, filters), [sides, filters]);
  const activeShared = at !== null && at.startsWith("shared:") ? Number(at.slice(7)) : null;

  return (
    <main id="main" tabIndex={-1} className="cmp">
      <nav className="cmp-bar" aria-label="Compare">
        <button type="button" onClick={() => step(-1)} aria-keyshortcuts="[" disabled={stops.length === 0}>
          ← Previous
        </button>
        <span className="cmp-count" aria-live="polite">
          {stops.length === 0 ? "No linked pairs or shared passages yet" : `${current === -1 ? "–" : current + 1} of ${stops.length} linked pairs and shared passages`}
        </span>
        <button type="button" onClick={() => step(1)} aria-keyshortcuts="]" disabled={stops.length === 0}>
          Next →
        </button>
        <span className="cmp-muted">Keys [ and ]</span>
        <ExportButton className="ex-open cmp-export" scopes={exportScopes} />
        {SIDES.map((side) => {
          const partner = partnerOf(side);
          return partner === null ? null : (
            <button key={side} type="button" className="cmp-partner" onClick={() => (ask(other(side), partner), scrollers[other(side)].current?.scrollIntoView({ block: "nearest" }))}>
              Go to partner ({side === "left" ? "right" : "left"} text)
            </button>
          );
        })}
      </nav>
      {activeShared === null || compare.shared[activeShared] === undefined ? null : (
        <SharedStrip index={activeShared} passage={compare.shared[activeShared]!} sides={sides} canLink={canLink} onKept={onLinked} />
      )}
      <div className="cmp-panes" ref={overlay}>
        <ComparePane data={sides.left} seed={seeds?.left} signedIn={signedIn} bridge={bridges.left} scrollRef={scrollers.left} onScroll={measure} />
        <div className="cmp-gutter" ref={gutter} aria-hidden="true" />
        <ComparePane data={sides.right} seed={seeds?.right} signedIn={signedIn} bridge={bridges.right} scrollRef={scrollers.right} onScroll={measure} />
        <Gutter
          store={store}
          links={links}
          quote={quoteOf}
          activeBand={activeShared}
          onBand={(index) => goTo({ kind: "shared", index, leftStart: compare.shared[index]?.left.start ?? 0 })}
          onLink={(link) => goTo({ kind: "link", id: link.id, leftStart: 0 })}
          onMarker={(side, ids) => {
            const link = links.find((l) => l.id === ids[0]);
            if (link !== undefined) ask(side, side === "left" ? link.leftId : link.rightId);
          }}
        />
      </div>
      <LinkBar
        left={ends.left}
        right={ends.right}
        canLink={canLink}
        busy={inPlace.busy}
        onClear={(side) => setEnds((e) => ({ ...e, [side]: null }))}
        onLink={(choice) => {
          if (ends.left !== null && ends.right !== null) void inPlace.link({ left: ends.left, right: ends.right }, choice).then((ok) => ok && setEnds({ left: null, right: null }));
        }}
      />
      {inPlace.message === null ? null : (
        <p role={inPlace.message.error ? "alert" : "status"} className={inPlace.message.error ? "cmp-error" : "cmp-ok"}>
          {inPlace.message.text}
        </p>
      )}
    </main>
  );
}
