"use client";

import { useEffect, useRef } from "react";
import type { AnnotationDto, AnnotationSummaryDto, LiveEventDto } from "@/lib/annotations/dto";
import type { AnnotationFilters } from "@/lib/reader/annotation-view";
import type { OffsetRange } from "@/lib/reader/selection-offsets";

/**
 * What a compare pane shares with the view around it: filters that apply to both
 * panes, the painted highlights (for the connectors), the selection and the passage
 * being chosen, and a way to select an annotation from outside (its partner).
 */
export interface PaneBridge {
  filters: AnnotationFilters;
  onFilters: (filters: AnnotationFilters) => void;
  onRanges: (byId: Map<string, Range>, shown: readonly AnnotationSummaryDto[]) => void;
  onSelected: (id: string | null) => void;
  onPending: (pending: OffsetRange | null) => void;
  /** Select this annotation and scroll to it whenever `seq` changes. */
  request: { id: string; seq: number } | null;
  /** Each annotation event the pane applies (another reader's, live, or this one's): links follow them. */
  onLive?: (event: LiveEventDto) => void;
  /** Annotations made elsewhere in the view (link in place), shown before live updates bring them. */
  arrivals: { annotations: AnnotationDto[]; seq: number } | null;
}

/** Tells the bridge about the pane's selection and passage, and follows its requests. */
export function usePaneBridge(
  pane: PaneBridge | undefined,
  state: { selectedId: string | null; pending: OffsetRange | null; ready: boolean },
  select: (id: string, scroll: boolean) => void,
  put: (annotation: AnnotationDto) => void,
) {
  const bridge = useRef(pane);
  useEffect(() => {
    bridge.current = pane;
  }, [pane]);
  const { selectedId, pending, ready } = state;
  useEffect(() => bridge.current?.onSelected(selectedId), [selectedId]);
  const start = pending?.start;
  const end = pending?.end;
  useEffect(() => bridge.current?.onPending(start === undefined || end === undefined ? null : { start, end }), [start, end]);
  const seq = pane?.request?.seq;
  const id = pane?.request?.id;
  useEffect(() => {
    if (id !== undefined && ready) select(id, true);
  }, [id, seq, ready, select]);
  const arrivals = pane?.arrivals;
  useEffect(() => arrivals?.annotations.forEach(put), [arrivals, put]);
}
