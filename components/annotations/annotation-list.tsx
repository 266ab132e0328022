"use client";

import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import type { AnnotationSummaryDto } from "@/lib/annotations/dto";
import { AnnotationItem } from "./annotation-item";

// Renders the first page of entries and grows by a page on request, so a source
// with 2,000 annotations mounts ~100 list items, not 2,000 (measured under
// "palimpsest:panel-render"). A selection further down extends the page to reach it.

const PAGE = 100;
export const PANEL_MEASURE = "palimpsest:panel-render";

interface Props {
  items: AnnotationSummaryDto[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  detail: (a: AnnotationSummaryDto) => ReactNode;
  scroller: () => HTMLElement | null;
  /** Annotations picked for export, and how to pick one (components/export). */
  picked?: ReadonlySet<string>;
  onPick?: (id: string, picked: boolean) => void;
}

export function AnnotationList({ items, selectedId, onSelect, detail, scroller, picked, onPick }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const selectedIndex = selectedId === null ? -1 : items.findIndex((a) => a.id === selectedId);
  const shown = Math.min(items.length, Math.max(limit, selectedIndex + 1 + PAGE / 4));
  const t0 = useRef(0);
  t0.current = performance.now();

  useLayoutEffect(() => {
    performance.measure(PANEL_MEASURE, { start: t0.current, end: performance.now(), detail: { items: items.length, shown } });
  }, [items, shown]);

  // The panel follows the text: bring the selected entry into the panel's view (not the window's).
  useEffect(() => {
    if (selectedId === null) return;
    const box = scroller();
    const el = document.getElementById(`an-${selectedId}`);
    if (box === null || el === null) return;
    const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop || top + 80 > box.scrollTop + box.clientHeight) box.scrollTo({ top: Math.max(0, top - 16) });
  }, [selectedId, scroller]);

  return (
    <>
      <ol className="an-list" aria-label="Annotations in document order">
        {items.slice(0, shown).map((a) => (
          <AnnotationItem
            key={a.id}
            a={a}
            selected={a.id === selectedId}
            onSelect={onSelect}
            detail={a.id === selectedId ? detail(a) : null}
            picked={picked?.has(a.id) ?? false}
            {...(onPick === undefined ? {} : { onPick })}
          />
        ))}
      </ol>
      {shown < items.length ? (
        <button type="button" className="an-more" onClick={() => setLimit(shown + PAGE)}>
          Show {Math.min(PAGE, items.length - shown)} more ({items.length - shown} not shown)
        </button>
      ) : null}
    </>
  );
}
