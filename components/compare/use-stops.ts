"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { AnnotationSummaryDto } from "@/lib/annotations/dto";
import { orderStops, stepStop, stopKey, type Stop } from "@/lib/compare/compare-stops";
import type { PaneSide } from "@/lib/compare/connector-layout";
import type { CompareLinkDto } from "@/lib/compare/schemas";
import type { SharedPassage } from "@/lib/compare/types";
import { scrollToRange } from "@/components/annotations/use-highlights";

interface Options {
  initialAt: string | null;
  links: readonly CompareLinkDto[];
  shownLeft: readonly AnnotationSummaryDto[];
  shared: readonly SharedPassage[];
  sharedRanges: Record<PaneSide, (Range | null)[]>;
  /** Selects an annotation in a pane (and scrolls to it). */
  ask: (side: PaneSide, id: string) => void;
  scrollers: Record<PaneSide, RefObject<HTMLDivElement | null>>;
  measure: () => void;
}

/**
 * Linked pairs and shared passages as steps: keys [ and ] (and the buttons) move
 * between them, and the URL's `at` keeps the one in focus, so a view can be shared.
 */
export function useStops({ initialAt, links, shownLeft, shared, sharedRanges, ask, scrollers, measure }: Options) {
  const [at, setAt] = useState<string | null>(initialAt);
  const stops = useMemo(() => {
    const starts = new Map(shownLeft.map((a) => [a.id, a.start]));
    const list: Stop[] = links.flatMap((l) => (starts.has(l.leftId) ? [{ kind: "link" as const, id: l.id, leftStart: starts.get(l.leftId)! }] : []));
    shared.forEach((p, index) => list.push({ kind: "shared", index, leftStart: p.left.start }));
    return orderStops(list);
  }, [links, shownLeft, shared]);

  const goTo = useCallback(
    (stop: Stop) => {
      setAt(stopKey(stop));
      if (stop.kind === "link") {
        const link = links.find((l) => l.id === stop.id);
        if (link === undefined) return;
        ask("left", link.leftId);
        ask("right", link.rightId);
        return;
      }
      for (const side of ["left", "right"] as const) {
        const range = sharedRanges[side][stop.index];
        if (range !== null && range !== undefined) scrollToRange(range, scrollers[side].current);
      }
      measure();
    },
    [links, ask, sharedRanges, scrollers, measure],
  );

  // The URL keeps the pair and the stop in focus, so the view can be shared.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (at === null) url.searchParams.delete("at");
    else url.searchParams.set("at", at);
    window.history.replaceState(window.history.state, "", url);
  }, [at]);
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || initialAt === null || shownLeft.length + shared.length === 0) return;
    const stop = stops.find((s) => stopKey(s) === initialAt);
    if (stop === undefined || (stop.kind === "shared" && sharedRanges.left[stop.index] === undefined)) return;
    opened.current = true;
    goTo(stop);
  }, [initialAt, stops, goTo, shownLeft.length, shared.length, sharedRanges.left]);

  const step = useCallback((dir: 1 | -1) => {
    const next = stepStop(stops, at, dir);
    if (next !== null) goTo(next);
  }, [stops, at, goTo]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target;
      if (t instanceof HTMLElement && (t.isContentEditable || t.closest("input, textarea, select") !== null)) return;
      if (e.key === "]" || e.key === "[") {
        e.preventDefault();
        step(e.key === "]" ? 1 : -1);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [step]);

  const current = at === null ? -1 : stops.findIndex((s) => stopKey(s) === at);
  return { at, stops, step, goTo, current };
}
