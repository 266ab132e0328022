"use client";

import { useState } from "react";
import { LINK_KINDS, type LinkKind } from "@/lib/annotations/dto";
import { LINK_KIND_WORDS } from "@/lib/reader/annotation-link";
import { snippet } from "@/lib/reader/annotation-view";
import { LAYER_LABELS, LAYERS, type Layer } from "@/components/annotations/layers";

/** One end of a link being made: an annotation selected in a pane, or a passage selected there. */
export type LinkEndChoice = { kind: "annotation"; id: string; quote: string } | { kind: "passage"; start: number; end: number; quote: string };

interface Props {
  left: LinkEndChoice | null;
  right: LinkEndChoice | null;
  canLink: boolean;
  busy: boolean;
  onLink: (choice: { kind: LinkKind; layer: Layer; leftToRight: boolean }) => void;
  onClear: (side: "left" | "right") => void;
}

function End({ label, end, onClear }: { label: string; end: LinkEndChoice | null; onClear: () => void }) {
  if (end === null) return <span className="cmp-end empty">{label}: select a passage or a highlight</span>;
  return (
    <span className="cmp-end" data-end={label.toLowerCase()}>
      {label}: {end.kind === "passage" ? "new passage" : "note on"} “{snippet(end.quote, 60)}”
      <button type="button" className="cmp-clear" onClick={onClear} aria-label={`Clear the ${label.toLowerCase()} end`}>
        ×
      </button>
    </span>
  );
}

/** Link in place: the two ends, the kind and its direction, and the layer new passages get. */
export function LinkBar({ left, right, canLink, busy, onLink, onClear }: Props) {
  const [kind, setKind] = useState<LinkKind>("rebuts");
  const [layer, setLayer] = useState<Layer>("primary_document");
  const [leftToRight, setLeftToRight] = useState(false);
  const ready = left !== null && right !== null && canLink && !busy;
  const needsLayer = left?.kind === "passage" || right?.kind === "passage";
  return (
    <form
      className="cmp-linkbar"
      aria-label="Link in place"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onLink({ kind, layer, leftToRight });
      }}
    >
      <End label="Left" end={left} onClear={() => onClear("left")} />
      <label>
        <select value={leftToRight ? "lr" : "rl"} onChange={(e) => setLeftToRight(e.target.value === "lr")} aria-label="Direction">
          <option value="rl">right</option>
          <option value="lr">left</option>
        </select>{" "}
        <select value={kind} onChange={(e) => setKind(e.target.value as LinkKind)} aria-label="Link kind">
          {LINK_KINDS.map((k) => (
            <option key={k} value={k}>
              {LINK_KIND_WORDS[k]}
            </option>
          ))}
        </select>{" "}
        {leftToRight ? "right" : "left"}
      </label>
      <End label="Right" end={right} onClear={() => onClear("right")} />
      {needsLayer ? (
        <label>
          New passages as{" "}
          <select value={layer} onChange={(e) => setLayer(e.target.value as Layer)}>
            {LAYERS.map((l) => (
              <option key={l} value={l}>
                {LAYER_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" disabled={!ready}>
        {busy ? "Linking…" : "Link"}
      </button>
      {canLink ? null : <span className="cmp-muted">Sign in (and annotate in both sources) to link.</span>}
    </form>
  );
}
