"use client";

import { useCallback, useEffect, useMemo, useRef, type RefObject } from "react";
import { layoutConnectors, type ConnectorLayout, type EndBox, type LinkEnds, type PaneSide } from "@/lib/compare/connector-layout";
import type { LinkKind } from "@/lib/annotations/dto";
import type { CompareLinkDto } from "@/lib/compare/schemas";
import { contentOrigin, placeNear, shift, spanOf, type ContentOrigin, type PlacedEnd } from "./geometry";

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

type Scrollers = Record<PaneSide, RefObject<HTMLDivElement | null>>;

interface Placed {
  end: PlacedEnd;
  exact: boolean;
  range: Range;
}

/** Content coordinates worth measuring exactly: the pane's view and one view-height either side. */
function nearView(el: HTMLElement): EndBox {
  return { top: el.scrollTop - el.clientHeight, bottom: el.scrollTop + 2 * el.clientHeight };
}

function place(range: Range | undefined, origin: ContentOrigin, side: PaneSide, near: EndBox): Placed | null {
  if (range === undefined) return null;
  const placed = placeNear(range, origin, side, near);
  return placed === null ? null : { ...placed, range };
}

/** Measures exactly the ends a scroll has brought near the view. */
function refine(m: Measured, panes: Record<PaneSide, HTMLElement>, overlay: HTMLElement): void {
  const near = { left: nearView(panes.left), right: nearView(panes.right) };
  const box = overlay.getBoundingClientRect();
  const origin = { left: contentOrigin(panes.left, box), right: contentOrigin(panes.right, box) };
  for (const [id, ends] of m.ends) {
    const next = { ...ends };
    let changed = false;
    for (const side of ["left", "right"] as const) {
      const p = ends[side];
      if (p === null || p.exact || p.end.bottom < near[side].top || p.end.top > near[side].bottom) continue;
      next[side] = place(p.range, origin[side], side, near[side]);
      changed = true;
    }
    if (changed) m.ends.set(id, next);
  }
}

/** Every end and band measured once per pane layout, in the panes' scroll-content coordinates. */
interface Measured {
  width: number;
  height: number;
  gutterLeft: number;
  gutterRight: number;
  /** How far each pane's scrolling box starts below the overlay's top. */
  paneTop: Record<PaneSide, number>;
  ends: Map<string, Record<PaneSide, Placed | null>>;
  bands: { index: number; left: EndBox; right: EndBox }[];
}

/** Subscribed to by the Gutter alone, so a scroll frame re-renders the overlay and not the panes. */
export interface FrameStore {
  get: () => GutterFrame | null;
  subscribe: (listener: () => void) => () => void;
}

function measureAll(overlay: HTMLElement, gutter: HTMLElement, left: HTMLElement, right: HTMLElement, inputs: GutterInputs): Measured {
  const box = overlay.getBoundingClientRect();
  const g = gutter.getBoundingClientRect();
  const origin = { left: contentOrigin(left, box), right: contentOrigin(right, box) };
  const near = { left: nearView(left), right: nearView(right) };
  const ends: Measured["ends"] = new Map();
  for (const link of inputs.links) {
    ends.set(link.id, {
      left: place(inputs.ranges.left.get(link.leftId), origin.left, "left", near.left),
      right: place(inputs.ranges.right.get(link.rightId), origin.right, "right", near.right),
    });
  }
  const bands: Measured["bands"] = [];
  inputs.shared.left.forEach((l, index) => {
    const r = inputs.shared.right[index];
    if (l !== null && r !== null && r !== undefined) bands.push({ index, left: spanOf(l, origin.left), right: spanOf(r, origin.right) });
  });
  const paneTop = (el: HTMLElement) => el.getBoundingClientRect().top - box.top;
  return { width: box.width, height: box.height, gutterLeft: g.left - box.left, gutterRight: g.right - box.left, paneTop: { left: paneTop(left), right: paneTop(right) }, ends, bands };
}

