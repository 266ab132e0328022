"use client";

import type { AnnotationFilters } from "@/lib/reader/annotation-view";
import { filtersScope } from "@/lib/export/export-url";
import { ExportDialog, type ExportScopeOption } from "./export-dialog";

interface Props {
  open: boolean;
  onClose: () => void;
  sourceId: string;
  picked: ReadonlySet<string>;
  filters: AnnotationFilters;
  /** Whether the filters narrow the list at all. */
  filtered: boolean;
}

/** The reader panel's export: this source, the picked annotations, or what the filters show. */
export function ReaderExport({ open, onClose, sourceId, picked, filters, filtered }: Props) {
  const n = picked.size;
  const scopes: ExportScopeOption[] = [
    { id: "picked", label: `The ${n === 1 ? "annotation" : `${n} annotations`} picked`, query: { source: sourceId, ids: [...picked].join(",") }, ...(n === 0 ? { disabled: "tick annotations in the list to pick them" } : {}) },
    { id: "filtered", label: "The annotations the filters show", query: { source: sourceId, ...filtersScope(filters) }, ...(filtered ? {} : { disabled: "no filter is set" }) },
    { id: "source", label: "Every annotation on this source", query: { source: sourceId } },
  ];
  return <ExportDialog open={open} onClose={onClose} scopes={scopes} initialScope={n > 0 ? "picked" : filtered ? "filtered" : "source"} />;
}
