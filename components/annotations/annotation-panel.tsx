"use client";

import { useCallback, useRef, useState, type ReactNode } from "react";
import { ReaderExport } from "@/components/export/reader-export";
import { usePicked } from "@/components/export/use-picked";
import type { AnnotationSummaryDto } from "@/lib/annotations/dto";
import type { AnnotationFilters } from "@/lib/reader/annotation-view";
import type { OffsetRange } from "@/lib/reader/selection-offsets";
import { AnnotationFiltersBar } from "./annotation-filters";
import { AnnotationList } from "./annotation-list";
import { FindPassage } from "./find-passage";
import type { Layer } from "./layers";
import { OrphansNotice } from "./orphans-notice";
import { UI_ATTR } from "./use-text-selection";
import { useTextScope } from "./text-scope";

interface Props {
  sourceId: string;
  open: boolean;
  onToggle: () => void;
  status: "loading" | "ready" | "error";
  error: string | null;
  total: number;
  items: AnnotationSummaryDto[];
  orphans: AnnotationSummaryDto[];
  facets: { authors: { id: string; name: string }[]; tags: string[] };
  filters: AnnotationFilters;
  onFilters: (f: AnnotationFilters) => void;
  onClearFilters: () => void;
  onPlace?: (a: AnnotationSummaryDto) => void;
  placingId: string | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  detail: (a: AnnotationSummaryDto) => ReactNode;
  signInHref: string | null;
  onFound: (match: OffsetRange) => boolean;
  onChoose?: (layer: Layer) => void;
  chosen: boolean;
  composer: ReactNode;
  /** Further tools under the list's controls (the import). */
  tools?: ReactNode;
}

/** Beside the text on a wide screen, a bottom sheet on a phone (annotations.css). */
export function AnnotationPanel(p: Props) {
  // Two panels on the compare page: their ids carry the pane's prefix.
  const { prefix } = useTextScope();
  const body = useRef<HTMLDivElement>(null);
  const scroller = useCallback(() => body.current, []);
  const props = { [UI_ATTR]: "" };
  const filtered = p.items.length !== p.total;
  const { picked, pick } = usePicked();
  const [exporting, setExporting] = useState(false);
  return (
    <aside {...props} className="an-panel" data-open={p.open} data-source-id={p.sourceId} aria-labelledby={`${prefix}an-heading`}>
      <div className="an-head">
        <h2 id={`${prefix}an-heading`} tabIndex={-1}>
          Annotations{" "}
          <span className="an-count" aria-label={filtered ? `${p.items.length} of ${p.total} shown` : undefined}>
            {p.status !== "ready" ? "…" : filtered ? `${p.items.length} of ${p.total}` : p.total}
          </span>
        </h2>
        {p.status === "ready" && p.total > 0 ? (
          <button type="button" className="ex-open" onClick={() => setExporting(true)}>
            Export{picked.size > 0 ? ` ${picked.size} picked` : ""}…
          </button>
        ) : null}
        <button type="button" className="an-sheet-toggle" aria-expanded={p.open} aria-controls={`${prefix}an-body`} onClick={p.onToggle}>
          {p.open ? "Hide" : "Show"}
        </button>
      </div>
      <div id={`${prefix}an-body`} ref={body} className="an-body">
        {p.signInHref === null ? null : (
          <p className="an-signin">
            <a href={p.signInHref}>Sign in to annotate</a>. Public annotations are listed below.
          </p>
        )}
        {p.composer}
        <FindPassage onFound={p.onFound} onChoose={p.onChoose} chosen={p.chosen} />
        <AnnotationFiltersBar filters={p.filters} authors={p.facets.authors} tags={p.facets.tags} onChange={p.onFilters} />
        {p.error === null ? null : (
          <p role="alert" className="an-error">
            {p.error}
          </p>
        )}
        {p.tools}
        <OrphansNotice orphans={p.orphans} onSelect={p.onSelect} onPlace={p.onPlace} placingId={p.placingId} />
        {p.status === "loading" ? <p className="an-muted">Loading annotations…</p> : null}
        {p.status === "ready" && p.total === 0 ? (
          <p className="an-empty">No annotations yet.{p.onChoose === undefined ? "" : " Select a passage to add one."}</p>
        ) : null}
        {p.status === "ready" && filtered ? (
          <p className="an-muted an-filtered">
            {p.items.length === 0 ? "No annotation matches these filters." : `${p.items.length} of ${p.total} match the filters.`}{" "}
            <button type="button" className="an-linkish" onClick={p.onClearFilters}>
              Clear filters
            </button>
          </p>
        ) : null}
        <AnnotationList items={p.items} selectedId={p.selectedId} onSelect={p.onSelect} detail={p.detail} scroller={scroller} picked={picked} onPick={pick} />
      </div>
      <ReaderExport open={exporting} onClose={() => setExporting(false)} sourceId={p.sourceId} picked={picked} filters={p.filters} filtered={filtered} />
    </aside>
  );
}
