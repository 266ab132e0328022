"use client";

import { useEffect, useState } from "react";
import { domRanges, paintRanges, textRootId } from "@/components/reader/dom-ranges";
import type { PaneSide } from "@/lib/compare/connector-layout";
import type { SharedPassage, Span } from "@/lib/compare/types";
import { PREFIX } from "./types";

/** DOM Ranges for spans in any order (the converter wants them sorted by start). */
function rangesOf(prefix: string, spans: readonly Span[]): (Range | null)[] {
  const root = document.getElementById(textRootId(prefix));
  if (root === null) return spans.map(() => null);
  const order = spans.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start);
  const found = domRanges(root, order.map((o) => o.s));
  const out: (Range | null)[] = spans.map(() => null);
  order.forEach((o, k) => (out[o.i] = found[k] ?? null));
  return out;
}

/**
 * Marks the shared passages in one pane (::highlight(cmp-shared)) and, inside them, the
 * words only this side has or has otherwise (cmp-kept, cmp-changed): what the other
 * side left out shows on the side that kept it. Returns the passages' ranges.
 */
export function useSharedMarks(side: PaneSide, shared: readonly SharedPassage[]): (Range | null)[] {
  const [ranges, setRanges] = useState<(Range | null)[]>([]);
  useEffect(() => {
    const prefix = PREFIX[side];
    const passages = rangesOf(prefix, shared.map((p) => p[side]));
    const other: PaneSide = side === "left" ? "right" : "left";
    const diffs = shared.flatMap((p) => p.differences.filter((d) => d[side] !== null));
    const kept = rangesOf(prefix, diffs.filter((d) => d[other] === null).map((d) => d[side]!));
    const changed = rangesOf(prefix, diffs.filter((d) => d[other] !== null).map((d) => d[side]!));
    const real = (list: (Range | null)[]) => list.filter((r): r is Range => r !== null);
    const undo = [paintRanges("cmp-shared", real(passages), 1), paintRanges("cmp-kept", real(kept), 12), paintRanges("cmp-changed", real(changed), 12)];
    setRanges(passages);
    return () => undo.forEach((stop) => stop());
  }, [side, shared]);
  return ranges;
}
