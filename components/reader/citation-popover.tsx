"use client";

import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { indexKeyOf } from "@/lib/archives/index-tree";
import type { ReaderCitation } from "@/lib/sources/types";

// The parsed fields of a citation the reader underlines (text-elements.tsx renders each
// as a focusable span.ci): opened by a click that selects nothing, or by Enter or Space
// on the focused citation; Escape, Close or a click elsewhere closes it, and focus goes
// back to the citation.

const KIND_LABELS: Record<ReaderCitation["kind"], string> = {
  archival: "Archival reference",
  case: "Case file",
  published: "Published work",
};

function fieldsOf(c: ReaderCitation): Array<[string, string]> {
  const rows: Array<[string, string | null]> =
    c.kind === "published"
      ? [["Title", c.title], ["Volume", c.volume], ["Year", c.year], ["Pages", c.pages]]
      : [["Archive", c.archive], ["Fond", c.fond], ["Opis", c.opis], [c.kind === "case" ? "Case no." : "Delo", c.delo], ["Volume", c.volume], [c.kind === "case" ? "Page" : "List", c.list]];
  return rows.filter((row): row is [string, string] => row[1] !== null);
}

interface Open {
  index: number;
  top: number;
  left: number;
  anchor: HTMLElement;
}

export function CitationPopover({ citations }: { citations: readonly ReaderCitation[] }) {
  const [open, setOpen] = useState<Open | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = document.getElementById("tx");
    if (root === null) return;
    const citationOf = (e: Event) => (e.target instanceof Element ? e.target.closest<HTMLElement>(".ci") : null);
    const show = (anchor: HTMLElement) => {
      const rect = anchor.getBoundingClientRect();
      const width = Math.min(352, window.innerWidth - 16);
      const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8)) + window.scrollX;
      setOpen({ index: Number(anchor.dataset.ci), top: rect.bottom + window.scrollY + 6, left, anchor });
    };
    const onClick = (e: MouseEvent) => {
      const anchor = citationOf(e);
      const selection = window.getSelection();
      if (anchor !== null && (selection === null || selection.isCollapsed)) show(anchor);
    };
    const onKey = (e: KeyboardEvent) => {
      const anchor = citationOf(e);
      if (anchor === null || (e.key !== "Enter" && e.key !== " ")) return;
      e.preventDefault();
      show(anchor);
    };
    root.addEventListener("click", onClick);
    root.addEventListener("keydown", onKey);
    return () => {
      root.removeEventListener("click", onClick);
      root.removeEventListener("keydown", onKey);
    };
  }, []);

  useEffect(() => {
    if (open === null) return;
    box.current?.focus();
    const close = (refocus: boolean) => {
      setOpen(null);
      if (refocus && open.anchor.isConnected) open.anchor.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") close(true);
    };
    const onDown = (e: MouseEvent) => {
      if (e.target instanceof Node && !box.current?.contains(e.target) && !open.anchor.contains(e.target)) close(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onDown);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onDown);
    };
  }, [open]);

  const citation = open === null ? undefined : citations[open.index];
  if (open === null || citation === undefined) return null;
  return createPortal(
    <div ref={box} className="ci-pop" role="dialog" aria-label={KIND_LABELS[citation.kind]} tabIndex={-1} style={{ top: open.top, left: open.left }}>
      <p className="ci-kind">{KIND_LABELS[citation.kind]}</p>
      {citation.ibid ? <p className="ci-note">“Ibid.”: the citation before, carried over.</p> : null}
      <dl>
        {fieldsOf(citation).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="ci-raw">As written: {citation.raw}</p>
      <div className="ci-actions">
        <a href={`/archives#c-${indexKeyOf(citation)}`}>Every passage citing it</a>
        <button
          type="button"
          onClick={() => {
            setOpen(null);
            open.anchor.focus();
          }}
        >
          Close
        </button>
      </div>
    </div>,
    document.body,
  );
}
