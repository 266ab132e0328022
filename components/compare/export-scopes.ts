import type { ExportScopeOption } from "@/components/export/export-dialog";
import { filtersScope } from "@/lib/export/export-url";
import type { AnnotationFilters } from "@/lib/reader/annotation-view";

interface Named {
  id: string;
  title: string;
}

/**
 * What the compare bar's Export… offers: the two texts shown (first, so chosen), what
 * the filters (shared by both panes) show on them, or either text alone.
 */
export function compareExportScopes(left: Named, right: Named, filters: AnnotationFilters): ExportScopeOption[] {
  const sources = `${left.id},${right.id}`;
  const narrowed = filtersScope(filters);
  return [
    { id: "both", label: `Annotations on both texts: “${left.title}” and “${right.title}”`, query: { sources } },
    { id: "filtered", label: "What the filters show on both texts", query: { sources, ...narrowed }, ...(Object.keys(narrowed).length === 0 ? { disabled: "no filter is set" } : {}) },
    { id: "left", label: `Annotations on the left text only: “${left.title}”`, query: { source: left.id } },
    { id: "right", label: `Annotations on the right text only: “${right.title}”`, query: { source: right.id } },
  ];
}