/** The drawing at the panes' current scroll positions: arithmetic on the measured boxes only. */
function frameAt(m: Measured, scrollTop: Record<PaneSide, number>, inputs: GutterInputs): GutterFrame {
  const by = { left: m.paneTop.left - scrollTop.left, right: m.paneTop.right - scrollTop.right };
  const xs = new Map<string, { left: number; right: number }>();
  const ends: LinkEnds<LinkKind>[] = inputs.links.map((link) => {
    const e = m.ends.get(link.id);
    const left = e?.left == null ? null : shift(e.left.end, by.left);
    const right = e?.right == null ? null : shift(e.right.end, by.right);
    if (left !== null && right !== null) xs.set(link.id, { left: left.x, right: right.x });
    const selected = link.leftId === inputs.selected.left || link.rightId === inputs.selected.right;
    return { id: link.id, kind: link.kind, left, right, selected };
  });
  const inView = (x: EndBox) => x.bottom > 0 && x.top < m.height;
  const clip = (x: EndBox) => ({ top: Math.max(x.top, 0), bottom: Math.min(x.bottom, m.height) });
  const bands: Band[] = [];
  for (const b of m.bands) {
    const left = shift(b.left, by.left);
    const right = shift(b.right, by.right);
    if (inView(left) && inView(right)) bands.push({ index: b.index, left: clip(left), right: clip(right) });
  }
  return { width: m.width, height: m.height, gutterLeft: m.gutterLeft, gutterRight: m.gutterRight, layout: layoutConnectors(ends, m.height), xs, bands };
}

/**
 * The gutter's drawing, at most once per animation frame. `measure` (on every scroll)
 * reuses the measured boxes; `relayout` (inputs, resize, a pane's content changing
 * size, e.g. blocks laid out late by content-visibility) measures them again.
 */
export function useGutterFrame(overlay: RefObject<HTMLElement | null>, gutter: RefObject<HTMLElement | null>, scrollers: Scrollers, inputs: GutterInputs) {
  const latest = useRef(inputs);
  const measured = useRef<Measured | null>(null);
  const scheduled = useRef(0);
  const store = useMemo(() => {
    let frame: GutterFrame | null = null;
    const listeners = new Set<() => void>();
    return {
      get: () => frame,
      set: (next: GutterFrame) => ((frame = next), listeners.forEach((l) => l())),
      subscribe: (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener)),
    };
  }, []);
  const { left: leftRef, right: rightRef } = scrollers;
  useEffect(() => {
    latest.current = inputs;
  });
  const measure = useCallback(() => {
    if (scheduled.current !== 0) return;
    scheduled.current = window.requestAnimationFrame(() => {
      scheduled.current = 0;
      const [o, g, l, r] = [overlay.current, gutter.current, leftRef.current, rightRef.current];
      if (o === null || g === null || l === null || r === null) return;
      const t0 = performance.now();
      if (measured.current === null) measured.current = measureAll(o, g, l, r, latest.current);
      else refine(measured.current, { left: l, right: r }, o);
      store.set(frameAt(measured.current, { left: l.scrollTop, right: r.scrollTop }, latest.current));
      performance.measure(GUTTER_MEASURE, { start: t0, end: performance.now() });
    });
  }, [overlay, gutter, leftRef, rightRef, store]);
  const relayout = useCallback(() => {
    measured.current = null;
    measure();
  }, [measure]);
  const { links, ranges, shared, selected } = inputs;
  useEffect(relayout, [relayout, links, ranges, shared]);
  useEffect(measure, [measure, selected]);
  useEffect(() => {
    window.addEventListener("resize", relayout);
    const observer = new ResizeObserver(relayout);
    // The panes' boxes, and their content (late-laid-out blocks change its height).
    for (const el of [overlay.current, leftRef.current, rightRef.current, leftRef.current?.firstElementChild, rightRef.current?.firstElementChild]) {
      if (el != null) observer.observe(el);
    }
    return () => {
      window.removeEventListener("resize", relayout);
      observer.disconnect();
      if (scheduled.current !== 0) window.cancelAnimationFrame(scheduled.current);
    };
  }, [relayout, overlay, leftRef, rightRef]);
  return { store: store as FrameStore, measure };
}
