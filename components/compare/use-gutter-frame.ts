"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { layoutConnectors, type ConnectorLayout, type LinkEnds } from "@/lib/compare/connector-layout";
import type { LinkKind } from "@/lib/annotations/dto";
import type { CompareLinkDto } from "@/lib/compare/schemas";
import { placeRange } from "./geometry";

/** Name of the performance measure the benchmark reads: one gutter layout. */
export const GUTTER_MEASURE = "palimpsest:gutter-frame";

export interface Band {
  index: number;
  left: { top: number; bottom: number };
  right: { top: number; bottom: number };
}

export interface GutterFrame {
  width: number;
  height: number;
  /** The gutter's edges, in the overlay's coordinates. */
  gutterLeft: number;
  gutterRight: number;
  layout: ConnectorLayout<LinkKind>;
  /** Where each drawn link meets its highlights. */
  xs: Map<string, { left: number; right: number }>;
  bands: Band[];
}

export interface GutterInputs {
  links: readonly CompareLinkDto[];
  ranges: { left: Map<string, Range>; right: Map<string, Range> };
  shared: { left: (Range | null)[]; right: (Range | null)[] };
  selected: { left: string | null; right: string | null };
}

const clip = (r: DOMRect, box: DOMRect) => ({ top: Math.max(r.top, box.top) - box.top, bottom: Math.min(r.bottom, box.bottom) - box.top });

function measureFrame(overlay: HTMLElement, gutter: HTMLElement, inputs: GutterInputs): GutterFrame {
  const box = overlay.getBoundingClientRect();
  const g = gutter.getBoundingClientRect();
  const xs = new Map<string, { left: number; right: number }>();
  const ends: LinkEnds<LinkKind>[] = inputs.links.map((link) => {
    const l = inputs.ranges.left.get(link.leftId);
    const r = inputs.ranges.right.get(link.rightId);
    const left = l === undefined ? null : placeRange(l, box, "left");
    const right = r === undefined ? null : placeRange(r, box, "right");
    if (left !== null && right !== null) xs.set(link.id, { left: left.x, right: right.x });
    const selected = link.leftId === inputs.selected.left || link.rightId === inputs.selected.right;
    return { id: link.id, kind: link.kind, left, right, selected };
  });
  const bands: Band[] = [];
  inputs.shared.left.forEach((l, index) => {
    const r = inputs.shared.right[index];
    if (l === null || r === null || r === undefined) return;
    const lr = l.getBoundingClientRect();
    const rr = r.getBoundingClientRect();
    const inView = (x: DOMRect) => x.bottom > box.top && x.top < box.bottom;
    if (inView(lr) && inView(rr)) bands.push({ index, left: clip(lr, box), right: clip(rr, box) });
  });
  return {
    width: box.width,
    height: box.height,
    gutterLeft: g.left - box.left,
    gutterRight: g.right - box.left,
    layout: layoutConnectors(ends, box.height),
    xs,
    bands,
  };
}

/** The gutter's drawing, measured at most once per frame: call `measure` on every scroll. */
export function useGutterFrame(overlay: RefObject<HTMLElement | null>, gutter: RefObject<HTMLElement | null>, inputs: GutterInputs) {
  const [frame, setFrame] = useState<GutterFrame | null>(null);
  const latest = useRef(inputs);
  const scheduled = useRef(0);
  useEffect(() => {
    latest.current = inputs;
  });
  const measure = useCallback(() => {
    if (scheduled.current !== 0) return;
    scheduled.current = window.requestAnimationFrame(() => {
      scheduled.current = 0;
      if (overlay.current === null || gutter.current === null) return;
      const t0 = performance.now();
      setFrame(measureFrame(overlay.current, gutter.current, latest.current));
      performance.measure(GUTTER_MEASURE, { start: t0, end: performance.now() });
    });
  }, [overlay, gutter]);
  const { links, ranges, shared, selected } = inputs;
  useEffect(measure, [measure, links, ranges, shared, selected]);
  useEffect(() => {
    window.addEventListener("resize", measure);
    return () => {
      window.removeEventListener("resize", measure);
      if (scheduled.current !== 0) window.cancelAnimationFrame(scheduled.current);
    };
  }, [measure]);
  return { frame, measure };
}
