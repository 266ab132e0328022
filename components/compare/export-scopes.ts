import type { ExportScopeOption } from "@/components/export/export-dialog";

interface Named {
  id: string;
  title: string;
}

/** What the compare bar's Export… offers: the two texts shown (first, so chosen), or either alone. */
export function compareExportScopes(left: Named, right: Named): ExportScopeOption[] {
  return [
    { id: "both", label: `Annotations on both texts: “${left.title}” and “${right.title}”`, query: { sources: `${left.id},${right.id}` } },
    { id: "left", label: `Annotations on the left text only: “${left.title}”`, query: { source: left.id } },
    { id: "right", label: `Annotations on the right text only: “${right.title}”`, query: { source: right.id } },
  ];
}
