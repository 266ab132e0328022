"use client";

import { memo, type ReactNode } from "react";
import type { AnnotationSummaryDto } from "@/lib/annotations/dto";
import { LAYER_LABELS } from "./layers";

interface Props {
  a: AnnotationSummaryDto;
  selected: boolean;
  onSelect: (id: string) => void;
  /** The detail, rendered only for the selected entry. */
  detail: ReactNode;
  /** Picked for export (components/export); leave out onPick for no checkbox. */
  picked?: boolean;
  onPick?: (id: string, picked: boolean) => void;
}

/** One entry of the panel: layer, quote, author and a line of the note (cut by the server); the selected one opens in place. */
export const AnnotationItem = memo(function AnnotationItem({ a, selected, onSelect, detail, picked = false, onPick }: Props) {
  return (
    <li id={`an-${a.id}`} className={`an-item l-${a.layer}`} data-selected={selected || undefined} data-pickable={onPick === undefined ? undefined : true}>
      {onPick === undefined ? null : (
        <input type="checkbox" className="ex-pick" checked={picked} onChange={(e) => onPick(a.id, e.target.checked)} aria-label={`Pick for export: ${a.exact.slice(0, 60)}`} />
      )}
      {/* Named as the highlight it stands for: "Apologist claim by Ada · 1 reply: “the passage” note". */}
      <button type="button" className="an-item-head" aria-expanded={selected} onClick={() => onSelect(a.id)}>
        <span className="an-item-top">
          <span className={`an-swatch l-${a.layer}`} aria-hidden="true" />
          <span className="an-layer-name">{LAYER_LABELS[a.layer]}</span>
          <span className="visually-hidden"> by </span>
          <span className="an-muted">
            {a.author.name}
            {a.visibility === "private" ? " · private" : ""}
            {a.anchorStatus === "orphaned" ? " · not placed" : ""}
            {a.replyCount > 0 ? ` · ${a.replyCount} ${a.replyCount === 1 ? "reply" : "replies"}` : ""}
            <span className="visually-hidden">:</span>
          </span>
        </span>
        <q className="an-item-quote">{a.exact}</q>
        {selected || a.note === "" ? null : <span className="an-item-note">{a.note}</span>}
      </button>
      {selected ? detail : null}
    </li>
  );
});
